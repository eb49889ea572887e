import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

// A hero a longer title is named after, written once in the text as `the X`: the article is no
// part of the name, and the words around the lone mention tell whether it is someone.

const OPENING = 'I watched The Mighty Kestrel last night with my brother. The effects were decent and the music is loud.';
const ENDING = 'The ending works.';

const characterMentions = (text: string, name: string): string[] => {
  const c = analyzeReview(text).characters.find((e) => e.name === name);
  return c ? c.mentions.map((m) => text.slice(m.start, m.end)) : [];
};

describe('a lone `the X` that ends a title the text names', () => {
  it.each([
    ['a being\'s verb after it', 'In the third act the Kestrel kills the robot king.'],
    ['a family word after its possessive', "In the third act the Kestrel's sister shows up."],
    ['a person\'s pronoun later in its sentence', 'In the third act the Kestrel is at his best.'],
    ['a being\'s possession and `of` before it', 'In the third act the transformation of the Kestrel is shown.'],
    ['an appositive of a person', 'In the third act the Kestrel, a lonely old soldier, returns.'],
  ])('is a character with %s', (_, middle) => {
    const text = `${OPENING} ${middle} ${ENDING}`;
    expect(characterMentions(text, 'Kestrel')).toEqual(['Kestrel']);
  });

  it.each([
    ['nothing of someone around it', 'In the third act the Kestrel is a beautiful ship.'],
    ['a pronoun after another capitalised word', 'In the third act the Kestrel meets Dana and she laughs.'],
    ['a work\'s part and `of` before it', 'In the third act the soundtrack of the Kestrel is loud.'],
    ['no title that it ends', 'In the third act the Falcon kills the robot king.'],
  ])('is no name with %s', (_, middle) => {
    const text = `${OPENING} ${middle} ${ENDING}`;
    const a = analyzeReview(text);
    expect([...a.characters, ...a.people].map((e) => e.name)).not.toContain('Kestrel');
    expect([...a.characters, ...a.people].map((e) => e.name)).not.toContain('Falcon');
  });

  it('is no name when the title is only the article and the word', () => {
    const text = 'I watched The Kestrel last night with my brother. The effects were decent. In the third act the Kestrel kills the robot king. The ending works.';
    const names = [...analyzeReview(text).characters, ...analyzeReview(text).people].map((e) => e.name);
    expect(names).not.toContain('Kestrel');
  });
});

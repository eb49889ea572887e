// A surname that is also an English word ("Hunt", "Young", "Stone") is a form of the one full name
// it ends when the text writes it capitalised mid-sentence, and not where its place says it is a
// word of a title or a thing. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The forms of the entity whose name is `name`, sorted, or undefined. */
function formsOf(text: string, name: string): string[] | undefined {
  const a = analyzeReview(text);
  const e = [...a.characters, ...a.people].find((x) => x.name === name);
  return e ? [e.name, ...e.aliases].sort() : undefined;
}

/** Every entity that has `form` as its name or an alias. */
function holders(text: string, form: string): string[] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].filter((x) => x.name === form || x.aliases.includes(form)).map((x) => x.name);
}

describe('a surname that is also a word', () => {
  it.each([
    ['after a preposition', 'The film is by director Nora Stone. The stone steps of the court are cold, and the case weighs on Stone for years.', 'Nora Stone', 'Stone'],
    ['as an owner', 'We meet Dale Hunt early on. The hunt for the thief drags, but the ending of Hunt\'s story is worth it.', 'Dale Hunt', 'Hunt'],
    ['as a subject mid-sentence', 'Martha Young leads the cast. She looks young for the part, and when Young finally speaks the room goes quiet.', 'Martha Young', 'Young'],
    ['after a lower-case word that opens the sentence', 'Peter Glass scored the picture. The glass breaks in the end. But Glass wrote less music here, and it works.', 'Peter Glass', 'Glass'],
  ] as const)('%s', (_, text, full, lone) => {
    expect(formsOf(text, full)).toEqual([full, lone].sort());
    expect(holders(text, lone)).toEqual([full]);
  });

  it.each([
    ['opening a sentence', 'Martha Young leads the cast. She looks young for the part. Young viewers will love it.'],
    ['after a determiner', 'Dale Hunt is the hero. The hunt is long, and the Hunt at the end is a letdown.'],
    ['inside a run of capitalised words', 'Karl Black directs. It is a black comedy, much like Men in Black was years ago.'],
    ['before a noun it describes', 'Karl Black directs. It is a black comedy that feels like a cheap Black copy of the classics.'],
    ['after another capitalised word', 'Karl Black directs. It is a black comedy that plays like a Union Black rerun with more jokes.'],
    ['too short to tell from an abbreviation', 'Anna Ng wrote it. The ng sound is odd, and the Ng brand of humour is thin.'],
  ] as const)('not %s', (_, text) => {
    const a = analyzeReview(text);
    const all = [...a.characters, ...a.people].flatMap((x) => [x.name, ...x.aliases]);
    const lone = ['Young', 'Hunt', 'Black', 'Ng'].filter((w) => all.includes(w));
    expect(lone).toEqual([]);
  });

  it('a surname two full names end goes to the one named last before it', () => {
    const text = 'Nora Stone and her brother Sam Stone run the farm. The stone wall falls. Later Sam Stone leaves, and the loss breaks Stone completely.';
    expect(holders(text, 'Stone')).toEqual(['Sam Stone']);
  });
});

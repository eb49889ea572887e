import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const allNames = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].flatMap((e) => [e.name, ...(e.aliases ?? [])]);
};
/** Each character as its name followed by its aliases. */
const characterForms = (text: string): string[][] => analyzeReview(text).characters.map((c) => [c.name, ...(c.aliases ?? [])]);
const peopleNames = (text: string): string[] => analyzeReview(text).people.map((p) => p.name);

describe('a studio or a publisher named by one word is no one', () => {
  it.each([
    'Toho made the first monster films. Toho still owns the rights, and Toho will make more.',
    'Honestly the fights look cheap. Madhouse cut corners, and Madhouse knows it.',
    'The old Ghibli magic is here. I think Ghibli never made a film this quiet.',
    'Shueisha ran the manga for ten years before Shueisha ended it abruptly.',
  ])('%j has no names', (text) => {
    expect(allNames(text)).toEqual([]);
  });

  it('a film that bears a studio\'s name is still a work', () => {
    const a = analyzeReview('Last night I finally saw Madhouse (1981). Madhouse is a cheap slasher with a mean streak.');
    expect(a.works.map((w) => w.title)).toContain('Madhouse');
    expect([...a.characters, ...a.people]).toEqual([]);
  });
});

describe('"Al" is a given name', () => {
  it.each([
    ['Edward and Alphonse are brothers who lost everything. Alphonse lost his whole body that night. Al never complains, and Al keeps Edward sane.', 'Alphonse'],
    ['In the show, Alphonse is the gentle one. Al cooks for everyone, and Al forgives his brother.', 'Alphonse'],
  ])('%j: a lone "Al" is the same one as %s', (text, full) => {
    expect(characterForms(text)).toContainEqual([full, 'Al']);
  });

  it('a cast name led by "Al" stays a person', () => {
    expect(peopleNames('The film stars Al Pacino as a tired cop who cannot sleep.')).toEqual(['Al Pacino']);
  });
});

describe('"Al" or "El" before a word that is no given name starts no name at one mention', () => {
  it.each([
    'Al Arabiya reported the premiere on Friday, a week before the festival.',
    'The final was close: Al Hilal beat Al Ahly on penalties.',
    'Al Jazeera covered the premiere on Friday.',
    'Al Qaeda was blamed for the bombing in the film.',
    'The gang meets at El Rancho Grande, a bar on the border.',
    'Their first job goes wrong outside El Dorado Motors.',
  ])('%j has no names', (text) => {
    expect(allNames(text)).toEqual([]);
  });
});

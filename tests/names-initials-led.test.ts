// A person's name led by initials (`H.B. Warner`, `F. Murray Abraham`) is a name at one mention,
// and the actor of the casting phrase it opens; initials that abbreviate a place, a body or a
// phrase lead no name. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { sortedLinks as links } from './helpers/links';

const people = (text: string): string[] => analyzeReview(text).people.map((p) => p.name).sort();
const named = (text: string): string[] => {
  const out = analyzeReview(text);
  return [...out.people, ...out.characters].map((e) => e.name).sort();
};

describe('a name led by initials', () => {
  it.each([
    ['two initials and a surname', 'I liked the film, and K.T. Holloway is wonderful in it.', ['K.T. Holloway']],
    ['initials spaced', 'The book was written by P. J. Ormsby long before the film.', ['P. J. Ormsby']],
    ['three initials', 'Fans of A.R.D. Tollett will find the plot familiar.', ['A.R.D. Tollett']],
    ['one initial before a listed given name', 'The best turn comes from G. Simon Ashworth as the cook.', ['G. Simon Ashworth']],
    ['a surname that is also a studio', 'I liked the film, and R.T. Warner is wonderful in it.', ['R.T. Warner']],
    ['after a sentence run on without its space', 'It is a long film.J.D. Ormsby directed it with care.', ['J.D. Ormsby']],
  ] as const)('%s', (_, text, want) => {
    expect(people(text)).toEqual(want);
  });

  it('keeps its offsets', () => {
    const text = 'I liked the film, and K.T. Holloway is wonderful in it.';
    const p = analyzeReview(text).people[0];
    expect(p?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['K.T. Holloway']);
  });

  it('is the actor of the casting phrase it opens', () => {
    expect(links('Also in the cast are K.T. Holloway as Captain Rod Vessey and Dana Moss as Ruth.')).toEqual([
      ['Captain Rod Vessey', 'K.T. Holloway'],
      ['Ruth', 'Dana Moss'],
    ]);
  });

  it.each([
    ['a country', 'The U.S. Senate voted on the bill in the spring.', 'U.S. Senate'],
    ['a postscript', 'Great show. P.S. Thanks to my sister for the tip.', 'P.S. Thanks'],
    ['a medium', 'It was made for T.V. Viewers and it shows.', 'T.V. Viewers'],
    ['a word the text writes in lower case', 'Then the K.O. Blow lands and the blow ends it.', 'K.O. Blow'],
    ['one initial glued to a word', 'See you soon K.Jerome Dobbs said nothing.', 'K.Jerome Dobbs'],
    ['the last letter of an abbreviation', 'R.I.P. Carrie Dobbs, we miss you.', 'P. Carrie Dobbs'],
  ] as const)('not: %s', (_, text, notName) => {
    expect(named(text)).not.toContain(notName);
  });
});

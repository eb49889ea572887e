import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { worksTable as table } from './helpers/works-table';

// A title led by "The", or holding a word with one letter before its hyphen, has no personal
// name's shape: the hyphen of a romanised name ("Lee Jae-Gyu") does not stop it.
describe('"The" and a one-letter prefix lead no personal name', () => {
  table([
    { text: 'Other American shows which won praise were The X-Files, Lost Harbour and Green Pines.', found: ['The X-Files', 'Lost Harbour', 'Green Pines'] },
    { text: 'She joined talent show The X-Factor as a judge last spring.', found: ['The X-Factor'] },
    { text: 'The studio\'s next sequel is set after the original X-Men film.', found: ['X-Men'] },
    { text: 'Lee Jae-Gyu is a great film director.', found: [], none: ['Lee Jae-Gyu'] },
  ]);
});

// "revival" names what is revived by its "of", as "production" does: a work.
describe('the work after "a revival of"', () => {
  table([
    { text: 'Fans cheered the studio\'s revival of Copper Tide after ten years.', found: ['Copper Tide'] },
    { text: 'We saw a revival of Tom Reed\'s new play.', found: [], none: ['Tom Reed'] },
  ]);

  it('the revived title is a work with its offsets', () => {
    const text = 'Fans cheered the studio\'s revival of Copper Tide after ten years.';
    const out = analyzeReview(text);
    expect(out.works.map((w) => [w.title, w.mentions.map((m) => [m.start, m.end])])).toEqual([['Copper Tide', [[37, 48]]]]);
    expect(out.people).toEqual([]);
  });
});

// A subject with a person's shape that the sentence calls a work, a work noun heading the phrase
// after "is" / "was", is that work, as a lone given name already was; not a person the phrase
// places in a work.
describe('a subject with a person\'s shape that the sentence calls a work', () => {
  table([
    { text: 'Anne Marlow is a quiet little film about two sisters.', found: ['Anne Marlow'] },
    { text: 'Walter Brandt was the best film of the festival.', found: ['Walter Brandt'] },
    { text: 'Tom Reed is a film actor from Leeds.', found: [], none: ['Tom Reed'] },
    { text: 'Tom Reed is the heart of the film.', found: [], none: ['Tom Reed'] },
    { text: 'Tom Reed was the best thing in the movie.', found: [], none: ['Tom Reed'] },
  ]);

  // Where the text names the last word alone (the hero), the works stage leaves the name, and the
  // sentence calling it a film moves only that mention to the work after the names are tied: the
  // hero keeps the other.
  it('a hero named alone elsewhere keeps that mention; the called one is the work', () => {
    const out = analyzeReview('Anne Marlow is a quiet film. Marlow herself is lonely.');
    expect(out.works.map((w) => [w.title, w.mentions.map((m) => m.start)])).toEqual([['Anne Marlow', [0]]]);
    expect([...out.characters, ...out.people].map((e) => [e.name, e.mentions.map((m) => m.start)])).toEqual([['Marlow', [29]]]);
  });

  it('the person named in the same text stays a person', () => {
    const out = analyzeReview('Walter Brandt was the best film of the festival. Ruth Bell plays the baker.');
    expect(out.works.map((w) => w.title)).toEqual(['Walter Brandt']);
    expect(out.people.map((p) => p.name)).toEqual(['Ruth Bell']);
  });
});

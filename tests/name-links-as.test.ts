// `A … as C` read over whole entities, past what the names stage's bounded reading covers: a clause,
// an aside or a long description between the actor and `as`, or a pronoun for the actor. Sentences
// are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { links } from './helpers/links';

describe('A … as C, far apart in one sentence', () => {
  it.each([
    ['a second clause with a pronoun', 'Martin Greaves may look far too old for the part, but he is convincing as Baxter. Baxter runs the mill.', [['Baxter', 'Martin Greaves']]],
    ['a relative clause in brackets', 'Lena Ortiz (whom I first saw as Carla Reyes in an old soap) is back, and Ortiz is great.', [['Carla Reyes', 'Lena Ortiz']]],
    ['a long aside and a long predicate', 'Karl Lind, who I find wonderfully dry in this production, steals each scene with his slow grin as Henry Vogel.', [['Henry Vogel', 'Karl Lind']]],
    ['a rank and a title-case agency before the role', 'Karl Lind, in his fourth outing as FBI agent Henry Vogel, looks tired.', [['Henry Vogel', 'Karl Lind']]],
    ['another name\'s possessive opens the description, commas between its words', 'Nina Perl is cold and precise as Holt\'s weary, sharp-tongued deputy Ada Brand.', [['Ada Brand', 'Nina Perl']]],
    ['a full name\'s possessive, a comma before the part', 'Nina Perl is superb as Tom Holt\'s boss, Ada Brand.', [['Ada Brand', 'Nina Perl']]],
    ['an earlier casting "as" in the sentence', 'Karl Lind gives a fine performance as the coach, and he is even better as Henry Vogel in the sequel.', [['Henry Vogel', 'Karl Lind']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
    const a = analyzeReview(text);
    const actor = a.people.find((p) => p.name === want[0][1]);
    expect(actor?.roles).toContain('actor');
    expect(actor?.plays).toEqual([a.characters.find((c) => c.name === want[0][0])?.id]);
  });
});

describe('no link where "as" compares, names or describes', () => {
  it.each([
    ['"the same … as"', 'Karl Lind recites the same tired lines as Henry Vogel did years ago.'],
    ['"as tall as"', 'Karl Lind is as tall as Henry Vogel.'],
    ['a name that describes the noun after it', 'Karl Lind was in it, and the film was sold as a Henry Vogel picture.'],
    ['the next item of a list after "and"', 'Karl Lind is great as the butler and Henry Vogel overacts.'],
    ['a pronoun when the sentence before names two people', 'The cast is led by Karl Lind and Mia Hart. He is superb as Henry Vogel, the banker.'],
    ['a list of pairs, each "as" with its own actor', 'Karl Lind as the nephew’s lazy father, Henry Vogel as a tired sheriff.'],
    ['a possessive description after a verb, no "as"', 'Nina Perl argues with Holt\'s boss Ada Brand.'],
    ['a possessive description whose name casts its own part', 'Nina Perl as Holt\'s lazy father, Ada Brand as a tired sheriff.'],
    ['a verb of naming with an adverb between', 'The book follows Karl Lind, known simply as Henry Vogel to his neighbours.'],
    ['a verb of naming with its particle between', 'In the story Karl Lind is referred to as Henry Vogel by the crew.'],
    ['a verb of naming with an adverb in -ly', 'The story follows Karl Lind, a drifter known locally as Henry Vogel.'],
  ])('%s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});

describe('a part the casting words name, found by no other reading, becomes a character', () => {
  it.each([
    ['"as" after a second clause', 'If you liked Karl Lind in the old gangster comedy, he returns to the screen as Don Ruggiero in this one.', 'Don Ruggiero', 'Karl Lind'],
    ['"portrayed" with initials in the part', 'Karl Lind is back. As for Lind, it is odd that a year earlier he portrayed J.E.B. Fowler in another film.', 'J.E.B. Fowler', 'Karl Lind'],
    ['"portrayed" before a name led by initials, named only there', 'Karl Lind is back. As for Lind, it is odd that a year earlier he portrayed H.R. Pike in another film.', 'H.R. Pike', 'Karl Lind'],
    ['"role of" after a possessive', 'Karl Lind’s role of Mordant is the best thing here, and Mordant gets the last word.', 'Mordant', 'Karl Lind'],
  ])('%s', (_, text, part, actor) => {
    expect(links(text)).toContainEqual([part, actor]);
    const a = analyzeReview(text);
    const c = a.characters.find((x) => x.name === part);
    // Every capitalised mention of the part's words is a mention of it.
    const times = text.split(part).length - 1;
    expect(c?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(Array<string>(times).fill(part));
  });

  it.each([
    ['a clause with its own subject before "as"', 'Karl Lind stars, and the studio sold it as Velvet Nights on the posters.'],
    ['a name that describes a noun', 'Karl Lind is fine as the Zorvian agent.'],
    ['a comparison', 'Karl Lind is as tall as Henry Vogel.'],
    ['an acronym after "the" names a post', 'The gala was broadcast live, with Karl Lind as the MC.'],
    ['an acronym after "the" names a post, a list going on', 'It is a loud party film, with Karl Lind as the DJ and Henry Vogel as the barman.'],
  ])('no part: %s', (_, text) => {
    expect(links(text)).toEqual([]);
    expect(analyzeReview(text).characters).toEqual([]);
  });
});

// The creator cue past auxiliaries (`A should have ended the series`, `A has drawn the panels`) and
// in a clause a noun of the work heads (`every chapter A draws`, `the story that A set up`): the name
// is the work's maker, a real person with the role `author`. A character's deeds told in the same
// words keep it a part: no noun of the work as the object, or an object of its own after the verb
// (`In the last arc A makes new friends`). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

describe('a maker past an auxiliary or heading clause', () => {
  it.each([
    ['a modal before ending the series', 'Honestly Belgrave should have ended the series after the war arc.', 'Belgrave'],
    ['a perfect tense before drawing the panels', 'By now Belgrave has drawn the panels with far more care.', 'Belgrave'],
    ['a contracted modal before planning the arc', 'Clearly Belgrave didn\'t plan the final arc very well.', 'Belgrave'],
    ['a modal and an adverb before the verb', 'Sadly Orrin Vasst could never write the ending he promised.', 'Orrin Vasst'],
    ['a chapter heading the clause', 'Every chapter Belgrave draws is packed with tiny jokes.', 'Belgrave'],
    ['a story heading a clause with that', 'The story that Belgrave has set up falls apart in the end.', 'Belgrave'],
    ['characters heading the clause', 'I adore the characters Orrin Vasst created for the second volume.', 'Orrin Vasst'],
  ] as const)('is a person who made the work: %s', (_, text, name) => {
    const a = analyzeReview(text);
    const start = text.indexOf(name);
    const person = a.people.find((p) => p.name === name);
    expect(person?.roles).toContain('author');
    expect(person?.mentions.map((m) => [m.start, m.end])).toEqual([[start, start + name.length]]);
    expect(a.characters.map((c) => c.name)).not.toContain(name);
  });

  it.each([
    ['a modal before a deed of the story', 'In the finale Tamsin could have ended the duel with one blow.', 'Tamsin'],
    ['a phrase of time before the deed', 'In the last arc Tamsin makes new friends on the island.', 'Tamsin'],
    ['a chapter before a deed with an object', 'In that chapter Tamsin draws a map of the island.', 'Tamsin'],
    ['an arc before a verb that is no making', 'The arc Tamsin fights in is the best one.', 'Tamsin'],
    ['a character met in the story', 'The characters Tamsin meets on the road are all strange.', 'Tamsin'],
  ] as const)('gets no maker role: %s', (_, text, name) => {
    const a = analyzeReview(text);
    expect(a.people.find((e) => e.name === name)?.roles ?? []).not.toContain('author');
  });
});

// A lone name's possessive before a genre of a whole work (`X's new comedy`, `X's tragic opera`,
// `X's road-trip comedy`) names who made or led that work: a real person. A hyphenated compound
// describes the work as an adjective does. Not `drama`, which is someone's own trouble as often,
// nor `album`, which a band owns as often as a singer. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

describe("a lone name's possessive before a genre of a work", () => {
  it.each([
    ['a comedy', "Last week's top film, Dravicko's new comedy Sunday Best, slipped to third place.", 'Dravicko'],
    ['a hyphenated describing word', "Marvelli's road-trip comedy drew a smaller crowd than expected this weekend.", 'Marvelli'],
    ['an opera', "A film version of Tessaro's tragic opera was shot in a small port town.", 'Tessaro'],
    ['a documentary', "Brannock's documentary has little style, but the archive footage is strong.", 'Brannock'],
    ['a two-word name', "Then came Lio Varga's low-budget thriller, which nobody expected to make money.", 'Lio Varga'],
  ])('%s: a real person', (_, text, name) => {
    const a = analyzeReview(text);
    const person = a.people.find((p) => p.name === name);
    expect(person).toBeDefined();
    const at = text.indexOf(name);
    expect(person?.mentions).toContainEqual({ start: at, end: at + name.length });
    expect(a.characters.map((c) => c.name)).not.toContain(name);
  });
});

describe('a possessive before words that name no maker', () => {
  it.each([
    ["someone's drama", "Then Quorra's drama with her sister takes over the second half of the story.", 'Quorra'],
    ["a band's album", "Velmont's album was played on the radio all week.", 'Velmont'],
  ])('%s: not a real person by this cue', (_, text, name) => {
    const a = analyzeReview(text);
    expect(a.people.map((p) => p.name)).not.toContain(name);
  });
});

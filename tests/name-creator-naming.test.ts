// In a text about animation, a name called by a noun of a story's maker right after it (`A, the
// mangaka,`, `A (the creator of the series)`, `A is an amazing storyteller`) or owning a maker's
// craft (`A B's writing`, `Miyazaki's art style`: a full name or a known maker's surname) is the work's maker: a real person with the role `author`.
// A creator of something inside the story (`the creator of the cursed sword`) and a film's
// character named by its trade keep their story reading. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const ANIME = 'The anime is long and the manga is longer. ';

describe('a maker named by a noun of making in a text about animation', () => {
  it.each([
    ['an appositive mangaka', `${ANIME}It will take years for Hosaka, the mangaka, to finish.`, 'Hosaka'],
    ['a bracketed creator of the series', `${ANIME}I liked how Hosaka (The creator of the series) kept the crew close.`, 'Hosaka'],
    ['a storyteller as what the name is', `${ANIME}Hosaka is an amazing storyteller.`, 'Hosaka'],
    ['a full name as a writer', `${ANIME}Reiko Hosaka was a truly gifted writer back then.`, 'Reiko Hosaka'],
    ['a full name owning the writing', `${ANIME}Sadly Reiko Hosaka's writing gets weaker every volume.`, 'Reiko Hosaka'],
    ['a known maker owning the art style', `${ANIME}I still love Miyazaki's clean art style.`, 'Miyazaki'],
  ] as const)('is a person who made the work: %s', (_, text, name) => {
    const a = analyzeReview(text);
    const start = text.indexOf(name);
    const person = a.people.find((p) => p.name === name);
    expect(person?.roles).toContain('author');
    expect(person?.mentions[0]?.start).toBe(start);
    expect(person?.mentions[0]?.end).toBe(start + name.length);
    expect(a.characters.map((c) => c.name)).not.toContain(name);
  });

  it.each([
    ['a creator of a thing in the story', `${ANIME}Later Dravic, the creator of the cursed sword, dies in battle.`, 'Dravic'],
    ['a writer in a film review', 'The film is tense. Dravic, the writer, is held captive by a fan.', 'Dravic'],
    ['a one-word work owning its art style', `${ANIME}The art looks plain, like Driftmoon's art style.`, 'Driftmoon'],
    ['a craft owned in a film review', 'The film is tense, and Dravic\'s writing of letters to the fan drives it.', 'Dravic'],
  ] as const)('gets no maker role: %s', (_, text, name) => {
    const a = analyzeReview(text);
    expect(a.people.find((e) => e.name === name)?.roles ?? []).not.toContain('author');
  });
});

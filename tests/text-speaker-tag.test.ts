import { describe, expect, it } from 'vitest';
import { tagEndsAt } from '../src/text/speaker-tag';

const STOPS: ReadonlySet<string> = new Set(['.', ',', ';', '!', '?']);

describe('tagEndsAt: where a speaker tag after a cited line ends', () => {
  it.each([
    // [text, where the tag's name ends, the tag ends there]
    ['– Marta', 7, true],
    ['– Marta\nNext line', 7, true],
    ['– Marta. It was great', 7, true],
    ['– Marta , and then', 7, true],
    ['– Marta This film is great', 7, true],
    ['– Marta  Overall a joy', 7, true],
    ['– Marta after she loses the race', 7, true],
    ['– Marta when the ship sinks', 7, true],
    // A longer tag or the writer's own words go on after the name.
    ['– Marta Kovacs', 7, false],
    ['– Marta is my favourite', 7, false],
    ['– Marta (the captain)', 7, false],
    ['– MartaThis', 7, false],
    ['– Marta/Jonas', 7, false],
    ['– Marta Afterwardsthesecond', 7, false],
  ])('%j ends at %i: %s', (text, end, want) => {
    expect(tagEndsAt(text, end, STOPS)).toBe(want);
  });

  it('takes its stop marks from the caller', () => {
    expect(tagEndsAt('– Marta/Jonas', 7, new Set([...STOPS, '/']))).toBe(true);
  });
});

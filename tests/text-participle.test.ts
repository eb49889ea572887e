// A participle's ending, by form: the present "-ing", the past "-ed", the strong past "-en". The
// ending alone is tested here; callers also read the word's tag.
import { describe, expect, it } from 'vitest';
import type { ParticipleForm } from '../src/data/participle-endings';
import { hasParticipleEnding } from '../src/text/participle';

describe('hasParticipleEnding', () => {
  it.each([
    ['featuring', undefined, true],
    ['produced', undefined, true],
    ['forgotten', undefined, true],
    ['sings', undefined, false],
    ['forgotten', ['present', 'past'], false],
    ['produced', ['present', 'past'], true],
    ['featuring', ['past'], false],
    ['produced', ['past'], true],
    ['featuring', ['present'], true],
    ['forgotten', ['strongPast'], true],
    ['', undefined, false],
  ] as const)('%j with %j → %s', (word, forms, expected) => {
    expect(hasParticipleEnding(word, forms as readonly ParticipleForm[] | undefined)).toBe(expected);
  });
});

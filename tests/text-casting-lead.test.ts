import { describe, expect, it } from 'vitest';
import { castingLeadAt } from '../src/text/casting-lead';

describe('castingLeadAt: the casting lead that opens a bracket', () => {
  it.each([
    ['the cook (voiced by a newcomer)', 9, 'voiced by '.length],
    ['the ghost (played by someone)', 10, 'played by '.length],
    ['the king (voice of an old star)', 9, 'voice of '.length],
    ['the spy (portrayed by a veteran)', 8, 'portrayed by '.length],
    ['the dog (voice: a comic)', 8, 'voice: '.length],
    // No bracket at the given place, or a bracket that says something else.
    ['the cook (voiced by a newcomer)', 8, 0],
    ['the cook (seen in part two)', 9, 0],
    ['the cook (played at home)', 9, 0],
    ['the cook (', 9, 0],
    ['', 0, 0],
  ])('%j at %i reads a lead of %i characters', (lower, open, want) => {
    expect(castingLeadAt(lower, open)).toBe(want);
  });

  it('leaves the case to the caller: it reads the lower-cased text', () => {
    expect(castingLeadAt('x (Voiced by Y)', 2)).toBe(0);
    expect(castingLeadAt('x (Voiced by Y)'.toLowerCase(), 2)).toBe('voiced by '.length);
  });
});

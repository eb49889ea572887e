// The filters put before the first-name tables for speed must never change an answer: every
// marked name of the lists keeps its sex, and words of no list get none.
import { describe, expect, it } from 'vitest';
import { FIRST_NAME_LIST, RARE_FIRST_NAME_LIST, WORD_FIRST_NAME_LIST } from '../src/data/first-names';
import { firstNameSex } from '../src/text/first-names';

describe('firstNameSex behind its filter', () => {
  it('gives every marked name of the three lists the sex its last mark says', () => {
    const expected = new Map<string, 'm' | 'f'>();
    for (const entry of `${FIRST_NAME_LIST} ${WORD_FIRST_NAME_LIST} ${RARE_FIRST_NAME_LIST}`.split(/\s+/u)) {
      if (entry.endsWith('+')) expected.set(entry.slice(0, -1), 'm');
      else if (entry.endsWith('-')) expected.set(entry.slice(0, -1), 'f');
    }
    expect(expected.size).toBeGreaterThan(10_000);
    const wrong = [...expected].filter(([name, sex]) => firstNameSex(name) !== sex);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['zorblat', undefined],
    ['quendrix', undefined],
    ['the', undefined],
    ['', undefined],
    ['plovent', undefined],
  ])('%s is no marked name', (word, sex) => {
    expect(firstNameSex(word)).toBe(sex);
  });
});

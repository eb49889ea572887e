// The filters put before the first-name tables for speed must never change an answer: every
// marked name of the lists keeps its sex, and words of no list get none.
import { describe, expect, it } from 'vitest';
import { FIRST_NAME_LIST, RARE_FIRST_NAME_LIST, WORD_FIRST_NAME_LIST } from '../src/data/first-names';
import { FIRST_NAMES, NameSexes, RARE_FIRST_NAMES, WORD_FIRST_NAMES, firstNameSex } from '../src/text/first-names';
import { MINUS, PLUS, SortedWords, UNLISTED, UNMARKED } from '../src/text/sorted-words';

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

describe('name sexes searched in the sorted strings, then in a map behind a filter', () => {
  const lists = [FIRST_NAME_LIST, WORD_FIRST_NAME_LIST, RARE_FIRST_NAME_LIST];
  const entries = lists.join(' ').split(/\s+/u).filter(Boolean);
  const names = entries.map((e) => e.replace(/[+-]$/u, ''));
  // Every listed name, marked or not, and near misses of each.
  const questions = names.flatMap((n) => [n, n.slice(0, -1), `${n}a`, n.slice(1), `${n}+`, `${n}-`, `${n} `]);

  it('answers every question the same way from the strings alone and from the map alone', () => {
    const searched = new NameSexes(lists, Infinity);
    const mapped = new NameSexes(lists, 0);
    expect(questions.length).toBeGreaterThan(100_000);
    expect(questions.filter((q) => searched.sexOf(q) !== mapped.sexOf(q))).toEqual([]);
    expect(entries.filter((e) => e.endsWith('+')).map((e) => searched.sexOf(e.slice(0, -1))).every((s) => s === 'm')).toBe(true);
    expect(entries.filter((e) => e.endsWith('-')).map((e) => searched.sexOf(e.slice(0, -1))).every((s) => s === 'f')).toBe(true);
  });

  it.each([
    // A later list's mark wins; an unmarked word leaves an earlier list's mark standing.
    [['ann- bo+ cy', 'ann+ bo dee-'], [['ann', 'm'], ['bo', 'm'], ['cy', undefined], ['dee', 'f'], ['an', undefined], ['eve', undefined]]],
    [['kai+', 'kai-'], [['kai', 'f'], ['ka', undefined], ['kai+', undefined]]],
    [['\nlu- max+\n', ''], [['lu', 'f'], ['max', 'm'], ['', undefined]]],
  ] as const)('%j gives each name the sex its last mark says, searched or mapped', (lists, expected) => {
    for (const after of [Infinity, 0, 2]) {
      const sexes = new NameSexes(lists, after);
      expect(expected.map(([name]) => [name, sexes.sexOf(name)])).toEqual(expected);
    }
  });
});

describe('the rare first names, searched in their sorted string', () => {
  const names = RARE_FIRST_NAME_LIST.replace(/[+-]/g, '').trim().split(/\s+/u);
  const asSet = new Set(names);

  it('is a list in code-unit order, one word a time', () => {
    expect(names.length).toBeGreaterThan(10_000);
    expect(names.every((n, i) => i === 0 || (names[i - 1] as string) < n)).toBe(true);
  });

  it('has every name of the list, and answers as a set of them for near misses', () => {
    expect(names.filter((n) => !RARE_FIRST_NAMES.has(n))).toEqual([]);
    const near = names.flatMap((n) => [n.slice(0, -1), `${n}a`, `${n}z`, n.slice(1), `a${n}`, `${n}+`, `${n}-`, `${n} `]);
    expect(near.filter((w) => RARE_FIRST_NAMES.has(w) !== asSet.has(w))).toEqual([]);
  });

  it.each([[''], ['a'], ['zzzzzz'], ['aaaa'], [' '], ['\n'], ['Mikhail'], ['-'], ['+']])('answers %j as a set would', (word) => {
    expect(RARE_FIRST_NAMES.has(word)).toBe(asSet.has(word));
  });
});

describe.each([
  ['first names', FIRST_NAME_LIST, FIRST_NAMES],
  ['first names that are words', WORD_FIRST_NAME_LIST, WORD_FIRST_NAMES],
])('the %s, searched in their sorted string, then in a set behind a filter', (_label, list, lookUp) => {
  const names = list.replace(/[+-]/g, '').split(' ');
  const asSet = new Set(names);

  it('is a list in code-unit order, one space between marked words', () => {
    expect(names.every((n, i) => n !== '' && (i === 0 || (names[i - 1] as string) < n))).toBe(true);
    expect(list.split(' ').every((w) => /^[^+-]+[+-]?$/u.test(w))).toBe(true);
  });

  it('answers as a set of its names, before and after it builds the set (thousands of questions)', () => {
    // More questions than are answered from the string, so both ways of answering are asked.
    const questions = names.flatMap((n) => [n, n.slice(0, -1), `${n}a`, n.slice(1), `${n}+`, `${n}-`, `${n} `, '', 'The']);
    expect(questions.length).toBeGreaterThan(6000);
    expect(questions.filter((w) => lookUp.has(w) !== asSet.has(w))).toEqual([]);
  });
});

describe('a sorted word list of marked words', () => {
  it.each([
    ['ann- bea+ cal', [['ann', MINUS], ['bea', PLUS], ['cal', UNMARKED], ['an', UNLISTED], ['bea+', UNLISTED]]],
    ['\nbo+ di\nfay- gus\n', [['bo', PLUS], ['di', UNMARKED], ['fay', MINUS], ['gus', UNMARKED], ['gusx', UNLISTED], ['a', UNLISTED]]],
    ['', [['a', UNLISTED], ['', UNLISTED]]],
  ])('%j gives each word its mark', (list, expected) => {
    const words = new SortedWords(list);
    expect(expected.map(([w]) => [w, words.markOf(w as string)])).toEqual(expected);
  });

  it.each([
    ['ann- bea+ cal', ['ann', 'bea', 'cal'], ['an', 'anna', 'be', 'bea+', 'c', 'calx', 'dan', '']],
    ['\nbo+ di\nfay- gus\n', ['bo', 'di', 'fay', 'gus'], ['b', 'boo', 'fa', 'gusx', 'a', 'z']],
    ['solo+', ['solo'], ['sol', 'solos', 'solo+']],
    ['', [], ['a', '']],
  ])('%j has its words and nothing else', (list, inList, notInList) => {
    const words = new SortedWords(list);
    expect(inList.filter((w) => !words.has(w))).toEqual([]);
    expect(notInList.filter((w) => words.has(w))).toEqual([]);
  });
});

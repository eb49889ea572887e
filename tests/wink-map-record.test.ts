// wink's lexeme table held in a Map behind an object: wink's reads, writes and deletes of the
// object and review-lens's reads of the map must agree with a plain object's.
import { describe, expect, it } from 'vitest';
import { mapRecord, textNumbers } from '../src/wink/map-record';

describe('a map read and written as a record', () => {
  it.each([
    // Words, a word that is also an Object.prototype name, an integer-like key, an empty key.
    ['the', 7],
    ['toString', undefined],
    ['__proto__', undefined],
    ['42', 3],
    ['', undefined],
  ])('reads %j as the plain object of the same entries does', (key, expected) => {
    const map = new Map<string, number>([['the', 7], ['42', 3], ['Seoul', 9]]);
    const record = mapRecord(map);
    const plain = Object.assign(Object.create(null) as Record<string, number>, { the: 7, 42: 3, Seoul: 9 });
    expect(record[key]).toBe(expected);
    expect(record[key]).toBe(plain[key]);
    expect(key in record).toBe(key in plain);
    expect(textNumbers(record).get(key)).toBe(expected);
  });

  it('writes, deletes and lists its entries through the map', () => {
    const map = new Map<string, number>([['rain', 0], ['moss', 1]]);
    const record = mapRecord(map);
    record.Wobblegrass = 2;
    record.__proto__ = 3;
    delete record.rain;
    expect([...map]).toEqual([['moss', 1], ['Wobblegrass', 2], ['__proto__', 3]]);
    expect(Object.keys(record)).toEqual(['moss', 'Wobblegrass', '__proto__']);
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect({ ...record }).toEqual({ moss: 1, Wobblegrass: 2, ['__proto__']: 3 });
    expect(textNumbers(record)).toBe(map);
  });

  it('stores a long key cut from a longer text under the key\'s own text', () => {
    const text = 'a long review text in which one long word, Wobblegrassiness, is read';
    const word = text.slice(text.indexOf('W'), text.indexOf(',', text.indexOf('W')));
    const record = mapRecord(new Map());
    record[word] = 5;
    expect(record.Wobblegrassiness).toBe(5);
    expect(Object.keys(record)).toEqual(['Wobblegrassiness']);
  });

  it("reads a plain object's properties where no map stands behind it", () => {
    const plain = Object.assign(Object.create(null) as Record<string, number>, { the: 7 });
    const numbers = textNumbers(plain);
    expect(numbers.get('the')).toBe(7);
    plain.moss = 1;
    expect(numbers.get('moss')).toBe(1);
    expect(numbers.get('toString')).toBeUndefined();
  });
});

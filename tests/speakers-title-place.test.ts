// The see or office after a title's "of" (" of Ely" in "Bishop of Ely, the Rt Rev …") is read as
// one to three capitalised words closed by a comma; anything else is no place, and nothing is cut.
import { describe, expect, it } from 'vitest';
import { titlePlaceLength } from '../src/stages/6-speakers/title-place';

type Case = [gap: string, cut: string];

const places: Case[] = [
  [' of Ely, the Rt Rev Dr Ann Moor', ' of Ely'],
  [' of Port Talbot, the Revd Sam Hale', ' of Port Talbot'],
  [' of St Mary’s Haven, Dr Lee', ' of St Mary’s Haven'],
  [" of King's Lynn, the Dean", " of King's Lynn"],
  [' of Stoke-on-Trent, Mr Ray', ' of Stoke-on-Trent'],
  [' of Ávila, Dr Ruiz', ' of Ávila'],
  [' of Ely,', ' of Ely'],
];

const none: Case[] = [
  // four words: more than a see's name
  [' of Upper Lower Middle Ford, Dr Kay', ''],
  // no comma closes it
  [' of Ely the Rt Rev Dr Ann Moor', ''],
  [' of Ely', ''],
  // a lower-case word among the place's
  [' of Bath and Wells, Dr Kay', ''],
  [' of ely, Dr Kay', ''],
  // no space before the place, or two
  [' ofEly, Dr Kay', ''],
  [' of  Ely, Dr Kay', ''],
  // a word ending in a character no place word has
  [' of Ely. Dr Kay, who', ''],
  [', the Rt Rev Dr Ann Moor', ''],
  ['', ''],
  [' of', ''],
  [' of ', ''],
];

describe('the place after a title is cut from the gap', () => {
  it.each([...places, ...none])('%j', (gap, cut) => {
    expect(gap.slice(0, titlePlaceLength(gap))).toBe(cut);
  });
});

/**
 * One number for each word of the word lists, so that a list read at every token of a text is
 * asked by number (one array read) instead of by its lower-case string (a hash table look-up):
 * see {@link wordNumber} and {@link NumberedWords}.
 */

/** The number of every word no {@link NumberedWords} lists. */
export const UNLISTED = 0;

/** The listed words' numbers (1, 2, …), in the order the lists were made. */
const numbers = new Map<string, number>();

/**
 * True once a word has been numbered: a list made after that could hold a word already numbered
 * {@link UNLISTED}, and would wrongly miss it.
 */
let numbering = false;

/**
 * The number of lower-case `word`: the one every list that holds it knows it by, or
 * {@link UNLISTED}. Ask it once per distinct word (the wink adapter asks it once per lexeme and
 * gives every token its normal form's number), then ask lists by it.
 */
export function wordNumber(word: string): number {
  numbering = true;
  return numbers.get(word) ?? UNLISTED;
}

/** The number of listed `word`, given it at its first list. */
function listedNumber(word: string): number {
  let n = numbers.get(word);
  if (n === undefined) {
    // A list made once words were numbered would miss them: lists are module constants.
    if (numbering) throw new Error(`review-lens: a word list was made after words were numbered (${word})`);
    n = numbers.size + 1;
    numbers.set(word, n);
  }
  return n;
}

/**
 * A fixed list of lower-case words, asked by {@link wordNumber}: one byte per number up to the
 * list's highest. Made only as a module constant, before any text is read (it throws otherwise).
 */
export class NumberedWords {
  private readonly listed: Uint8Array;

  constructor(...lists: Iterable<string>[]) {
    const held: number[] = [];
    for (const list of lists) for (const w of list) held.push(listedNumber(w));
    this.listed = new Uint8Array(held.reduce((a, b) => Math.max(a, b), 0) + 1);
    for (const n of held) this.listed[n] = 1;
  }

  /** True when the word numbered `n` (by {@link wordNumber}) is one of the list's. */
  has(n: number): boolean {
    return n < this.listed.length && this.listed[n] === 1;
  }
}

/**
 * A fixed table of values by lower-case word, asked by {@link wordNumber}: one slot per number up
 * to the table's highest. Made only as a module constant, like {@link NumberedWords}.
 */
export class NumberedTable<T> {
  private readonly values: (T | undefined)[];

  constructor(entries: Iterable<readonly [string, T]>) {
    const held: [number, T][] = [];
    for (const [w, value] of entries) held.push([listedNumber(w), value]);
    this.values = new Array<T | undefined>(held.reduce((a, [n]) => Math.max(a, n), 0) + 1).fill(undefined);
    for (const [n, value] of held) this.values[n] = value;
  }

  /** The value of the word numbered `n` (by {@link wordNumber}), if the table has it. */
  get(n: number): T | undefined {
    return n < this.values.length ? this.values[n] : undefined;
  }
}

/**
 * A word scanner for the name and work stages: one linear pass over the view.
 * A word is a run of letters, digits and marks, with inner hyphens (`Cheong-San`, `bae-soo`),
 * inner apostrophes (`it’s`) and, in a word that opens on a letter, a dot between two digits
 * (`XJ9-4.2`: a code name is one word; `3.5` alone stays two numbers). A trailing possessive
 * (`Nam-ra’s`) is cut off and flagged.
 */
import { isDigitCode, isLetter, isLower, isMark, isUpper, isWordChar } from './chars';
import { FormTable } from './form-table';
import { NumberedWords } from './word-numbers';

/** Bits of {@link Word}'s flags. */
const POSSESSIVE = 1;
const HYPHENATED = 2;
const CAPITALISED = 4;
const SPACE_BEFORE = 8;
/** The flags above {@link SPACE_BEFORE}'s bit hold the word's {@link Word.form} (times this). */
const FORM_UNIT = 16;

/**
 * One scanned word. Its four yes/no facts and the number of its lower-case form are one number,
 * and its end is read from its start and length (a text has a word object per word: six fields
 * fewer each).
 */
export class Word {
  constructor(
    readonly start: number,
    /** The word in lower case (from the lower-case view, so the same length; one string per distinct word of a scan). */
    readonly lower: string,
    private readonly flags: number,
  ) {}

  /** End of the word without a possessive `’s`. */
  get end(): number {
    return this.start + this.lower.length;
  }

  /** True when a possessive `’s` / `'s` / `’` followed the word. */
  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }

  /** True when a hyphen joins two parts (`Cheong-San`). */
  get hyphenated(): boolean {
    return (this.flags & HYPHENATED) !== 0;
  }

  /** True when the first character is upper case. */
  get capitalised(): boolean {
    return (this.flags & CAPITALISED) !== 0;
  }

  /** True when the gap before this word is one space or tab only (no newline, no punctuation). */
  get spaceBefore(): boolean {
    return (this.flags & SPACE_BEFORE) !== 0;
  }

  /**
   * The number of the word's lower-case form among the distinct forms of its scan, in order of
   * first use (0 for the first): two words of one scan share it when their {@link Word.lower} is
   * the same. A pass that asks word lists of each word can ask them once per form.
   */
  get form(): number {
    return Math.floor(this.flags / FORM_UNIT);
  }
}

/** The flags of a {@link Word} whose lower-case form is number `form` of its scan. */
const flagsOf = (possessive: boolean, hyphenated: boolean, capitalised: boolean, spaceBefore: boolean, form: number): number =>
  form * FORM_UNIT + ((possessive ? POSSESSIVE : 0) | (hyphenated ? HYPHENATED : 0) | (capitalised ? CAPITALISED : 0) | (spaceBefore ? SPACE_BEFORE : 0));


/**
 * True when the words from `at` are `cue` (lower-case words, in order); with `spaced`, also one
 * space or tab apart ("played by", not "played. By"). A loop, not callbacks: cue readers run at
 * common words ("the", "as"), so they make no objects.
 */
export function wordsRead(words: readonly Word[], at: number, cue: readonly string[], spaced: boolean): boolean {
  for (let k = 0; k < cue.length; k++) {
    const w = words[at + k];
    if (w === undefined || w.lower !== cue[k] || (spaced && k > 0 && !w.spaceBefore)) return false;
  }
  return true;
}

/**
 * True when exactly one plain space parts offset `from` from offset `to` (`view[from] === ' '` and
 * `to === from + 1`): the two words around it stand in one phrase. A tab, a line break, a second
 * space or any punctuation between them breaks the phrase (`First of all, X` is no `all X`).
 */
export function singleSpaced(view: string, from: number, to: number): boolean {
  return to === from + 1 && view.charCodeAt(from) === 32;
}

/**
 * True when one or more plain spaces, and nothing else, part offset `from` from offset `to`: a
 * looser {@link singleSpaced} for readers that take a doubled space as a typing slip, not a break.
 */
export function spacesOnly(view: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (view.charCodeAt(i) !== 32) return false;
  return true;
}

/** The first of `cues` the words from `at` read ({@link wordsRead}), if any. */
export function cueAt(words: readonly Word[], at: number, cues: readonly (readonly string[])[], spaced: boolean): readonly string[] | undefined {
  for (const cue of cues) if (wordsRead(words, at, cue, spaced)) return cue;
  return undefined;
}

/** The most spaces a gap may hold and still join two words as one space does. */
const MAX_JOINING_SPACES = 3;

/**
 * How many of a text's gaps between two letters must be doubled spaces, at least, for its doubled
 * spaces to read as single ones: one in this many.
 */
const DOUBLED_GAP_SHARE = 40;

/**
 * True when the text writes doubled spaces between letters often (`it  may`, `Tom  Hale`): its
 * line wraps became doubled spaces when it was scraped, so they part words as one space does. In
 * a text that doubles a space now and then, the spaces set a signature, a field or a heading apart.
 * One linear scan, and none in a text with no two spaces in a row (most texts): one native search
 * answers for it.
 */
function spacesDoubledThroughout(view: string): boolean {
  if (!view.includes('  ')) return false;
  let gaps = 0;
  let doubled = 0;
  // From the second character: a space that opens the text follows no letter.
  for (let k = view.indexOf(' ', 1); k > 0 && k < view.length - 2; k = view.indexOf(' ', k + 1)) {
    if (!isLetter(view[k - 1])) continue;
    if (isLetter(view[k + 1])) gaps++;
    else if (view[k + 1] === ' ' && isLetter(view[k + 2])) {
      gaps++;
      doubled++;
      k++;
    }
  }
  return doubled > 0 && doubled * DOUBLED_GAP_SHARE >= gaps;
}

/**
 * True when `view` holds one space or tab from `from` to `to`, or, when `doubledAsOne`, a short run
 * of spaces after a lower-case letter.
 */
function joiningGap(view: string, from: number, to: number, doubledAsOne: boolean): boolean {
  if (to - from === 1) {
    const gap = view.charCodeAt(from);
    return gap === 32 || gap === 9;
  }
  if (!doubledAsOne || to - from > MAX_JOINING_SPACES || from === 0 || !isLower(view[from - 1])) return false;
  for (let k = from; k < to; k++) if (view.charCodeAt(k) !== 32) return false;
  return true;
}

const lengthsOf = new WeakMap<ReadonlySet<string>, number[]>();

/** The distinct lengths of the glued words, cached per set. */
function gluedLengths(glued: ReadonlySet<string>): number[] {
  let lengths = lengthsOf.get(glued);
  if (!lengths) {
    lengths = [...new Set([...glued].map((g) => g.length))].sort((a, b) => a - b);
    lengthsOf.set(glued, lengths);
  }
  return lengths;
}

/**
 * Scans every word of `view`. `glued` lists lower-case words that scraped text often glues to the
 * next title ("webtoonNow At Our School"): such a word is split before the capital letter.
 */
export function scanWords(view: string, lowerView: string, glued: ReadonlySet<string> = new Set()): Word[] {
  const words: Word[] = [];
  // One string per distinct word, numbered in order of first use (its `form`): a long text repeats
  // its words, and a string per word would be a string of its own each time.
  const table = new FormTable();
  const forms = table.forms;
  /** A word spanning `start` to `end` of the lower-case view, with its form's one string. */
  const wordOf = (start: number, end: number, possessive: boolean, hyphenated: boolean, capitalised: boolean, spaceBefore: boolean): Word => {
    const form = table.formAt(lowerView, start, end);
    return new Word(start, forms[form] as string, flagsOf(possessive, hyphenated, capitalised, spaceBefore, form));
  };
  const n = view.length;
  const word = (k: number): boolean => k < n && isWordCode(view, k);
  const gluedLengthsHere = glued.size > 0 ? gluedLengths(glued) : [];
  const doubledAsOne = spacesDoubledThroughout(view);
  let i = 0;
  let lastEnd = 0;
  while (i < n) {
    if (!isWordCode(view, i)) {
      i++;
      continue;
    }
    const start = i;
    let hyphenated = false;
    // A capital letter (or any non-ASCII letter) after the first: only then can a glued title start inside.
    let innerCapital = false;
    i++;
    while (i < n) {
      const c = view.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 1 : isWordCode(view, i)) {
        if ((c >= 65 && c <= 90) || c >= 128) innerCapital = true;
        i++;
        continue;
      }
      const hyphen = c === 45 || c === 0x2010 || c === 0x2011;
      // A word led by a letter may hold a dot between two digits: a code name or a model ("XJ9-4.2", "v2.1").
      const codeDot = c === 46 && isDigitCode(view.charCodeAt(i - 1)) && isDigitCode(view.charCodeAt(i + 1)) && isLetter(view[start]);
      if ((hyphen || isApostropheCode(c)) && word(i + 1)) {
        if (hyphen) hyphenated = true;
        i++;
      } else if (codeDot) i++;
      else break;
    }
    let end = i;
    let possessive = false;
    if (end - start > 2 && view.charCodeAt(end - 1) === 115 && isApostropheCode(view.charCodeAt(end - 2))) {
      end -= 2;
      possessive = true;
    } else if (isApostropheCode(view.charCodeAt(end)) && view.charCodeAt(end - 1) === 115 && !word(end + 1)) possessive = true;
    const capitalised = isUpperCode(view, start);
    // Split words glued to a following title: "webtoonNow" → "webtoon" + "Now".
    let cut = -1;
    if (innerCapital && !capitalised) {
      for (const length of gluedLengthsHere) {
        const k = start + length;
        if (k < end && isUpperCode(view, k) && glued.has(lowerView.slice(start, k))) {
          cut = k;
          break;
        }
      }
    }
    const spaceBefore = words.length > 0 && joiningGap(view, lastEnd, start, doubledAsOne);
    if (cut > 0) {
      words.push(wordOf(start, cut, false, false, false, spaceBefore));
      words.push(wordOf(cut, end, possessive, hyphenated, true, true));
    } else {
      words.push(wordOf(start, end, possessive, hyphenated, capitalised, spaceBefore));
    }
    lastEnd = i;
  }
  return words;
}

/** 1 for the ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c < 123; c++) if (c <= 57 || (c >= 65 && c <= 90) || c >= 97) ASCII_WORD[c] = 1;

/** A letter, digit or combining mark at `k` (by code unit; non-ASCII asks the Unicode tests). */
function isWordCode(view: string, k: number): boolean {
  const c = view.charCodeAt(k);
  if (c < 128) return ASCII_WORD[c] === 1;
  const ch = view[k];
  return isWordChar(ch) || isMark(ch);
}

function isUpperCode(view: string, k: number): boolean {
  const c = view.charCodeAt(k);
  return c < 128 ? c >= 65 && c <= 90 : isUpper(view[k]);
}

const isApostropheCode = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc;

/** An integer summary of a lower-case word (first code unit and length), for cheap prefilters. */
export const shapeOf = (lower: string): number => (lower.charCodeAt(0) << 6) | Math.min(lower.length, 63);

/**
 * A prefilter for word lists, by {@link shapeOf}: `has(w)` is false for every word whose shape no
 * listed word has. ASCII shapes live in a bit table, so the test per scanned word is one array read.
 */
export class ShapeFilter {
  /** One bit per ASCII shape: 1 KB, so the filters of every list stay in the first-level cache. */
  private readonly ascii = new Uint32Array((128 << 6) >>> 5);
  private readonly other = new Set<number>();

  constructor(...lists: Iterable<string>[]) {
    for (const list of lists) for (const w of list) this.add(w);
  }

  /** Lets words of `lower`'s shape through. */
  add(lower: string): void {
    const shape = shapeOf(lower);
    if (lower.charCodeAt(0) < 128) this.ascii[shape >>> 5] = (this.ascii[shape >>> 5] as number) | (1 << (shape & 31));
    else this.other.add(shape);
  }

  /** False when no listed word has `lower`'s shape. */
  has(lower: string): boolean {
    const c = lower.charCodeAt(0);
    if (c < 128) {
      const shape = (c << 6) | Math.min(lower.length, 63);
      return (((this.ascii[shape >>> 5] as number) >>> (shape & 31)) & 1) === 1;
    }
    return this.other.size > 0 && this.other.has(shapeOf(lower));
  }
}

/**
 * A set of lower-case words whose `has` asks a {@link ShapeFilter} first: for word lists read at
 * every token or word of a text, most of which fail there without a look-up.
 */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly shapes: ShapeFilter;
  private readonly numbered: NumberedWords;

  constructor(...lists: Iterable<string>[]) {
    this.words = new Set(lists.flatMap((list) => [...list]));
    this.shapes = new ShapeFilter(this.words);
    this.numbered = new NumberedWords(this.words);
  }

  /** True when `word` is one of the set's words. */
  has(word: string): boolean {
    return this.shapes.has(word) && this.words.has(word);
  }

  /** True when the normal form of token `t` is one of the set's words (by its word number: no string look-up). */
  hasToken(t: { readonly number: number }): boolean {
    return this.numbered.has(t.number);
  }
}

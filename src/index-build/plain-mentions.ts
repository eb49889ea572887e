/**
 * Step 3c of the index: a name the per-document stage accepted in several reviews of a work but
 * missed in another is still named there. In each document, every capitalised run of words that is
 * exactly a form of the work seen so far, written somewhere other than at a sentence's start (where
 * any word is capitalised), is a plain mention of that form. The counts live on the form's tally, so
 * memory grows with the forms of a work, not with its documents; a form counts them only when
 * {@link MIN_ACCEPTED_DOCUMENTS} documents accepted it (see finish-work.ts).
 */
import { NAME_ABBREVIATIONS, NAME_TITLES } from '../data/honorifics';
import { CLOSE_BRACKET, HYPHEN, isDigitCode, PERIOD, SPACE, TAB } from '../text/chars';
import { CODE_CLASSES, CODE_DIGIT, CODE_LETTER_OR_DIGIT, CODE_UPPER, classOf } from '../text/code-classes';
import { readWords, type WordList } from './capitalised-words';

/** Documents that must accept a form before its plain mentions in other documents count. */
export const MIN_ACCEPTED_DOCUMENTS = 3;

/** Words a plain mention may have at most ("Monkey D. Luffy"). */
const MAX_RUN_WORDS = 3;

/** Marks that end a sentence or start a line's item: any word after one may be capitalised for that alone. */
const SENTENCE_ENDS = '.!?\n\r:…;|•–—';

/** Quotes that may open a quotation, whose first word is capitalised as a sentence's. */
const QUOTES = '"“‘\'«„';

/** `*` */
const ASTERISK = 0x2a;
/** A line break. */
const NEWLINE = 0x0a;

/** {@link MARKS} bit: a space, a tab or an opening bracket, skipped before a word. */
const SKIPPED = 1;
/** {@link MARKS} bit: one of {@link QUOTES}. */
const QUOTE = 2;
/** {@link MARKS} bit: what a quote opens a quotation after (a space, a tab, a line break, an opening bracket). */
const OPENS_AFTER = 4;
/** {@link MARKS} bit: one of {@link SENTENCE_ENDS}. */
const ENDS = 8;

/**
 * The marks {@link sentenceStart} reads, as bits by code unit: the text is read by its character
 * codes, since a one-character string of a character beyond Latin-1 is a new string each time and
 * comparing it makes the optimizing compiler recompile the pass.
 */
const MARKS = new Uint8Array(0x2100);
for (const [chars, bit] of [[' \t([', SKIPPED], [QUOTES, QUOTE], [' \t\n\r([', OPENS_AFTER], [SENTENCE_ENDS, ENDS]] as const) {
  for (let k = 0; k < chars.length; k++) MARKS[chars.charCodeAt(k)] = (MARKS[chars.charCodeAt(k)] as number) | bit;
}

/** The {@link MARKS} bits of code unit `c` (none past the table, or for NaN). */
const marksOf = (c: number): number => (c < 0x2100 ? (MARKS[c] as number) : 0);

/** The class bits of code unit `c` (see code-classes.ts). */
const classOfUnit = (c: number): number => (c < 128 ? (CODE_CLASSES[c] as number) : classOf(c));

/** Whether code unit `c` is a letter (`\p{L}`: a letter or a number, and no number). */
const letterUnit = (c: number): boolean => (classOfUnit(c) & (CODE_LETTER_OR_DIGIT | CODE_DIGIT)) === CODE_LETTER_OR_DIGIT;

/** Whether the period at `dot` of `text` ends a title ("Mr.") or an initial ("J."), not a sentence. */
function abbreviationBefore(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && dot - k <= MAX_TITLE_LENGTH && letterUnit(text.charCodeAt(k - 1))) k--;
  if (k === dot || dot - k > MAX_TITLE_LENGTH || (k > 0 && (classOfUnit(text.charCodeAt(k - 1)) & CODE_LETTER_OR_DIGIT) !== 0)) return false;
  if (dot - k === 1) return (classOfUnit(text.charCodeAt(k)) & CODE_UPPER) !== 0;
  const word = text.slice(k, dot).toLowerCase();
  return NAME_TITLES.has(word) || NAME_ABBREVIATIONS.has(word);
}

/** The longest title read before a period. */
const MAX_TITLE_LENGTH = 9;

/**
 * Whether the word at `at` starts a sentence or what is written as one, where any word is capitalised:
 * the text before it (spaces and opening brackets skipped) is empty or ends a sentence (. ! ? … : or a
 * line break, also before a closing quote; not the period of a title or an initial, "Mr. Quillon", "J. Ferro"), is a semicolon, a dash or a table's bar; is a bullet or a
 * number of a list ("- Gorgeous Visuals", "* Weak Ending", "2) Great Soundtrack") or " - "; or is a
 * quote that opens a quotation (said "Never give up").
 */
export function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (marksOf(text.charCodeAt(i)) & SKIPPED) !== 0) i--;
  // A quote after a space or at the start opens a quotation; one after a word or a mark closes one.
  while (i >= 0 && (marksOf(text.charCodeAt(i)) & QUOTE) !== 0) {
    if (i === 0 || (marksOf(text.charCodeAt(i - 1)) & OPENS_AFTER) !== 0) return true;
    i--;
  }
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  if (c === PERIOD && abbreviationBefore(text, i)) return false;
  if ((marksOf(c) & ENDS) !== 0) return true;
  // A hyphen or an asterisk before a space: a bullet or a dash, not "Spider-Man" or "*Quillon*".
  if ((c === HYPHEN || c === ASTERISK) && i < at - 1) return true;
  // "1)" at a line's start or after a space: an item of a numbered list.
  if (c === CLOSE_BRACKET && i > 0 && isDigitCode(text.charCodeAt(i - 1))) {
    let k = i - 1;
    while (k >= 0 && isDigitCode(text.charCodeAt(k))) k--;
    if (k < 0) return true;
    const d = text.charCodeAt(k);
    return d === SPACE || d === NEWLINE || d === TAB;
  }
  return false;
}


/** Whether the text between two words (`from..to`) joins them into one name: a space, or an initial's period and a space. */
function joins(text: string, from: number, to: number): boolean {
  if (to - from === 1) return text.charCodeAt(from) === SPACE;
  return to - from === 2 && text.charCodeAt(from) === PERIOD && text.charCodeAt(from + 1) === SPACE;
}

/**
 * The first word of a spelling: up to its first space or period, the whole of it without one. A
 * run of capitalised words joined by a space or an initial's period (see {@link readPlainMentions})
 * has its first capitalised word as its first word, since such a word holds no space or period.
 */
export function firstWord(surface: string): string {
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (c === SPACE || c === PERIOD) return surface.slice(0, i);
  }
  return surface;
}

/**
 * Calls `visit(surface, atSentenceStart, start, end)` for every capitalised run of up to
 * {@link MAX_RUN_WORDS} words in `text` that `known` accepts, the longest known run at each word
 * first; the words of a run found are not read again. `words`: the text's
 * {@link readWords}. `firstWords`, when given: the {@link firstWord} of every surface `known`
 * accepts (and maybe more), so the runs of a word that is none of them are not copied out and
 * asked about. One pass over the words, a fixed few lookups each.
 */
export function readPlainMentions(
  text: string,
  known: (surface: string) => boolean,
  visit: (surface: string, atSentenceStart: boolean, start: number, end: number) => void,
  words: WordList = readWords(text),
  firstWords?: ReadonlySet<string>,
): void {
  const spans = words.spans;
  for (let i = 0; i < words.length; ) {
    const start = spans[2 * i] as number;
    if (firstWords !== undefined && !firstWords.has(text.slice(start, spans[2 * i + 1]))) {
      i++;
      continue;
    }
    let taken = 0;
    let run = 1;
    while (run < MAX_RUN_WORDS && i + run < words.length && joins(text, spans[2 * (i + run) - 1] as number, spans[2 * (i + run)] as number)) run++;
    for (let k = run; k >= 1 && !taken; k--) {
      const end = spans[2 * (i + k) - 1] as number;
      const surface = text.slice(start, end);
      if (known(surface)) {
        visit(surface, sentenceStart(text, start), start, end);
        taken = k;
      }
    }
    i += taken || 1;
  }
}

/**
 * Step 3c of the index: a name the per-document stage accepted in several reviews of a work but
 * missed in another is still named there. In each document, every capitalised run of words that is
 * exactly a form of the work seen so far, written somewhere other than at a sentence's start (where
 * any word is capitalised), is a plain mention of that form. The counts live on the form's tally, so
 * memory grows with the forms of a work, not with its documents; a form counts them only when
 * {@link MIN_ACCEPTED_DOCUMENTS} documents accepted it (see finish-work.ts).
 */
import { NAME_TITLES } from '../data/honorifics';
import { isDigitCode, isLetter, isUpper, isWordChar, PERIOD, SPACE } from '../text/chars';
import { readWords, type WordSpan } from './capitalised-words';

/** Documents that must accept a form before its plain mentions in other documents count. */
export const MIN_ACCEPTED_DOCUMENTS = 3;

/** Words a plain mention may have at most ("Monkey D. Luffy"). */
const MAX_RUN_WORDS = 3;

/** Marks that end a sentence or start a line's item: any word after one may be capitalised for that alone. */
const SENTENCE_ENDS = '.!?\n\r:…;|•–—';

/** Quotes that may open a quotation, whose first word is capitalised as a sentence's. */
const QUOTES = '"“‘\'«„';

/** Titles written with a period before a name that end no sentence ("Mr. Quillon", "Capt. Vey"), besides {@link NAME_TITLES}. */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['capt', 'sgt', 'lt', 'col', 'cpl', 'det', 'insp', 'cmdr', 'rev', 'gen', 'st', 'jr', 'sr']);

/** Whether the period at `dot` of `text` ends a title ("Mr.") or an initial ("J."), not a sentence. */
function abbreviationBefore(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && dot - k <= MAX_TITLE_LENGTH && isLetter(text[k - 1])) k--;
  if (k === dot || dot - k > MAX_TITLE_LENGTH || (k > 0 && isWordChar(text[k - 1]))) return false;
  if (dot - k === 1) return isUpper(text[k]);
  const word = text.slice(k, dot).toLowerCase();
  return NAME_TITLES.has(word) || TITLE_ABBREVIATIONS.has(word);
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
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '(' || text[i] === '[')) i--;
  // A quote after a space or at the start opens a quotation; one after a word or a mark closes one.
  while (i >= 0 && QUOTES.includes(text[i] as string)) {
    const before = text[i - 1];
    if (before === undefined || before === ' ' || before === '\t' || before === '\n' || before === '\r' || before === '(' || before === '[') return true;
    i--;
  }
  if (i < 0) return true;
  const ch = text[i] as string;
  if (ch === '.' && abbreviationBefore(text, i)) return false;
  if (SENTENCE_ENDS.includes(ch)) return true;
  // A hyphen or an asterisk before a space: a bullet or a dash, not "Spider-Man" or "*Quillon*".
  if ((ch === '-' || ch === '*') && i < at - 1) return true;
  // "1)" at a line's start or after a space: an item of a numbered list.
  if (ch === ')' && i > 0 && isDigitCode(text.charCodeAt(i - 1))) {
    let k = i - 1;
    while (k >= 0 && isDigitCode(text.charCodeAt(k))) k--;
    return k < 0 || text[k] === ' ' || text[k] === '\n' || text[k] === '\t';
  }
  return false;
}

/** Whether the text between two words (`from..to`) joins them into one name: a space, or an initial's period and a space. */
function joins(text: string, from: number, to: number): boolean {
  if (to - from === 1) return text.charCodeAt(from) === SPACE;
  return to - from === 2 && text.charCodeAt(from) === PERIOD && text.charCodeAt(from + 1) === SPACE;
}

/**
 * Calls `visit(surface, atSentenceStart, start, end)` for every capitalised run of up to
 * {@link MAX_RUN_WORDS} words in `text` that `known` accepts, the longest known run at each word
 * first; the words of a run found are not read again. `words`: the text's
 * {@link readWords}. One pass over the words, a fixed few lookups each.
 */
export function readPlainMentions(
  text: string,
  known: (surface: string) => boolean,
  visit: (surface: string, atSentenceStart: boolean, start: number, end: number) => void,
  words: readonly WordSpan[] = readWords(text),
): void {
  for (let i = 0; i < words.length; ) {
    const first = words[i] as WordSpan;
    let taken = 0;
    let run = 1;
    while (run < MAX_RUN_WORDS && i + run < words.length && joins(text, (words[i + run - 1] as WordSpan).end, (words[i + run] as WordSpan).start)) run++;
    for (let k = run; k >= 1 && !taken; k--) {
      const end = (words[i + k - 1] as WordSpan).end;
      const surface = text.slice(first.start, end);
      if (known(surface)) {
        visit(surface, sentenceStart(text, first.start), first.start, end);
        taken = k;
      }
    }
    i += taken || 1;
  }
}

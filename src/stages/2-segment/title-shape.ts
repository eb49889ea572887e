/**
 * The shape tests the line rules share: whether words read as a title, whether a line holds a
 * sentence end, whether the first line of a text is its title or repeats it. Pure functions of the
 * line's text.
 */
import { MID_SENTENCE_ABBREVIATIONS, ONE_WORD_HEADINGS, PART_HEADINGS, SPOILER_WORDS } from '../../data/heading-words';
import { HONORIFICS } from '../../data/honorifics';
import { QUOTE_CHARS } from '../../data/quote-pairs';
import { FIRST_LETTER_OR_DIGIT, isDash, isLetter, isUpper, isWordChar } from '../../text/chars';
import { lineWords, titleCaseCounts } from '../../text/title-case';
import type { LineClass } from './line-class';

/** Longer than this, a line is prose: no heading, no title. */
export const MAX_HEADING_CHARS = 200;
const MAX_TITLE_CASE_WORDS = 12;
const MAX_TITLE_WORDS = 25;

/** A list item's mark and the space after it: "- ", "* ", "• ", "1. ", "2) ". */
export const LIST_MARK = /^(?:[-*+•]|\d{1,3}[.)])\s/;

/** Narrows `[start, end)` of a line past emphasis marks that wrap it (`*My Mister*`, `**Verdict**`). */
export function withoutEmphasis(line: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (b - a > 2 && (line[a] === '*' || line[a] === '_') && line[b - 1] === line[a]) {
    a++;
    b--;
  }
  return [a, b];
}

/** True when a run of words reads as a title ("The Funniest Scene", "Best Lines & Lessons"). */
function isTitleCase(words: readonly string[]): boolean {
  const { capitalised, content } = titleCaseCounts(words);
  if (content === 1 && words.length <= 2) {
    const word = (words.find((w) => isLetter(w[0])) ?? '').toLowerCase();
    return capitalised === 1 && (ONE_WORD_HEADINGS.has(word) || PART_HEADINGS.has(word));
  }
  return capitalised >= 2 && capitalised / content >= 0.75;
}

/** True when the line holds a sentence end (`. `, `! `) before its last character, abbreviations aside. */
export function hasInnerSentenceEnd(line: string, terminals: string): boolean {
  for (let i = 0; i < line.length - 1; i++) {
    const ch = line[i] as string;
    if (!terminals.includes(ch) || line[i + 1] !== ' ') continue;
    if (ch === '.') {
      let k = i;
      while (k > 0 && isLetter(line[k - 1])) k--;
      const word = line.slice(k, i).toLowerCase();
      if (HONORIFICS.has(word) || word.length === 1 || MID_SENTENCE_ABBREVIATIONS.has(word)) continue;
    }
    return true;
  }
  return false;
}

/** True when the line's first letter is lower case. */
export function isLowerStart(line: string): boolean {
  const ch = FIRST_LETTER_OR_DIGIT.exec(line)?.[0];
  return ch !== undefined && isLetter(ch) && ch !== ch.toUpperCase();
}

/** Marks that frame a heading on both sides when repeated there ("--Story--", "~Verdict~", "==Cast=="). */
const FRAME_MARKS = '-=~';

/**
 * Narrows `[start, end)` of a line past a frame of the same mark on both sides ("--Story--",
 * "~The Plot~"), emphasis marks included; a line that is only marks is left as it is.
 */
export function withoutFrame(line: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (b - a > 2 && line[a] === line[b - 1] && (FRAME_MARKS.includes(line[a] as string) || line[a] === '*' || line[a] === '_')) {
    a++;
    b--;
    while (a < b && line[a] === ' ') a++;
    while (b > a && line[b - 1] === ' ') b--;
  }
  return [a, b];
}

/** A short title-cased line without sentence punctuation is a heading; any other line is prose. */
export function titleLikeKind(whole: string, words: readonly string[]): 'heading' | 'text' {
  const [a, b] = withoutFrame(whole, 0, whole.length);
  const line = whole.slice(a, b);
  const last = line[line.length - 1];
  if (/[.,;!…]$/.test(line) || isDash(last)) return 'text';
  if (words.length === 0 || words.length > MAX_TITLE_CASE_WORDS) return 'text';
  if ((line.match(/,/g)?.length ?? 0) > 1 || hasInnerSentenceEnd(line, '.?')) return 'text';
  if (!isUpper(FIRST_LETTER_OR_DIGIT.exec(line)?.[0]) && !/^\d/.test(line)) return 'text';
  return isTitleCase(words) ? 'heading' : 'text';
}

/**
 * True when the words of an emphasised line make a sentence, not a heading: more words than a
 * title-cased heading holds, not in title case ("**Update - I found the old tapes and will post
 * them soon**").
 */
export function emphasisedSentence(words: readonly string[]): boolean {
  return words.length > MAX_TITLE_CASE_WORDS && !isTitleCase(words);
}

/**
 * True for a spoiler warning ("SPOILERS AHEAD", "*Minor spoilers*", "**spoiler**", "This part
 * may count as a spoiler:"): a line naming a spoiler that does not read as a title, being in
 * capitals, in italics (one mark on each side) or not in title case. "Spoiler Talk" and a
 * "Spoilers" heading read as titles.
 */
export function spoilerWarning(line: string, words: readonly string[]): boolean {
  if (!words.some((w) => SPOILER_WORDS.has(w.toLowerCase()))) return false;
  const [a, b] = withoutEmphasis(line, 0, line.length);
  if (a === 1 || line.toUpperCase() === line) return true;
  const inner = line.slice(a, b);
  return titleLikeKind(inner, lineWords(inner)) !== 'heading';
}

/** A score: "8/10", "9.5 / 10", "4/5", "3 out of 10". */
export const SCORE = /\d{1,3}(?:\.\d{1,2})? ?(?:\/ ?(?:100|10|5)|out of (?:100|10|5))(?!\d)/g;

/**
 * True for a line of scores rather than a scored part: a score and no words besides ("3 out of
 * 10"), or two scores or more ("Plot 2/10, cast 6/10"). Such a line is the writer's verdict or
 * score table, not a heading; one part and its score ("The Art - 10/10") stays a heading.
 */
export function scoreLine(line: string): boolean {
  let scores = 0;
  let rest = '';
  let from = 0;
  for (const m of line.matchAll(SCORE)) {
    scores++;
    rest += line.slice(from, m.index);
    from = m.index + m[0].length;
  }
  if (scores === 0) return false;
  return scores >= 2 || lineWords(rest + line.slice(from)).length === 0;
}

/**
 * True when a line opening with a quote mark is a headline that quotes a phrase ("'Christmas song
 * formula' unveiled"): the quote closes before the line ends, holds no sentence punctuation, and
 * words follow it that are no attribution ("“Stay,” she said", "“Go home.” – Nora" are speech).
 */
function quotedLead(line: string): boolean {
  let close = line.length - 1;
  while (close > 0 && !QUOTE_CHARS.has(line[close] as string)) close--;
  if (close <= 1 || /[.,!?…]/.test(line.slice(1, close))) return false;
  const rest = line.slice(close + 1).trimStart();
  return lineWords(rest).length > 0 && !isDash(rest[0]);
}

/**
 * True when the first line of a document reads as its title: not prose (no final full stop),
 * not quoted speech (a headline may open with a quoted phrase), a caption, a script line, a
 * spoiler warning or a line holding a score, not a heading ending in a colon, and not too long.
 */
export function isTitleLine(line: string, cls: LineClass): boolean {
  // A score is the writer's verdict ("Rating 10/10"), not the document's name.
  if (line.search(SCORE) >= 0) return false;
  // A heading ending in a colon heads what follows it ("Pros:"), it names no document.
  if (cls.kind === 'heading' || cls.kind === 'question') return !(cls.mark === 'colon' && line.endsWith(':'));
  if (cls.kind !== 'text') return false;
  const first = line[0] as string;
  if ((QUOTE_CHARS.has(first) && !quotedLead(line)) || first === '(' || first === '[' || LIST_MARK.test(line)) return false;
  const words = lineWords(line);
  if (spoilerWarning(line, words) || scoreLine(line)) return false;
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || line.length > MAX_HEADING_CHARS) return false;
  if (/[.,;:]$/.test(line) && !line.endsWith('...') && !line.endsWith('…')) return false;
  if (hasInnerSentenceEnd(line, '.')) return false;
  if (line.endsWith('!')) return isTitleCase(words);
  return true;
}

/** A line's text for comparing with the title: lower case, quote marks and outer punctuation dropped. */
export function comparable(line: string): string {
  const t = line.toLowerCase().replace(/[‘’“”"'«»]/g, '');
  let a = 0;
  let b = t.length;
  while (a < b && !isWordChar(t[a])) a++;
  while (b > a && !isWordChar(t[b - 1])) b--;
  return t.slice(a, b);
}

/**
 * A quick test that `line` may read `key` once made {@link comparable}: its first and last letters
 * or digits are the key's (in lower case), which most lines fail without being lower-cased whole.
 * False only when `comparable(line) !== key` for sure.
 */
export function mayRead(line: string, key: string): boolean {
  if (key === '') return true;
  let a = 0;
  while (a < line.length && !isWordChar(line[a])) a++;
  let b = line.length - 1;
  while (b > a && !isWordChar(line[b])) b--;
  // Only ASCII letters are compared: other letters may lower-case to another length or form.
  const same = (ch: string | undefined, k: string | undefined): boolean => ch === undefined || ch.charCodeAt(0) >= 128 || ch.toLowerCase() === k;
  return same(line[a], key[0]) && same(line[b], key[key.length - 1]);
}

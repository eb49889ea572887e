/**
 * Pass 5c: a title found, written with the same number right after it at least twice ("Skyline
 * 2090 … Skyline 2090", "Harbour Lights 12 … Harbour Lights 12"), is that numbered title there. A
 * release year or a count after a title is written once, mostly in brackets ("X (1999)") or before
 * its noun ("X 2 years ago"); a number the text keeps writing after the same title is part of it,
 * one work apart from the title alone (a sequel named by a year, a remake's year, a film's figure).
 * The shorter title keeps the mentions written without the number.
 */
import { NUMBER_COUNT_NOUNS } from '../../data/work-cues';
import { isDigitCode, isWordChar } from '../../text/chars';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';

/** Most digits of a title's number (a year at most: "12", "2049"). */
const MAX_DIGITS = 4;

/** Most words of a title read back from a number. */
const MAX_TITLE_WORDS = 8;

/** Fewest times the text writes the same title and number for the number to be part of it. */
const MIN_REPEATS = 2;

/** Marks that join a number to a word or figure after it: a score, a range, a plus ("8/10", "2-3", "9+"). */
const JOINING_MARKS = '/+-';

/** Marks that go on with a number only before a digit: a decimal, a thousand, a time ("2.5", "1,000", "2:30"). */
const DIGIT_MARKS = '.,:';

/** True when the word is one to {@link MAX_DIGITS} digits. */
function isShortNumber(w: Word): boolean {
  if (w.lower.length > MAX_DIGITS || w.possessive || w.hyphenated) return false;
  for (let i = 0; i < w.lower.length; i++) if (!isDigitCode(w.lower.charCodeAt(i))) return false;
  return true;
}

/**
 * True when what follows the number at word `i` ends it as a title's figure: not a figure mark
 * joining a word or figure ({@link JOINING_MARKS}), a decimal's or a time's mark before a digit ({@link DIGIT_MARKS}), a percent, not a counted noun after one space
 * ({@link NUMBER_COUNT_NOUNS}), not a bracket closing it ("Op 4)").
 */
function endsAsFigure(ctx: WorksContext, i: number): boolean {
  const { view, words } = ctx;
  const w = words[i] as Word;
  const mark = view[w.end];
  if (mark === ')' || mark === '%') return false;
  if (mark !== undefined && JOINING_MARKS.includes(mark) && isWordChar(view[w.end + 1])) return false;
  if (mark !== undefined && DIGIT_MARKS.includes(mark) && isDigitCode(view.charCodeAt(w.end + 1))) return false;
  const next = words[i + 1];
  // Capitalised or not ("The First 44 Episodes"); a verb in "-s" is no count ("2049 returns").
  return next === undefined || !next.spaceBefore || !NUMBER_COUNT_NOUNS.has(next.lower);
}

/**
 * The numbered titles of the text: each title of `keys` (lower case, as found) that a number of
 * one to four digits follows after one space, the same title and number written {@link
 * MIN_REPEATS} times or more. One read of the words; at each number, a few words back are looked
 * up whole in `keys`, the longest title first.
 */
export function numberedRepeats(ctx: WorksContext, keys: ReadonlySet<string>): Finding[] {
  const { words, lower, view } = ctx;
  if (keys.size === 0) return [];
  const counts = new Map<string, { form: string; n: number }>();
  for (let i = 1; i < words.length; i++) {
    const num = words[i] as Word;
    if (!num.spaceBefore || view[num.start - 1] !== ' ' || !isShortNumber(num) || !endsAsFigure(ctx, i)) continue;
    const titleEnd = num.start - 1;
    for (let j = Math.max(0, i - MAX_TITLE_WORDS); j < i; j++) {
      const from = (words[j] as Word).start;
      const key = lower.slice(from, titleEnd);
      if (!keys.has(key)) continue;
      const numbered = `${key} ${num.lower}`;
      const seen = counts.get(numbered);
      if (seen) seen.n++;
      else counts.set(numbered, { form: view.slice(from, num.end), n: 1 });
      break;
    }
  }
  const out: Finding[] = [];
  for (const { form, n } of counts.values()) if (n >= MIN_REPEATS) out.push(titleFinding(form));
  return out;
}

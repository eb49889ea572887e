/**
 * Step 6, last: a stage name led by a number (`50 Cent`, `2 Chainz`, `21 Savage`). The pieces are
 * runs of capitalised words, so such a name is found by its word alone (`Cent`); when every mention
 * of a real person named by one word stands right after the same number, that number is part of
 * the name, and the mentions take it in. A count or a rank before a name is not written before
 * every mention of it, and never before a person's name in a text that names them more than once
 * only so.
 */
import { isDigitCode, isLetter } from '../../text/chars';
import type { EntityDraft, NormalizedText } from '../stage-types';

/** Words right before the number that make it a count, a rank or a score, not part of a name. */
const NOT_BEFORE_NUMBER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'top', 'number', 'no', 'to', 'from', 'than', 'about', 'over', 'under', 'some', 'all', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The most digits a name's number has (`50 Cent`, `21 Savage`; a year is a date). */
const MAX_DIGITS = 3;

/**
 * The number written right before offset `start`, one space between (`50 Cent`), or undefined:
 * 1 to 3 digits that stand alone (not `$50`, `1.50`, `No.5`, `Top 40`, `the 39`).
 */
function numberBefore(view: string, lower: string, start: number): string | undefined {
  if (start < 2 || view[start - 1] !== ' ') return undefined;
  let s = start - 1;
  while (s > 0 && isDigitCode(view.charCodeAt(s - 1)) && start - 1 - s < MAX_DIGITS + 1) s--;
  const digits = view.slice(s, start - 1);
  if (digits.length === 0 || digits.length > MAX_DIGITS || digits[0] === '0') return undefined;
  if (s === 0) return digits;
  const before = view.charCodeAt(s - 1);
  if (isDigitCode(before) || isLetter(view[s - 1]) || '$£€#.,:;/-–+%'.includes(view[s - 1] as string)) return undefined;
  if (before !== 32) return digits;
  // The word before the number: a count or a rank reads "the 39", "top 40", "number 5".
  let w = s - 1;
  while (w > 0 && isLetter(lower[w - 1])) w--;
  return NOT_BEFORE_NUMBER.has(lower.slice(w, s - 1)) ? undefined : digits;
}

/**
 * Extends every mention of a real person named by one word to the number written before each of
 * its mentions, when it is one number before them all (`50 Cent … 50 Cent's second album`).
 */
export function takeLeadingNumbers(input: NormalizedText, entities: readonly EntityDraft[]): void {
  const { view, lower } = input;
  for (const entity of entities) {
    if (entity.kind !== 'person' || entity.mentions.length === 0) continue;
    let shared: string | undefined;
    let ok = true;
    for (const m of entity.mentions) {
      const n = numberBefore(view, lower, m.start);
      // One word each: a full name is no stage name of this shape.
      if (n === undefined || (shared !== undefined && n !== shared) || view.slice(m.start, m.end).includes(' ')) {
        ok = false;
        break;
      }
      shared = n;
    }
    if (!ok || shared === undefined) continue;
    const width = shared.length + 1;
    for (const m of entity.mentions) m.start -= width;
  }
}

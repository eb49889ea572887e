/**
 * The chart place a list may write after each of its titles ("X at number 20, Y at number 27 and
 * Z"), read in one place for the lists of pass 3b and the list mates of pass 5b.
 */
import { CHART_PLACE_DIGITS, CHART_TAIL_LEADS } from '../../data/work-list-words';
import { isDigitCode } from '../../text/chars';
import type { Word } from '../../text/words';
import type { WorksContext } from './context';

/**
 * How many characters of `lower` from `at` a chart place takes: one of {@link CHART_TAIL_LEADS}
 * (" at number ") and one to {@link CHART_PLACE_DIGITS} figures, no more; 0 when none stands there.
 *
 * @param lower - Text in lower case.
 * @param at - Where the chart place would open, at the space before "at".
 * @param end - Where the text read ends (the place is read as if `lower` stopped there).
 */
export function chartPlaceLength(lower: string, at: number, end: number = lower.length): number {
  for (const lead of CHART_TAIL_LEADS) {
    if (at + lead.length > end || !lower.startsWith(lead, at)) continue;
    const from = at + lead.length;
    let k = from;
    // One figure past the cap is read to tell a longer number, which is no chart place.
    while (k < end && k <= from + CHART_PLACE_DIGITS && isDigitCode(lower.charCodeAt(k))) k++;
    const figures = k - from;
    return figures > 0 && figures <= CHART_PLACE_DIGITS ? lead.length + figures : 0;
  }
  return 0;
}

/**
 * The index of the word after a chart place that follows a listed title at word `next` ("X at
 * number 20, Y"), or `next` when none does: the place's figures are one word of their own.
 */
export function chartTailEnd(ctx: WorksContext, next: number): number {
  const { lower, words } = ctx;
  const at = words[next];
  if (!at || at.lower !== 'at') return next;
  const length = chartPlaceLength(lower, at.start - 1);
  if (length === 0) return next;
  const end = at.start - 1 + length;
  // The lead ends in a space and the figures follow it: the word of the place starts there.
  const place = lower.lastIndexOf(' ', end - 1) + 1;
  let k = next + 1;
  while (k < words.length && (words[k] as Word).end <= place) k++;
  const figure = words[k];
  return figure && figure.start === place && figure.end === end ? k + 1 : next;
}

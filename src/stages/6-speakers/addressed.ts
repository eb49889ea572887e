/**
 * Who a quote speaks to: a person named in it as the one addressed ("Good night, Anne.", "Anne,
 * you're late", "Now, Anne, listen"). Nobody is their own listener, so a speaker found only by a
 * pronoun or by the quotes around cannot be that person.
 */
import { firstAtOrAfter } from '../../text/search';
import type { QuoteDraft } from '../stage-types';
import type { Context, Mention } from './types';

/** Most mentions read inside one quote, so a long quote naming many people is read in bounded time. */
const MAX_QUOTED_MENTIONS = 24;

/** Marks that may close a name called out to ("Anne," "Anne!" "Anne." "Anne?" "Anne;"). */
const AFTER_CALLED: ReadonlySet<string> = new Set([',', '.', '!', '?', ';']);

/** The first character at or after `at` that is not a space, before `end`; '' when none. */
function nextChar(view: string, at: number, end: number): string {
  let k = at;
  while (k < end && (view[k] === ' ' || view[k] === '\t')) k++;
  return k < end ? (view[k] as string) : '';
}

/** The last character before `at` that is not a space, from `start`; '' when none. */
function previousChar(view: string, at: number, start: number): string {
  let k = at - 1;
  while (k >= start && (view[k] === ' ' || view[k] === '\t')) k--;
  return k >= start ? (view[k] as string) : '';
}

/**
 * True when `entity` is named in the words of `quote` as the one it speaks to: the name opens the
 * words or follows a comma, and a comma or a sentence's stop follows it, or the words end there.
 */
export function addressedIn(ctx: Context, quote: QuoteDraft, entity: number): boolean {
  const view = ctx.input.view;
  const first = firstAtOrAfter(ctx.mentions, quote.start);
  for (let i = first; i < ctx.mentions.length && i - first < MAX_QUOTED_MENTIONS; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.start >= quote.end) break;
    if (m.entity !== entity || m.end > quote.end) continue;
    const before = previousChar(view, m.start, quote.start);
    const after = nextChar(view, m.end, quote.end);
    if ((before === '' || before === ',') && (after === '' || AFTER_CALLED.has(after))) return true;
  }
  return false;
}

/** Binary searches over spans sorted by start. */
import type { Span } from '../types';

/** Index of the first span whose start is at or after `offset` (`spans.length` when none). */
export function firstAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first number in the sorted `values` at or after `offset` (`values.length` when none). */
export function firstNumberAtOrAfter(values: readonly number[], offset: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the span that contains `offset`, or -1. Spans must not overlap. */
export function containing(spans: readonly Span[], offset: number): number {
  const i = firstAtOrAfter(spans, offset + 1) - 1;
  const s = spans[i];
  return s && s.start <= offset && offset < s.end ? i : -1;
}

/**
 * {@link firstAtOrAfter} for offsets asked mostly in increasing order, as a pass over a document
 * asks them: each search gallops forward from the last answer, so a pass costs about one walk of
 * `spans` in steps that double. An offset before the last one is searched from the start.
 */
export function forwardSearch(spans: readonly Span[]): (offset: number) => number {
  let from = 0;
  return (offset) => {
    if (from > 0 && (from >= spans.length || (spans[from - 1] as Span).start >= offset)) from = 0;
    let lo = from;
    let hi = from;
    let step = 1;
    while (hi < spans.length && (spans[hi] as Span).start < offset) {
      lo = hi + 1;
      hi = lo + step;
      step *= 2;
    }
    if (hi > spans.length) hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((spans[mid] as Span).start < offset) lo = mid + 1;
      else hi = mid;
    }
    from = lo;
    return lo;
  };
}

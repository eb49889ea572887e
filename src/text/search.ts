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

/** Index of the span that contains `offset`, or -1. Spans must not overlap. */
export function containing(spans: readonly Span[], offset: number): number {
  const i = firstAtOrAfter(spans, offset + 1) - 1;
  const s = spans[i];
  return s && s.start <= offset && offset < s.end ? i : -1;
}

/** Span tests the sentiment steps share: masked names and titles, quoted speech. */
import { firstAtOrAfter } from '../../text/search';
import type { Span } from '../../types';

/** True when `h` overlaps any of the sorted, non-overlapping `spans`. */
export function overlapsAny(spans: readonly Span[], h: Span): boolean {
  const i = firstAtOrAfter(spans, h.end) - 1;
  const m = spans[i];
  return m !== undefined && m.end > h.start;
}

/** The outermost of `spans`, sorted by start: a span inside another (an inner quote) is dropped. */
export function outermost(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const q of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (!last || q.start >= last.end) out.push(q);
  }
  return out;
}

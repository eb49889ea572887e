import type { Span } from '../../types';

/**
 * A test of whether one of `spans` holds a span wholly: the spans sorted by start with the
 * furthest end reached so far, searched by halves, so a text's many mentions are not each read
 * again for every span asked about.
 */
export function coverTest(spans: readonly Span[]): (m: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((x) => x.start);
  const reach: number[] = [];
  let far = -1;
  for (const x of sorted) {
    far = Math.max(far, x.end);
    reach.push(far);
  }
  return (m: Span): boolean => {
    // The last span starting at or before m.start.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= m.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) >= m.end;
  };
}

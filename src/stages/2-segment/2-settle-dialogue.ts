/** Pass 2 of stage 2: weak script lines read against their neighbours. */
import { reclassified, wholeLine, type Line, type Lines } from './line-class';

/**
 * A script line whose words look like a title ("Batman: The Animated Series") is speech only next
 * to a strong script line (blank lines between aside); alone it is what its shape says, a heading
 * or prose. Returns the lines with those read again.
 */
export function settleDialogue(lines: Lines): (Line | null)[] {
  const nonBlank: number[] = [];
  lines.forEach((l, i) => {
    if (l) nonBlank.push(i);
  });
  const isStrong = (at: number | undefined): boolean => {
    const cls = at === undefined ? undefined : lines[at]?.cls;
    return cls?.kind === 'dialogue' && cls.strongDialogue;
  };
  const out = [...lines];
  nonBlank.forEach((i, k) => {
    const line = lines[i] as Line;
    const cls = line.cls;
    if (cls.kind !== 'dialogue' || cls.strongDialogue) return;
    if (!isStrong(nonBlank[k - 1]) && !isStrong(nonBlank[k + 1])) out[i] = reclassified(line, wholeLine(cls.fallback, line.end - line.start));
  });
  return out;
}

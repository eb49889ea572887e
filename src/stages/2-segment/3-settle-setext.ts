/** Pass 3 of stage 2: setext underlines. */
import { plainLine, reclassified, wholeHeading, type Line, type Lines } from './line-class';
import { LIST_MARK } from './title-shape';

/**
 * A setext underline (`===` / `---` under a line) makes the line of prose above it a heading, and
 * is itself a separator. An underline on the very first line has nothing above it and stays as
 * it is (the segmenter reads it as prose). Under a list item (`- item`, `1. item`) it is a rule that
 * closes the list, as markdown reads it, not an underline.
 */
export function settleSetext(view: string, lines: Lines): (Line | null)[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const line = out[i];
    const above = out[i - 1];
    if (line?.cls.kind !== 'setext') continue;
    out[i] = reclassified(line, plainLine('separator'));
    if (above && above.cls.kind === 'text' && !LIST_MARK.test(view.slice(above.start, above.end))) out[i - 1] = reclassified(above, wholeHeading('heading', 'bare', above.end - above.start));
  }
  return out;
}

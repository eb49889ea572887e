/** Pass 1 of stage 2: the view's lines, trimmed, each classified by {@link classifyLine}. */
import { classifyLine } from './1-classify-line';
import type { Line } from './line-class';

/**
 * Splits the view into trimmed non-blank lines (blank lines become `null`) and classifies each,
 * knowing whether it stands inside a code fence. Indents count only the spaces and tabs of `text`
 * (the view's spaces for a `<br />` are no indent).
 */
export function readLines(view: string, text: string): (Line | null)[] {
  const lines: (Line | null)[] = [];
  let inFence = false;
  let pos = 0;
  while (pos <= view.length) {
    let nl = view.indexOf('\n', pos);
    if (nl < 0) nl = view.length;
    let s = pos;
    let e = nl;
    let indent = 0;
    while (s < e && (view[s] === ' ' || view[s] === '\t')) {
      if (text[s] === ' ' || text[s] === '\t') indent += text[s] === '\t' ? 4 : 1;
      else indent = 0;
      s++;
    }
    while (e > s && (view[e - 1] === ' ' || view[e - 1] === '\t')) e--;
    if (s === e) lines.push(null);
    else {
      const cls = classifyLine(view.slice(s, e), inFence);
      if (cls.kind === 'fence') inFence = !inFence;
      lines.push({ start: s, end: e, cls, indent });
    }
    pos = nl + 1;
  }
  return lines;
}

/** Pass 5 of stage 2: YAML front matter. */
import type { Span } from '../../types';
import type { Lines } from './line-class';

/** How far down the closing `---` of front matter may stand. */
const MAX_FRONT_MATTER_LINES = 60;

/** The front matter of a text: the indices of its opening and closing lines and the span of its `title:` value. */
export interface FrontMatter {
  open: number;
  close: number;
  title: Span | null;
}

/**
 * YAML front matter (`---` … `---` at the very top, as static-site blogs write it): its lines are
 * metadata, neither headings nor paragraphs. Null when the text opens otherwise.
 */
export function frontMatter(view: string, lines: Lines): FrontMatter | null {
  const first = lines.findIndex((l) => l !== null);
  const open = lines[first];
  // It opens the file (a BOM aside) and every line inside reads as YAML.
  if (first !== 0 || !open || view.slice(open.start, open.end) !== '---' || view.slice(0, open.start).trim() !== '') return null;
  for (let i = first + 1; i < lines.length && i <= first + MAX_FRONT_MATTER_LINES; i++) {
    const line = lines[i];
    if (!line) continue;
    const text = view.slice(line.start, line.end);
    if (text !== '---' && text !== '...') {
      if (!/^(?:[\w-]+:|- |#)/.test(text) && view[line.start - 1] !== ' ') return null;
      continue;
    }
    let title: Span | null = null;
    for (let k = first + 1; k < i && !title; k++) {
      const l = lines[k];
      const value = l ? yamlTitle(view, l) : null;
      if (value) title = value;
    }
    return { open: first, close: i, title };
  }
  return null;
}

/** The span of the value of a `title: "…"` line, without its quotes; null for other lines. */
function yamlTitle(view: string, line: Span): Span | null {
  if (!view.startsWith('title:', line.start)) return null;
  let start = line.start + 'title:'.length;
  let end = line.end;
  while (start < end && view[start] === ' ') start++;
  const q = view[start];
  if ((q === '"' || q === "'") && end - start >= 2 && view[end - 1] === q) {
    start++;
    end--;
  }
  return end > start ? { start, end } : null;
}

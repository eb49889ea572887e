/**
 * Stage 2: segment sections.
 *
 * Reads the view line by line (one pass), classifies each line with {@link classifyLine}, and
 * groups lines into a title, sections, paragraphs and script lines. Every non-blank character ends
 * up inside exactly one section.
 */
import type { Heading, HeadingKind, Span } from '../types';
import { isWordChar } from '../text/chars';
import { classifyLine, isTitleLine, type LineClass } from './classify-line';
import { scriptShapes, type ScriptShape } from './script-shapes';
import type { Block, DialogueLine, NormalizedText, SectionDraft, Segmentation } from './stage-types';

interface Line extends Span {
  cls: LineClass;
  /** Leading white space of the line, a tab counting four. */
  indent: number;
}

/**
 * Splits the view into trimmed non-blank lines (blank lines become `null`). Indents count only
 * the spaces and tabs of `text` (the view's spaces for a `<br />` are no indent).
 */
function readLines(view: string, text: string): (Line | null)[] {
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

/**
 * YAML front matter (`---` … `---` at the very top, as static-site blogs write it): its lines are
 * metadata, neither headings nor paragraphs. Returns the index of the closing line and the span
 * of the `title:` value, if any.
 */
function frontMatter(view: string, lines: (Line | null)[]): { close: number; title: Span | null } | null {
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
    return { close: i, title };
  }
  return null;
}

const MAX_FRONT_MATTER_LINES = 60;

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

/** Script lines whose words look like a title count only beside another script line. */
function settleDialogue(lines: (Line | null)[]): void {
  const nonBlank = lines.filter((l): l is Line => l !== null);
  nonBlank.forEach((line, i) => {
    if (line.cls.kind !== 'dialogue' || line.cls.strongDialogue) return;
    const prev = nonBlank[i - 1];
    const next = nonBlank[i + 1];
    const beside = [prev, next].some((l) => l?.cls.kind === 'dialogue' && l.cls.strongDialogue);
    if (!beside) line.cls = { ...line.cls, kind: line.cls.fallback, textStart: 0, textEnd: line.end - line.start };
  });
}

/** A setext underline (`===` / `---` under a line) makes the line above a heading. */
function settleSetext(lines: (Line | null)[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const above = lines[i - 1];
    if (line?.cls.kind !== 'setext') continue;
    line.cls = { ...line.cls, kind: 'separator' };
    if (above && above.cls.kind === 'text') {
      above.cls = { ...above.cls, kind: 'heading', textStart: 0, textEnd: above.end - above.start };
    }
  }
}

/** A list item ("- …", "* …", "1. …", "2) …"): in a list, a numbered line is an item, not a heading. */
const LIST_ITEM = /^(?:[-*+•]|\d{1,3}[.)]|[IVX]{1,5}[.)]|[A-Z][.)])\s?/;
/** Indented this far, a line continues a list item or is code: never a heading. */
const MAX_HEADING_INDENT = 4;

/**
 * Headings read against the lines around them (markdown headings are left alone):
 * - an indented line is never one, nor a line that closes the text (nothing under it);
 * - a question inside or at the end of a paragraph of prose is prose;
 * - a numbered line next to another list item belongs to a list;
 * - a line ending in a colon that ends a paragraph, or a sentence of six words or more that
 *   leads into a list or a quote, is prose.
 */
function settleHeadings(view: string, lines: (Line | null)[]): void {
  const text = (l: Line): string => view.slice(l.start, l.end);
  // Paragraphs apart by blank lines, or one line each: lines of prose next to each other are one
  // paragraph only in the first case.
  let glued = 0;
  let apart = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (b?.cls.kind !== 'text') continue;
    if (a?.cls.kind === 'text') glued++;
    else if (a === null && lines[i - 2]?.cls.kind === 'text') apart++;
  }
  const blankSeparated = apart >= glued;
  const nextNonBlank = (i: number): Line | undefined => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j]) return lines[j] as Line;
    return undefined;
  };
  const previousNonBlank = (i: number): Line | undefined => {
    for (let j = i - 1; j >= 0; j--) if (lines[j]) return lines[j] as Line;
    return undefined;
  };
  const isListItem = (l: Line | undefined): boolean => l !== undefined && (l.cls.mark === 'numbered' || (l.cls.kind === 'text' && LIST_ITEM.test(text(l))));
  const demote = (l: Line): void => {
    l.cls = { ...l.cls, kind: 'text', textStart: 0, textEnd: l.end - l.start };
  };
  lines.forEach((line, i) => {
    if (!line || (line.cls.kind !== 'heading' && line.cls.kind !== 'question') || line.cls.mark === 'markdown') return;
    if (line.indent >= MAX_HEADING_INDENT) return demote(line);
    const prose = (l: Line | null | undefined): boolean => l?.cls.kind === 'text' && !LIST_ITEM.test(text(l));
    const afterProse = prose(lines[i - 1]);
    const beforeProse = prose(lines[i + 1]);
    const next = nextNonBlank(i);
    // Nothing under it: the line closes the text ("Here's the trailer:", "What do you think?").
    if (next === undefined) return demote(line);
    if (line.cls.kind === 'question') {
      if (afterProse && (blankSeparated || !beforeProse)) demote(line);
      return;
    }
    if (line.cls.mark === 'numbered') {
      if (isListItem(next) || isListItem(previousNonBlank(i))) demote(line);
      return;
    }
    if (line.cls.mark === 'colon') {
      const leadsIn = next !== undefined && (LIST_ITEM.test(text(next)) || QUOTE_START.has(view[next.start] as string));
      const sentence = lineWordCount(text(line)) >= MIN_COLON_SENTENCE_WORDS;
      if ((afterProse && blankSeparated) || (leadsIn && sentence)) demote(line);
    }
  });
}

/** Characters that open a quote or a block quote. */
const QUOTE_START = new Set(['"', '“', '‘', "'", '«', '>', '「']);
/** A line ending in a colon with this many words reads as a sentence. */
const MIN_COLON_SENTENCE_WORDS = 6;

function lineWordCount(line: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of line) {
    const w = ch !== ' ' && ch !== '\t';
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** A line's text for comparing with the title: lower case, quote marks and outer punctuation dropped. */
function comparable(line: string): string {
  const t = line.toLowerCase().replace(/[‘’“”"'«»]/g, '');
  let a = 0;
  let b = t.length;
  while (a < b && !isWordChar(t[a])) a++;
  while (b > a && !isWordChar(t[b - 1])) b--;
  return t.slice(a, b);
}

/**
 * A quick test that `line` may read `key` once made {@link comparable}: its first and last letters
 * or digits are the key's (in lower case), which most lines fail without being lower-cased whole.
 * False only when `comparable(line) !== key` for sure.
 */
function mayRead(line: string, key: string): boolean {
  if (key === '') return true;
  let a = 0;
  while (a < line.length && !isWordChar(line[a])) a++;
  let b = line.length - 1;
  while (b > a && !isWordChar(line[b])) b--;
  // Only ASCII letters are compared: other letters may lower-case to another length or form.
  const same = (ch: string | undefined, k: string | undefined): boolean => ch === undefined || ch.charCodeAt(0) >= 128 || ch.toLowerCase() === k;
  return same(line[a], key[0]) && same(line[b], key[key.length - 1]);
}

function headingOf(text: string, line: Line, kind: HeadingKind): Heading {
  let start = line.start + line.cls.textStart;
  let end = line.start + line.cls.textEnd;
  // The view turned NBSP and BOM into spaces; trim the original the same way.
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end, text: text.slice(start, end), kind };
}

/** Stage 2: title, sections with paragraphs, blocks for sentence splitting, script lines. */
export function segmentSections(input: NormalizedText): Segmentation {
  const lines = readLines(input.view, input.text);
  settleDialogue(lines);
  settleSetext(lines);
  settleHeadings(input.view, lines);

  const sections: SectionDraft[] = [];
  const blocks: Block[] = [];
  const dialogue: DialogueLine[] = [];
  let title: Heading | null = null;
  let paragraph: Span | null = null;

  const current = (at: number): SectionDraft => {
    let s = sections[sections.length - 1];
    if (!s) {
      s = { start: at, end: at, heading: null, paragraphs: [] };
      sections.push(s);
    }
    return s;
  };
  const closeParagraph = (): void => {
    if (!paragraph) return;
    const s = current(paragraph.start);
    s.paragraphs.push(paragraph);
    blocks.push({ start: paragraph.start, end: paragraph.end, sectionIndex: sections.length - 1, isHeading: false });
    paragraph = null;
  };

  const meta = frontMatter(input.view, lines);
  if (meta) {
    const open = lines.findIndex((l) => l !== null);
    const first = lines[open] as Line;
    const close = lines[meta.close] as Line;
    const heading = meta.title ? { ...meta.title, text: input.text.slice(meta.title.start, meta.title.end), kind: 'title' as const } : null;
    title = heading;
    sections.push({ start: first.start, end: close.end, heading, paragraphs: [] });
    if (heading) blocks.push({ start: heading.start, end: heading.end, sectionIndex: 0, isHeading: true });
    lines.fill(null, open, meta.close + 1);
  }
  // The title's comparable text, worked out once per title.
  let titleKey: { of: Heading; key: string } | null = null;
  const repeats = (lineText: string, of: Heading): boolean => {
    if (titleKey?.of !== of) titleKey = { of, key: comparable(input.view.slice(of.start, of.end)) };
    return mayRead(lineText, titleKey.key) && comparable(lineText) === titleKey.key;
  };
  const firstIndex = meta?.title ? -1 : lines.findIndex((l) => l !== null);
  const hasMore = lines.some((l, i) => l !== null && i > firstIndex);
  // Script lines of other shapes (`> Name: words`, `[Name] words`, a cue in capitals over the speech).
  const shapes = new Map<number, ScriptShape>(scriptShapes(input.view, lines).map((s) => [s.first, s]));
  let shapeEnd = -1;
  lines.forEach((line, i) => {
    if (i <= shapeEnd) return;
    if (!line) {
      closeParagraph();
      return;
    }
    const shape = shapes.get(i);
    if (shape) {
      closeParagraph();
      dialogue.push({ speaker: shape.speaker, words: shape.words });
      const end = (lines[shape.last] as Line).end;
      paragraph = { start: line.start, end };
      current(line.start).end = end;
      closeParagraph();
      shapeEnd = shape.last;
      return;
    }
    const lineText = input.view.slice(line.start, line.end);
    const kind = line.cls.kind;
    const isTitle = i === firstIndex && hasMore && isTitleLine(lineText, line.cls);
    // A scraped page often repeats its title as the first heading of the body.
    const repeatsTitle = title !== null && kind === 'text' && repeats(lineText, title);
    if (isTitle || repeatsTitle || kind === 'heading' || kind === 'question') {
      closeParagraph();
      const heading = headingOf(input.text, line, isTitle ? 'title' : kind === 'question' ? 'question' : 'heading');
      if (isTitle) title = heading;
      sections.push({ start: line.start, end: line.end, heading, paragraphs: [] });
      blocks.push({ start: heading.start, end: heading.end, sectionIndex: sections.length - 1, isHeading: true });
      return;
    }
    if (kind === 'separator' || kind === 'fence') {
      closeParagraph();
      current(line.start).end = line.end;
      return;
    }
    if (kind === 'dialogue') {
      closeParagraph();
      const speakerEnd = line.start + line.cls.speakerEnd;
      dialogue.push({ speaker: { start: line.start, end: speakerEnd }, words: { start: line.start + line.cls.textStart, end: line.end } });
      paragraph = { start: line.start, end: line.end };
      current(line.start).end = line.end;
      closeParagraph();
      return;
    }
    if (paragraph) paragraph.end = line.end;
    else paragraph = { start: line.start, end: line.end };
    current(line.start).end = line.end;
  });
  closeParagraph();
  coverMarkup(input.text, sections);
  return { title, sections, blocks, dialogue };
}

/**
 * The view blanks out markup (`<br />`) and control characters, but they are characters of the
 * text: each section reaches over them up to the next section, so none is left outside.
 */
function coverMarkup(text: string, sections: SectionDraft[]): void {
  const blank = (i: number): boolean => /\s/.test(text[i] as string);
  const first = sections[0];
  if (!first) {
    let s = 0;
    let e = text.length;
    while (s < e && blank(s)) s++;
    while (e > s && blank(e - 1)) e--;
    if (e > s) sections.push({ start: s, end: e, heading: null, paragraphs: [] });
    return;
  }
  let s = 0;
  while (s < first.start && blank(s)) s++;
  first.start = s;
  sections.forEach((section, i) => {
    const limit = sections[i + 1]?.start ?? text.length;
    let e = limit;
    while (e > section.end && blank(e - 1)) e--;
    section.end = e;
  });
}

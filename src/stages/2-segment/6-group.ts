/**
 * Pass 6 of stage 2: the settled lines grouped into a title, sections with paragraphs, blocks for
 * sentence splitting and script lines.
 */
import type { Heading, HeadingKind, Span } from '../../types';
import { scriptShapes, type ScriptShape } from './script-shapes';
import type { Block, DialogueLine, SectionDraft, Segmentation } from '../stage-types';
import type { FrontMatter } from './5-front-matter';
import { plainLine, type Line, type LineClass, type Lines } from './line-class';
import { isWordChar } from '../../text/chars';
import { comparable, isLowerStart, isTitleLine, mayRead } from './title-shape';

/** A heading of the original text: the line's heading text (the whole line for prose), trimmed. */
function headingOf(text: string, line: Line, kind: HeadingKind): Heading {
  const cls = line.cls;
  const marked = cls.kind === 'heading' || cls.kind === 'question';
  let start = marked ? line.start + cls.textStart : line.start;
  let end = marked ? line.start + cls.textEnd : line.end;
  // The view turned NBSP and BOM into spaces; trim the original the same way.
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end, text: text.slice(start, end), kind };
}

/**
 * Groups the lines in one pass. The first line is the title when it reads as one and more lines
 * follow, unless its sentence runs on into the next line (which opens in lower case), and so is a
 * first line shaped `Name: words` standing as a paragraph over prose (a report's headline); a
 * line of prose that repeats the title is a heading; script lines, in any of the shapes
 * {@link scriptShapes} reads or as `Name : words`, are paragraphs of their own. The sections are
 * not yet stretched over blanked-out markup.
 */
export function groupLines(view: string, text: string, settled: Lines, meta: FrontMatter | null): Segmentation {
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

  let lines = settled;
  if (meta) {
    const first = lines[meta.open] as Line;
    const close = lines[meta.close] as Line;
    const heading = meta.title ? { ...meta.title, text: text.slice(meta.title.start, meta.title.end), kind: 'title' as const } : null;
    title = heading;
    sections.push({ start: first.start, end: close.end, heading, paragraphs: [] });
    if (heading) blocks.push({ start: heading.start, end: heading.end, sectionIndex: 0, isHeading: true });
    lines = lines.map((l, i) => (i >= meta.open && i <= meta.close ? null : l));
  }
  // The title's comparable text, worked out once per title.
  let titleKey: { of: Heading; key: string } | null = null;
  const repeats = (lineText: string, of: Heading): boolean => {
    if (titleKey?.of !== of) titleKey = { of, key: comparable(view.slice(of.start, of.end)) };
    return mayRead(lineText, titleKey.key) && comparable(lineText) === titleKey.key;
  };
  const firstIndex = meta?.title ? -1 : lines.findIndex((l) => l !== null);
  const second = lines.find((l, i) => l !== null && i > firstIndex);
  const hasMore = second !== undefined && second !== null;
  // A first line whose sentence runs on into a next line in lower case is its first half, no title.
  const runsOn = (first: string): boolean => hasMore && isWordChar(first[first.length - 1]) && isLowerStart(view.slice(second.start, second.end));
  // A first line shaped `Name: words`, a paragraph of its own over prose, is a report's headline
  // ("Arthur Hailey: King of the bestsellers"), not a line the person speaks.
  const headline = (first: string, cls: LineClass): boolean =>
    cls.kind === 'dialogue' && lines[firstIndex + 1] === null && second?.cls.kind === 'text' && isTitleLine(first, plainLine('text'));
  // Script lines of other shapes (`> Name: words`, `[Name] words`, a cue in capitals over the speech).
  const shapes = new Map<number, ScriptShape>(scriptShapes(view, lines).map((s) => [s.first, s]));
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
    const lineText = view.slice(line.start, line.end);
    const cls = line.cls;
    const isTitle = i === firstIndex && hasMore && (isTitleLine(lineText, cls) || headline(lineText, cls)) && !runsOn(lineText);
    // A scraped page often repeats its title as the first heading of the body.
    const repeatsTitle = title !== null && cls.kind === 'text' && repeats(lineText, title);
    if (isTitle || repeatsTitle || cls.kind === 'heading' || cls.kind === 'question') {
      closeParagraph();
      const heading = headingOf(text, line, isTitle ? 'title' : cls.kind === 'question' ? 'question' : 'heading');
      if (isTitle) title = heading;
      sections.push({ start: line.start, end: line.end, heading, paragraphs: [] });
      blocks.push({ start: heading.start, end: heading.end, sectionIndex: sections.length - 1, isHeading: true });
      return;
    }
    if (cls.kind === 'separator' || cls.kind === 'fence') {
      closeParagraph();
      current(line.start).end = line.end;
      return;
    }
    if (cls.kind === 'dialogue') {
      closeParagraph();
      dialogue.push({ speaker: { start: line.start, end: line.start + cls.speakerEnd }, words: { start: line.start + cls.textStart, end: line.end } });
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
  return { title, sections, blocks, dialogue };
}

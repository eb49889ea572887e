/**
 * What one line of the text is, as the passes of stage 2 read it: a tagged union on `kind`, so each
 * kind carries only the fields that mean something for it.
 */
import type { Span } from '../../types';

/**
 * How a heading line is marked: `markdown` (`#`, a bold-only line: always a heading), `numbered`
 * (`III. Verdict`, `2) The cast`), `colon` (ends in a colon), `scored` (a part of the work and its
 * score: `Art: 9/10`), or `bare` (a question or a title-like line). The segmenter checks all but
 * `markdown` against the lines around them.
 */
export type HeadingMark = 'markdown' | 'numbered' | 'colon' | 'scored' | 'bare';

/** A heading or a question line; `textStart`/`textEnd` are offsets into the line of its text (after `#` marks, inside `**`). */
export interface HeadingLine {
  kind: 'heading' | 'question';
  mark: HeadingMark;
  textStart: number;
  textEnd: number;
}

/**
 * A script line `Name : words`: the speaker runs from the line's start to `speakerEnd`, the words
 * from `textStart` to the line's end.
 */
interface ScriptLineSpans {
  kind: 'dialogue';
  speakerEnd: number;
  textStart: number;
}

/** A script line whose words cannot be a title ("Gyeong-So : Yes, what?"): speech wherever it stands. */
export interface StrongScriptLine extends ScriptLineSpans {
  strongDialogue: true;
}

/**
 * A script line whose words read like a title ("Batman: The Animated Series"): speech only beside
 * a strong script line, else `fallback`.
 */
export interface WeakScriptLine extends ScriptLineSpans {
  strongDialogue: false;
  fallback: 'heading' | 'text';
}

/**
 * A line with no inner spans: prose (`text`), a separator (`***`, an empty `#`), a setext underline
 * (`===`, `---`, which may promote the line above to a heading) or a code fence.
 */
export interface PlainLine {
  kind: 'text' | 'separator' | 'setext' | 'fence';
}

/** A classified line. */
export type LineClass = HeadingLine | StrongScriptLine | WeakScriptLine | PlainLine;

/** A trimmed non-blank line of the view, classified. */
export interface Line extends Span {
  cls: LineClass;
  /** Leading white space of the line, a tab counting four. */
  indent: number;
}

/** The lines of the view in order, `null` for a blank one. */
export type Lines = readonly (Line | null)[];

/** A line of one of the kinds without spans. */
export function plainLine(kind: PlainLine['kind']): PlainLine {
  return { kind };
}

/** A heading or question whose text is the whole line of `length` characters. */
export function wholeHeading(kind: HeadingLine['kind'], mark: HeadingMark, length: number): HeadingLine {
  return { kind, mark, textStart: 0, textEnd: length };
}

/** A title-like heading that is the whole line of `length` characters, or a line of prose. */
export function wholeLine(kind: 'heading' | 'text', length: number): HeadingLine | PlainLine {
  return kind === 'heading' ? wholeHeading(kind, 'bare', length) : plainLine(kind);
}

/** `line` with its class replaced. */
export function reclassified(line: Line, cls: LineClass): Line {
  return { ...line, cls };
}

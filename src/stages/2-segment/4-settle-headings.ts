/** Pass 4 of stage 2: headings read against the lines around them. */
import { QUOTE_OPENERS } from '../../data/heading-words';
import { plainLine, reclassified, type Line, type Lines } from './line-class';
import { isTitleLine } from './title-shape';

/** A list item ("- …", "* …", "1. …", "2) …"): in a list, a numbered line is an item, not a heading. */
const LIST_ITEM = /^(?:[-*+•]|\d{1,3}[.)]|[IVX]{1,5}[.)]|[A-Z][.)])\s?/;
/** Indented this far, a line continues a list item or is code: never a heading. */
const MAX_HEADING_INDENT = 4;
/** A line ending in a colon with this many words reads as a sentence. */
const MIN_COLON_SENTENCE_WORDS = 6;

/** At least this many lone questions, each over a paragraph, make a text a Q&A whose questions are headings. */
const MIN_QA_QUESTIONS = 2;

/** At most this many words in a sign-off line ("Regards,", "Yours truly,") above a signature. */
const MAX_SIGN_OFF_WORDS = 3;

/** The nearest non-blank line from `i` in the direction `step`, above index `floor`; undefined if none. */
function nearestLine(lines: Lines, i: number, step: 1 | -1, floor: number): Line | undefined {
  for (let j = i + step; j > floor && j < lines.length; j += step) if (lines[j]) return lines[j] as Line;
  return undefined;
}

/** Words of a line, counted as runs of characters other than spaces and tabs. */
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

/**
 * True when the text parts its paragraphs with blank lines rather than writing one per line:
 * lines of prose next to each other are one paragraph only then.
 */
function partsWithBlankLines(lines: Lines): boolean {
  let glued = 0;
  let apart = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (b?.cls.kind !== 'text') continue;
    if (a?.cls.kind === 'text') glued++;
    else if (a === null && lines[i - 2]?.cls.kind === 'text') apart++;
  }
  return apart >= glued;
}

/**
 * Headings read against the lines around them (markdown headings are left alone), each reading
 * the lines before it as already settled:
 * - an indented line is never one, nor a line that closes the text (nothing under it);
 * - a question inside or at the end of a paragraph of prose is prose, and so is one next to
 *   another question line (a run of questions);
 * - a lone question, a paragraph of its own, heads the paragraph under it only in a Q&A: a text
 *   with two or more such questions over paragraphs, or one whose only question comes before any
 *   prose; in other texts it is a rhetorical question between paragraphs, prose, even when the
 *   writer answers it ("Would I watch it again? Probably.");
 * - a line that is no list item between two list items is an item of the list;
 * - a numbered line next to another list item belongs to a list;
 * - a line ending in a colon that ends a paragraph, or a sentence of six words or more that
 *   leads into a list or a quote, is prose;
 * - a line under a short sign-off ending in a comma ("Regards,") is the writer's signature;
 * - a title-like line glued under prose, in a text that parts paragraphs with blank lines, is a
 *   line of that paragraph (a list or a verse written line by line);
 * - title-like lines standing one after another with no prose under them are a list (award
 *   nominees, showtimes, credits), not headings: a line right over another such line has no body,
 *   and the last of them is a heading only when prose follows it on the next line; the first line
 *   of the text, which may be the title, is not counted in such a run; parts and their scores
 *   (`Art: 9/10`) one after another are likewise a score table.
 * Returns the lines with those headings turned into prose.
 */
export function settleHeadings(view: string, lines: Lines): (Line | null)[] {
  const out = [...lines];
  const text = (l: Line): string => view.slice(l.start, l.end);
  const blankSeparated = partsWithBlankLines(lines);
  const nextNonBlank = (i: number): Line | undefined => nearestLine(out, i, 1, -1);
  const previousNonBlank = (i: number): Line | undefined => nearestLine(out, i, -1, -1);
  const isListItem = (l: Line | undefined): boolean =>
    l !== undefined && ((l.cls.kind === 'heading' && l.cls.mark === 'numbered') || (l.cls.kind === 'text' && LIST_ITEM.test(text(l))));
  const prose = (l: Line | null | undefined): boolean => l?.cls.kind === 'text' && !LIST_ITEM.test(text(l));
  const demoted = (l: Line): Line => reclassified(l, plainLine('text'));
  const firstIndex = lines.findIndex((l) => l !== null);
  const bareHeading = (l: Line | null | undefined): boolean => l?.cls.kind === 'heading' && l.cls.mark === 'bare';
  // Neighbours as first read, so a run of list lines is found whatever was demoted before it.
  const neighbour = (i: number, step: 1 | -1): Line | undefined => nearestLine(lines, i, step, firstIndex);
  const signOff = (l: Line | undefined): boolean =>
    l !== undefined && l.cls.kind === 'text' && text(l).endsWith(',') && lineWordCount(text(l)) <= MAX_SIGN_OFF_WORDS;
  const scored = (l: Line | null | undefined): boolean => l?.cls.kind === 'heading' && l.cls.mark === 'scored';
  const question = (l: Line | null | undefined): boolean => l?.cls.kind === 'question';
  // Questions as first read: one standing as a paragraph of its own, and whether a paragraph follows it.
  const loneQuestion = (i: number): boolean => {
    const l = lines[i];
    if (l?.cls.kind !== 'question' || l.cls.mark === 'markdown') return false;
    if (prose(lines[i - 1]) && (blankSeparated || !prose(lines[i + 1]))) return false;
    return !question(lines[i - 1]) && !question(lines[i + 1]);
  };
  const answered = (i: number): boolean => neighbour(i, 1)?.cls.kind === 'text';
  let answeredQuestions = 0;
  let firstProse = lines.length;
  lines.forEach((l, i) => {
    // The first line counts as prose unless it may be the title.
    if (l && firstProse === lines.length && prose(l) && (i !== firstIndex || !isTitleLine(text(l), l.cls))) firstProse = i;
    if (i > firstIndex && loneQuestion(i) && answered(i)) answeredQuestions++;
  });
  const qaText = answeredQuestions >= MIN_QA_QUESTIONS;
  const headsAnswer = (i: number): boolean => {
    if (!loneQuestion(i)) return false;
    return qaText || (answered(i) && i < firstProse);
  };
  const betweenListItems = (i: number): boolean => {
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    return before?.cls.kind === 'text' && after?.cls.kind === 'text' && LIST_ITEM.test(text(before)) && LIST_ITEM.test(text(after));
  };
  out.forEach((line, i) => {
    if (!line || (line.cls.kind !== 'heading' && line.cls.kind !== 'question') || line.cls.mark === 'markdown') return;
    const next = nextNonBlank(i);
    // Nothing under it: the line closes the text ("Here's the trailer:", "What do you think?").
    if (line.indent >= MAX_HEADING_INDENT || next === undefined) {
      out[i] = demoted(line);
      return;
    }
    const afterProse = prose(out[i - 1]);
    let demote = false;
    if (line.cls.mark !== 'colon' && line.cls.mark !== 'numbered' && i !== firstIndex && betweenListItems(i)) demote = true;
    else if (line.cls.kind === 'question') demote = i !== firstIndex && !headsAnswer(i);
    else if (line.cls.mark === 'scored') demote = scored(neighbour(i, 1)) || (scored(neighbour(i, -1)) && !prose(lines[i + 1]));
    else if (line.cls.mark === 'bare' && i !== firstIndex) {
      const before = neighbour(i, -1);
      // The last line of a list has no body of its own either, unless prose follows it at once.
      const listEnd = bareHeading(before) && !prose(lines[i + 1]);
      // Glued under a line of prose, in a text that parts paragraphs with blank lines, it is a line of that paragraph.
      demote = signOff(before) || bareHeading(neighbour(i, 1)) || listEnd || (afterProse && blankSeparated);
    } else if (line.cls.mark === 'numbered') demote = isListItem(next) || isListItem(previousNonBlank(i));
    else if (line.cls.mark === 'colon') {
      const leadsIn = LIST_ITEM.test(text(next)) || QUOTE_OPENERS.has(view[next.start] as string);
      const sentence = lineWordCount(text(line)) >= MIN_COLON_SENTENCE_WORDS;
      demote = (afterProse && blankSeparated) || (leadsIn && sentence);
    }
    if (demote) out[i] = demoted(line);
  });
  return out;
}

/**
 * Stage 5: find quotes. The passes, in order:
 *
 * 1. Marks ({@link allMarks}): one search for every quote mark of the text.
 * 2. Pairs ({@link marksInBlock}), block by block: curly and straight double quotes, curly and
 *    straight single quotes that are not apostrophes, guillemets and CJK brackets. Inner quotes stay
 *    inside the outer one. A quote never crosses a heading or paragraph: in the news convention
 *    (the paragraph ends inside the quote and the next one reopens it) each paragraph's part is a
 *    quote of its own, from its mark to the paragraph's end. A double mark
 *    left open, followed by a quote reopening with the same mark after a sentence end, is a quote up
 *    to that end (news flattening a quote that ran over paragraphs). Script lines are skipped.
 * 3. Kinds ({@link assignKinds}): `title`, `speech` or `term`.
 * 4. Script lines `Name : words` from stage 2 are `dialogue`.
 * Every pass is linear: one search for all quote marks, then one pass per block over its marks with
 * a stack of open marks.
 */
import type { Annotation, DialogueQuoteDraft, MarkedQuoteDraft, NormalizedText, QuoteDraft, QuoteFinding, Segmentation, WorkDraft } from '../stage-types';
import { REVIEW_ASPECT_LABELS } from '../../data/quote-pairs';
import { HAS_LETTER_OR_DIGIT, isSpace } from '../../text/chars';
import type { Span } from '../../types';
import { assignKinds } from './kinds';
import { allMarks } from './marks';
import { marksInBlock } from './pairs';

/** True when the line holding offset `at` opens with a blockquote mark (`> Name: words`). */
function blockquoted(view: string, at: number): boolean {
  const line = view.lastIndexOf('\n', at - 1) + 1;
  return view.slice(line, at).trimStart().startsWith('>');
}

/**
 * The script lines but a headline and a review's labelled parts: a text's first line shaped `Name:
 * words` ("Arthur Hailey: King of the bestsellers") with no script line in the paragraph after it
 * is the title of a report about that person, not a line they speak; a text whose every label is
 * a part of what is reviewed ("Sound: …", "Overall: …") has no script lines, nor has one with a
 * single labelled line outside a blockquote.
 */
function withoutTitleLine(view: string, seg: Segmentation): Segmentation['dialogue'] {
  // "Sound: The dub is …": a review's rated parts, no one's lines; but only when every label is one
  // (a script's character may be called Art or Story: "ART: Where were you? / MARY: Out.").
  const aspect = (d: Segmentation['dialogue'][number]): boolean => REVIEW_ASPECT_LABELS.has(view.slice(d.speaker.start, d.speaker.end).trim().toLowerCase());
  const lines = seg.dialogue.length > 0 && seg.dialogue.every(aspect) ? [] : seg.dialogue;
  // One labelled line alone is no exchange ("Hey neighbours: here's a tip", "Harbour: The Long
  // Night …"): a writer's aside or a title, unless set off as a quoted script line (`> Rick: …`).
  if (lines.length === 1 && !blockquoted(view, (lines[0] as Segmentation['dialogue'][number]).speaker.start)) return [];
  const first = lines[0];
  if (!first || /\S/.test(view.slice(0, first.speaker.start))) return lines;
  const b = seg.blocks.findIndex((block) => block.start <= first.speaker.start && first.words.end <= block.end);
  const next = seg.blocks[b + 1];
  const second = lines[1];
  if (b < 0 || !next || (second && second.speaker.start >= next.start && second.speaker.start < next.end)) return lines;
  return lines.slice(1);
}

/**
 * The part of a quote that runs on past its paragraph (`“A.` ¶ `“B.”`): from its opening mark to
 * the paragraph's end, with no closing mark (an empty `close` at its end). Null when it holds no
 * letter or digit.
 */
function runOnPart(view: string, open: number, block: Span): MarkedQuoteDraft | null {
  let s = open + 1;
  let e = block.end;
  while (s < e && isSpace(view[s])) s++;
  while (e > s && isSpace(view[e - 1])) e--;
  if (!HAS_LETTER_OR_DIGIT.test(view.slice(s, e))) return null;
  return { start: s, end: e, kind: 'speech', open: { start: open, end: open + 1 }, close: { start: e, end: e } };
}

/** Stage 5: every quote, in document order, with its kind. */
export function findQuotes(input: NormalizedText, seg: Segmentation, ann: Annotation, works: readonly WorkDraft[]): QuoteFinding {
  // 1. marks
  const marks = allMarks(input.view);
  // 2. pairs
  const marked: MarkedQuoteDraft[] = [];
  const unclosed: number[] = [];
  const scriptLines = withoutTitleLine(input.view, seg);
  const dialogueStarts = new Set(scriptLines.map((d) => d.speaker.start));
  seg.blocks.forEach((block, b) => {
    if (dialogueStarts.has(block.start)) return;
    const { carry, open } = marksInBlock(input, block, marks, marked);
    // News style: a paragraph that ends inside a quote and a next one that opens with the same mark.
    const next = seg.blocks[b + 1];
    const runOn = carry !== null && next && !next.isHeading && !block.isHeading && input.view[next.start] === input.view[carry];
    // Each paragraph of a quote that runs on is a quote of its own: the next one's mark reopens it,
    // and the words on each side may be attributed apart (`“A.` ¶ `“B,” he went on.`).
    if (runOn) {
      const part = runOnPart(input.view, carry, block);
      if (part) marked.push(part);
    }
    for (const i of open) if (i !== carry || !runOn) unclosed.push(i);
  });
  // 3. kinds (a run-on part was pushed after the quotes inside it)
  marked.sort((a, b) => a.start - b.start);
  assignKinds(input, ann, works, marked, seg.title);
  // 4. script lines
  const dialogue = scriptLines.map((d): DialogueQuoteDraft => ({ start: d.words.start, end: d.words.end, kind: 'dialogue', scriptSpeaker: d.speaker }));
  const quotes: QuoteDraft[] = [...marked, ...dialogue];
  return { quotes: quotes.sort((a, b) => a.start - b.start), unclosed };
}

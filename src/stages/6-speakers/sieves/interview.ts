/**
 * Sieve, in interviews: a paragraph that opens with a quote, right after a paragraph or heading
 * that is only a question in the writer's voice (no quote marks: the interviewer's), is the
 * answer, and its speaker the interviewee: the one person the intro (the text before the first
 * such question) names. When the intro names none or several, nobody. Not in dialogue-heavy text,
 * where a question and a quote after it are two characters talking.
 */
import { QUOTE_CHARS } from '../../../data/quote-pairs';
import { isSpace, isUpper } from '../../../text/chars';
import type { Block, EntityDraft, MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { isOutletAt } from '../phrases';
import type { Context, Mention } from '../types';

/** Longest question line, in characters: a longer paragraph ending in "?" is prose. */
const MAX_QUESTION = 300;

/** Marks around an interviewer's line: `Q:`, `**…**`, `*…*`. */
const QUESTION_LEAD = /^(?:Q\s*[:.]\s*|\*{1,2})/;
const QUESTION_TAIL = /\*{1,2}$/;

/** True when the block is one question in the writer's own voice. */
function isQuestion(view: string, block: Block): boolean {
  if (block.end - block.start > MAX_QUESTION) return false;
  const text = view.slice(block.start, block.end).trim().replace(QUESTION_LEAD, '').replace(QUESTION_TAIL, '').trim();
  if (!text.endsWith('?')) return false;
  for (const ch of text) if (QUOTE_CHARS.has(ch)) return false;
  return true;
}

/** True when block `b` opens with a quote mark. */
function opensWithQuote(view: string, block: Block): boolean {
  return QUOTE_CHARS.has(view[block.start] as string);
}

/** The one person named outside quotes before the first question that a quoted answer follows; null when none or several. */
function interviewee(ctx: Context): Mention | null {
  const { view } = ctx.input;
  const { blocks } = ctx;
  let first = -1;
  for (let b = 1; b + 1 < blocks.length && first < 0; b++) {
    if (isQuestion(view, blocks[b] as Block) && opensWithQuote(view, blocks[b + 1] as Block)) first = b;
  }
  if (first < 0) return null;
  const introEnd = (blocks[first] as Block).start;
  let found: Mention | null = null;
  for (const m of ctx.mentions) {
    if (m.start >= introEnd) break;
    if (m.quoted || (ctx.entities[m.entity] as EntityDraft).kind !== 'person') continue;
    if (found && found.entity !== m.entity) return null;
    found = m;
  }
  return found && !unlistedName(ctx, introEnd) ? found : null;
}

/**
 * True when the intro holds a name the names stage did not list (two capitalised proper nouns in
 * a row outside every mention, not an outlet): it may be a second person, so the one listed is
 * not surely the interviewee.
 */
function unlistedName(ctx: Context, introEnd: number): boolean {
  const { tokens } = ctx.ann;
  let m = 0;
  let run: Token[] = [];
  const closes = (): boolean => run.length >= 2 && !isOutletAt(ctx, (run[0] as Token).start, (run.at(-1) as Token).end);
  for (let t = 0; t < tokens.length && (tokens[t] as Token).start < introEnd; t++) {
    const w = tokens[t] as Token;
    while (m < ctx.mentions.length && (ctx.mentions[m] as Mention).end <= w.start) m++;
    const covered = m < ctx.mentions.length && (ctx.mentions[m] as Mention).start <= w.start;
    if (!covered && w.pos === 'PROPN' && isUpper(w.value[0])) run.push(w);
    else {
      if (closes()) return true;
      run = [];
    }
  }
  return closes();
}

/** The interviewee, for a quote opening the paragraph after an interviewer's question. */
export function byInterview(ctx: Context, q: MarkedQuoteDraft, block: number): SpeakerDraft | null {
  if (ctx.dialogueHeavy || block < 1) return null;
  const { view } = ctx.input;
  const here = ctx.blocks[block] as Block;
  // Only white space between the paragraph's start and the quote: read back from the quote, so a
  // quote deep in a long paragraph costs one step, not the paragraph.
  let i = q.open.start - 1;
  while (i >= here.start && isSpace(view[i])) i--;
  if (i >= here.start || !isQuestion(view, ctx.blocks[block - 1] as Block)) return null;
  if (ctx.interviewee === undefined) ctx.interviewee = interviewee(ctx);
  const m = ctx.interviewee;
  return m ? { span: { start: m.start, end: m.end }, entity: m.entity, via: 'context' } : null;
}

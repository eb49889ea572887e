/**
 * Sieve, in reports: a piece of one person's memories ("Rob Hale, her manager for ten years,
 * remembers the singer."): its intro hands it to a listed person with a verb of looking back, and
 * its quotes, given no speaker by the sieves before, are that person's. Not once a quote was given
 * anyone else (a second voice: the quotes with none may be theirs), not in dialogue-heavy text.
 */
import { RECOLLECTION_VERBS } from '../../../data/speaker-words';
import { firstAtOrAfter } from '../../../text/search';
import type { Block, EntityDraft, SpeakerDraft, Token } from '../../stage-types';
import type { Context, Mention } from '../types';

/** The last block of the intro: the title and the two paragraphs after it. */
const INTRO_BLOCKS = 2;

/** Longest aside between the person and the verb ("Rob Hale - her manager at Ivy Records -"), in tokens. */
const MAX_ASIDE_TOKENS = 16;

/** Marks that open and close an aside after a name. */
const ASIDE_MARKS: ReadonlySet<string> = new Set([',', '-', '–', '—']);

/**
 * The token after the person's mention ending at token `end - 1` that stands where its verb does:
 * past an aside set off by commas or dashes, when one follows. -1 when the aside does not close.
 */
function verbAfter(tokens: readonly Token[], end: number, sentence: number): number {
  const first = tokens[end];
  if (!first || first.sentence !== sentence || !ASIDE_MARKS.has(first.normal)) return end;
  for (let t = end + 1; t < tokens.length && t - end <= MAX_ASIDE_TOKENS; t++) {
    const w = tokens[t] as Token;
    if (w.sentence !== sentence) return -1;
    if (w.normal === first.normal) return t + 1;
  }
  return -1;
}

/** The listed person the intro hands the piece to with a verb of looking back; null when none or several. */
function memoirist(ctx: Context): Mention | null {
  const { tokens } = ctx.ann;
  const introEnd = (ctx.blocks[Math.min(INTRO_BLOCKS, ctx.blocks.length - 1)] as Block | undefined)?.end ?? 0;
  let found: Mention | null = null;
  for (const m of ctx.mentions) {
    if (m.start >= introEnd) break;
    if (m.quoted || (ctx.entities[m.entity] as EntityDraft).kind !== 'person') continue;
    const last = firstAtOrAfter(tokens, m.end) - 1;
    const sentence = (tokens[last] as Token | undefined)?.sentence ?? -1;
    const v = verbAfter(tokens, last + 1, sentence);
    const verb = tokens[v];
    if (v < 0 || !verb || verb.sentence !== sentence || !RECOLLECTION_VERBS.has(verb.normal)) continue;
    if (found && found.entity !== m.entity) return null;
    found = m;
  }
  return found;
}

/** The person whose memories the piece gives, for a quote after its intro that no sieve before gave a speaker. */
export function byMemoir(ctx: Context, block: number): SpeakerDraft | null {
  if (ctx.dialogueHeavy || block <= INTRO_BLOCKS) return null;
  if (ctx.memoirist === undefined) ctx.memoirist = memoirist(ctx);
  const m = ctx.memoirist;
  if (!m) return null;
  const { voice } = ctx;
  if (voice.mixed || (voice.speaker !== null && voice.speaker.entity !== m.entity)) return null;
  return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'context' };
}

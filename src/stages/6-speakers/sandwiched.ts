/** A paragraph of quoted words between two quotes of one person, in a report. */
import { containing, firstAtOrAfter } from '../../text/search';
import type { EntityDraft, MarkedQuoteDraft, QuoteDraft, SpeakerDraft } from '../stage-types';
import type { Context, Mention } from './types';

/** True when only white space stands between offsets `from` and `to`. */
const blank = (view: string, from: number, to: number): boolean => !/\S/.test(view.slice(from, to));

/**
 * After the sieves, outside dialogue-heavy text: a speech quote given nobody that is a paragraph
 * of its own, between the speech quotes right before and after it (in the paragraphs before and
 * after it), both given the same listed person, with no other person named outside quotes from
 * the one before to the one after (`“A,” said Ann Lee. Lee also tipped X.` ¶ `“B.”` ¶ `“C,” said
 * Ms Lee.`): a report quoting one person at length; it takes that speaker (`context`). In a novel,
 * the quote between two of one speaker's is as often the other speaker's reply, so it is not read there.
 */
export function backfillSandwiched(ctx: Context, quotes: readonly QuoteDraft[], speakers: (SpeakerDraft | null)[], denied: readonly boolean[]): void {
  if (ctx.dialogueHeavy) return;
  for (let i = 1; i + 1 < quotes.length; i++) {
    const q = quotes[i] as QuoteDraft;
    const before = quotes[i - 1] as QuoteDraft;
    const after = quotes[i + 1] as QuoteDraft;
    const prior = speakers[i - 1];
    const next = speakers[i + 1];
    if (speakers[i] || denied[i] || q.kind !== 'speech' || before.kind !== 'speech' || after.kind !== 'speech') continue;
    if (!prior || !next || prior.entity === null || prior.entity !== next.entity) continue;
    if ((ctx.entities[prior.entity] as EntityDraft).kind !== 'person') continue;
    if (!ownParagraph(ctx, q) || !paragraphsApart(ctx, before, q) || !paragraphsApart(ctx, q, after)) continue;
    if (otherNamed(ctx, before.close.end, after.open.start, prior.entity)) continue;
    speakers[i] = { ...prior, via: 'context' };
  }
}

/** True when the quote is the whole of its paragraph: its block starts at its opening mark and ends at its closing one. */
function ownParagraph(ctx: Context, q: MarkedQuoteDraft): boolean {
  const b = containing(ctx.blocks, q.open.start);
  const block = ctx.blocks[b];
  if (!block) return false;
  return blank(ctx.input.view, block.start, q.open.start) && !/[\p{L}\p{N}]/u.test(ctx.input.view.slice(q.close.end, block.end));
}

/** True when quote `b` stands in the paragraph right after the one of quote `a`. */
function paragraphsApart(ctx: Context, a: MarkedQuoteDraft, b: MarkedQuoteDraft): boolean {
  return containing(ctx.blocks, b.open.start) - containing(ctx.blocks, a.open.start) === 1;
}

/** True when a person other than `entity` is named outside quotes between two offsets. */
function otherNamed(ctx: Context, from: number, to: number, entity: number): boolean {
  for (let k = firstAtOrAfter(ctx.mentions, from); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as Mention;
    if (m.start >= to) break;
    if (!m.quoted && m.entity !== entity && (ctx.entities[m.entity] as EntityDraft).kind === 'person') return true;
  }
  return false;
}

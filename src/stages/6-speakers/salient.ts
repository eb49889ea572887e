/** "He said" with two men named: the one the report is about, when it plainly is about one. */
import { firstAtOrAfter } from '../../text/search';
import type { EntityDraft, SpeakerDraft } from '../stage-types';
import { blockAt, lastMentionBefore, sentenceAt } from './context';
import { isSubjectMention } from './described';
import { genderOf, plainGenderOf } from './gender';
import { lowerNounAfter } from './noun-after';
import { isOutletAt } from './phrases';
import { clausePronounBefore } from './subject-shapes';
import type { Context, Gender, Mention } from './types';

/** Paragraphs back (besides the current one) read for the people a pronoun could mean. */
const SALIENT_WINDOW_BLOCKS = 2;

/** Most mentions read back for those people: a longer stretch is too crowded to say. */
const MAX_SALIENT_MENTIONS = 32;

/** Fewest mentions before the pronoun that make a person the one a report is about. */
const MIN_SALIENT_MENTIONS = 3;

/** How many times as often as anyone else who could be meant that person must have been named. */
const SALIENT_RATIO = 2;

/** True when a verb follows the mention, an adverb or two aside ("when Ray first sees"): the subject of a clause. */
function verbAfter(ctx: Context, m: Mention): boolean {
  const { tokens } = ctx.ann;
  let t = firstAtOrAfter(tokens, m.end);
  for (let n = 0; n < 2 && tokens[t]?.pos === 'ADV'; n++) t++;
  const w = tokens[t];
  return w !== undefined && (w.pos === 'VERB' || w.pos === 'AUX');
}

/** Mentions of a person read for one that opens a sentence as its subject. */
const SUBJECT_SAMPLE_MENTIONS = 12;

/**
 * True when one of the first mentions of `entity` (of its `count` before the pronoun) opens a
 * sentence or a clause as its subject: a word the names stage took for a person ("Roman Catholic
 * organisations") is seldom the one a report is about.
 */
function everSubject(ctx: Context, entity: number, count: number): boolean {
  const mentions = (ctx.entities[entity] as EntityDraft).mentions;
  for (let k = 0; k < count && k < SUBJECT_SAMPLE_MENTIONS; k++) {
    const span = mentions[k] as Mention;
    const m = ctx.mentions[firstAtOrAfter(ctx.mentions, span.start)];
    if (m && m.start === span.start && !m.quoted && (isSubjectMention(ctx, m) || verbAfter(ctx, m))) return true;
  }
  return false;
}

/**
 * In reports, "he" / "she" (gender `want`) at `offset` when more than one person who could be
 * meant is named in this paragraph and the two before ("Jon Amis thanked his agent Ray Dee. “…,”
 * he said"): the person the text is about, when it named them at least
 * {@link MIN_SALIENT_MENTIONS} times and {@link SALIENT_RATIO} times as often as each other
 * candidate up to the pronoun, plainly of that gender, and named in the last sentence that names
 * anyone before the pronoun (a newcomer named there alone is whom a report goes on to quote). Else null.
 */
export function salientPerson(ctx: Context, offset: number, want: Gender): SpeakerDraft | null {
  if (want === null || ctx.dialogueHeavy) return null;
  const block = blockAt(ctx, offset);
  const candidates = new Map<number, Mention>();
  let lastSentence = -1;
  const inLast = new Set<number>();
  let read = 0;
  for (let m = lastMentionBefore(ctx, offset); m; m = lastMentionBefore(ctx, m.start)) {
    if (block - blockAt(ctx, m.start) > SALIENT_WINDOW_BLOCKS) break;
    if (++read > MAX_SALIENT_MENTIONS) return null;
    const entity = ctx.entities[m.entity] as EntityDraft;
    if (entity.kind !== 'person' || isOutletAt(ctx, m.start, m.end) || clausePronounBefore(ctx, m) === want) continue;
    const g = genderOf(ctx, { span: m, entity: m.entity });
    if (g !== null && g !== want) continue;
    if (lastSentence < 0) lastSentence = sentenceAt(ctx, m.start);
    // "India's Catholic community": a name set before a noun as its modifier names nobody there.
    if (sentenceAt(ctx, m.start) === lastSentence && !lowerNounAfter(ctx.ann.tokens, m.end)) inLast.add(m.entity);
    if (!candidates.has(m.entity)) candidates.set(m.entity, m);
  }
  if (candidates.size < 2) return null;
  const namedBefore = (entity: number): number => firstAtOrAfter((ctx.entities[entity] as EntityDraft).mentions, offset);
  let top = -1;
  let topCount = 0;
  let second = 0;
  for (const entity of candidates.keys()) {
    const n = namedBefore(entity);
    if (n > topCount) {
      second = topCount;
      top = entity;
      topCount = n;
    } else if (n > second) second = n;
  }
  if (topCount < MIN_SALIENT_MENTIONS || topCount < SALIENT_RATIO * second || !inLast.has(top)) return null;
  // Named in the pronoun's sentence or the one before: further back, the text may have moved on
  // to someone it did not list.
  if (lastSentence < sentenceAt(ctx, offset) - 1) return null;
  if (plainGenderOf(ctx, top) !== want || !everSubject(ctx, top, topCount)) return null;
  const m = candidates.get(top) as Mention;
  return { span: { start: m.start, end: m.end }, entity: top, via: 'pronoun' };
}

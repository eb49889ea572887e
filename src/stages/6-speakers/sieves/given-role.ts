/**
 * Sieve, in reports: a quote attributed to a role noun ("“…,” his son said", "“…,” said the
 * lawyer") means the one person the text gave that role before the quote: "Nogar's son
 * Stephen", "his lawyer, Tom Mesereau", "Stephen, Nogar's son,". When the text gave the role to
 * two people, or to nobody, or says "a spokesman", the speaker stays null.
 */
import { SPEECH_VERBS } from '../../../data/speech-verbs';
import { isUpper } from '../../../text/chars';
import { firstAtOrAfter } from '../../../text/search';
import type { MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { isSpeechVerb } from '../context';
import type { Span } from '../../../types';
import { isOutletAt, properNounAt } from '../phrases';
import type { Context } from '../types';

/** Words before a role noun that point at someone already named ("his son", "the lawyer"). */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their']);

/** Tokens read after a name for its role ("Stephen, Nogar's son,"). */
const ROLE_AFTER_NAME = 4;

/** One role the text gave a person: the name, its entity when the names stage listed it, and who it is. */
interface Given {
  span: Span;
  entity: number | null;
  /** The entity's index, or the name's lower-cased words when it is not listed. */
  key: string;
  /** True when every role of this noun up to this one went to the same person. */
  alone: boolean;
}

/** The roles each text gave, made at the first question (one pass over the mentions). */
const givenRoles = new WeakMap<Context, Map<string, Given[]>>();

/** True when token `k` is a lower-case common noun: a role ("son", "lawyer", "spokesman"). */
function isRoleNoun(k: Token | undefined): k is Token {
  return k !== undefined && k.pos === 'NOUN' && !isUpper(k.value[0]) && !SPEECH_VERBS.has(k.normal);
}

/** Every role noun set right before or after a person's name outside quotes, in text order. */
function rolesOf(ctx: Context): Map<string, Given[]> {
  let map = givenRoles.get(ctx);
  if (map) return map;
  const found = new Map<string, Given[]>();
  const { tokens } = ctx.ann;
  const add = (noun: string, span: Span, entity: number | null): void => {
    let list = found.get(noun);
    if (!list) found.set(noun, (list = []));
    list.push({ span, entity, key: entity !== null ? String(entity) : ctx.input.lower.slice(span.start, span.end), alone: true });
  };
  // "son Stephen", "his lawyer, Tom Mesereau": a role noun, then a name the names stage may not list.
  for (let t = 0; t + 1 < tokens.length; t++) {
    const w = tokens[t] as Token;
    if (!isRoleNoun(w) || quoted(ctx, w.start)) continue;
    const n = tokens[t + 1]?.normal === ',' ? t + 2 : t + 1;
    const k = tokens[n];
    if (!k || k.sentence !== w.sentence) continue;
    const m = ctx.mentions[firstAtOrAfter(ctx.mentions, k.start)];
    // A listed name, whichever kind the names stage gave it: a role word names a person.
    if (m && m.start === k.start) {
      add(w.normal, { start: m.start, end: m.end }, m.entity);
      continue;
    }
    const name = properNounAt(ctx, n);
    if (name && !isOutletAt(ctx, name.start, name.end)) add(w.normal, name, null);
  }
  // "Stephen Nogar, the engineer's son," / "Mark Mackie, director of Regular Music,"
  for (const m of ctx.mentions) {
    if (m.quoted) continue;
    const b = firstAtOrAfter(tokens, m.end);
    const sentence = tokens[b]?.sentence;
    if (tokens[b]?.normal !== ',') continue;
    for (let k = b + 1; k < tokens.length && k - b <= ROLE_AFTER_NAME; k++) {
      const w = tokens[k] as Token;
      if (w.sentence !== sentence) break;
      // "the singer's manager": the possessor's noun is someone else's role.
      const possessor = tokens[k + 1]?.normal === "'s" || tokens[k + 1]?.normal === '’s';
      if (isRoleNoun(w) && !possessor) {
        add(w.normal, { start: m.start, end: m.end }, m.entity);
        break;
      }
      if (!possessor && w.pos !== 'PROPN' && w.pos !== 'DET' && w.pos !== 'PART' && w.pos !== 'ADJ' && w.pos !== 'PRON') break;
    }
  }
  // Both passes rise; one list per noun, in text order.
  for (const list of found.values()) {
    list.sort((a, b) => a.span.start - b.span.start);
    // Each quote asks about the roles before it: whether one person alone holds them all so far is
    // known once, so a long text with many such quotes is not walked again for each.
    list.forEach((g, i) => {
      g.alone = i === 0 || ((list[i - 1] as Given).alone && (list[i - 1] as Given).key === g.key);
    });
  }
  map = found;
  givenRoles.set(ctx, map);
  return map;
}

/** True when an offset lies inside a quote. */
function quoted(ctx: Context, offset: number): boolean {
  const q = ctx.quotes[firstAtOrAfter(ctx.quotes, offset + 1) - 1];
  return q !== undefined && q.start <= offset && offset < q.end;
}

/** The role noun of an attribution right after the quote ("his son said", "said the lawyer"), as a token index, or -1. */
function attributionNoun(ctx: Context, q: MarkedQuoteDraft): number {
  const { tokens } = ctx.ann;
  let t = firstAtOrAfter(tokens, q.close.end);
  if (ctx.input.view.slice(q.close.end, tokens[t]?.start ?? q.close.end).trim() !== '') return -1;
  if (tokens[t]?.normal === ',') t++;
  const w = (k: number): Token | undefined => tokens[k];
  // "his son said"
  if (DEFINITE.has(w(t)?.normal ?? '') && isRoleNoun(w(t + 1)) && isSpeechVerb(w(t + 2)?.normal ?? '')) return t + 1;
  // "said the lawyer." — the phrase must end there, not go on ("said the lawyer for the band").
  const end = w(t + 3);
  const closes = !end || end.sentence !== w(t)?.sentence || end.normal === '.' || end.normal === ',';
  if (isSpeechVerb(w(t)?.normal ?? '') && DEFINITE.has(w(t + 1)?.normal ?? '') && isRoleNoun(w(t + 2)) && closes) return t + 2;
  return -1;
}

/** The one person the text gave the attribution's role before the quote, or null. */
export function byGivenRole(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  if (ctx.dialogueHeavy) return null;
  const n = attributionNoun(ctx, q);
  if (n < 0) return null;
  const given = rolesOf(ctx).get((ctx.ann.tokens[n] as Token).normal);
  if (!given) return null;
  // The last role given that ends before the quote (the spans rise), by halving.
  let lo = 0;
  let hi = given.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((given[mid] as Given).span.end <= q.open.start) lo = mid + 1;
    else hi = mid;
  }
  // Two people given the same role: the text does not say which one speaks.
  const found = lo > 0 && (given[lo - 1] as Given).alone ? (given[lo - 1] as Given) : null;
  return found ? { span: found.span, entity: found.entity, via: 'context' } : null;
}

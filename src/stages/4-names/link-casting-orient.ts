/**
 * Stage 4c, casting: which side of `X (Y)` is the role. Reviews write the role first ("Ruth (Dana
 * Moss)"), news writes the actor first ("Dana Moss (Ruth)"), and a titled form in the bracket is a
 * role whatever the voice ("Dana Moss (Mrs. Pike)"). The names stage reads the review order; a
 * titled form in the bracket, the side the names' shapes give, or where they give none a report or
 * a text that talks of the name outside as an actor elsewhere and names the bracketed one only
 * there, turns the link round.
 */
import { HONORIFICS } from '../../data/honorifics';
import { isLetter, isUpper } from '../../text/chars';
import { leadingTitle, titleAndWord } from '../../text/leading-title';
import { readsAsReport } from '../../text/voice';
import type { Span } from '../../types';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { ACTING_WORDS, ACTOR_TITLES } from '../../data/casting-vocab';
import { bracketAfter } from './link-casting-words';

/** True when `m` is a title and one word (`Mrs. Pike`, `Dr Holt`). */
function titledForm(view: string, m: Span): boolean {
  const t = titleAndWord(view.slice(m.start, m.end));
  return t !== null && HONORIFICS.has(t.title);
}

/** True when `m` opens with a title (`Dr. Stanley Goodspeed`, `Agent Coulson`): a name a part is given, not an actor's. */
export function titledName(view: string, lower: string, m: Span): boolean {
  return titleOf(view, lower, m) !== undefined;
}

/** True when a mention of `e` has a title no actor is written with ("Capt. Ruth Moss", "Agent Hale"): a part's name. */
export function rankedName(view: string, lower: string, e: EntityDraft): boolean {
  return e.mentions.some((m) => {
    const title = titleOf(view, lower, m);
    return title !== undefined && !ACTOR_TITLES.has(title);
  });
}

/** The title `m` opens with or stands right after, lower case without its dot (`dr`, `agent`), or undefined. */
function titleOf(view: string, lower: string, m: Span): string | undefined {
  const own = leadingTitle(view.slice(m.start, m.end));
  if (own !== null && HONORIFICS.has(own)) return own;
  // The title may stand just before the mention ("Dr. | Walter Pryce").
  let end = m.start - 1;
  if (view[end] !== ' ') return undefined;
  if (view[end - 1] === '.') end--;
  let from = end;
  while (from > 0 && end - from < MAX_TITLE && isLetter(view[from - 1] as string)) from--;
  const before = lower.slice(from, end);
  return from < end && isUpper(view[from]) && HONORIFICS.has(before) ? before : undefined;
}
/** The longest title read before a name, in characters ("lieutenant"). */
const MAX_TITLE = 12;

/** How far from a mention its sentence is read, each way, in characters. */
const SENTENCE_REACH = 200;
const SENTENCE_MARKS = '.!?\n';

/** True when the sentence around `m` holds a word of {@link ACTING_WORDS}. */
export function actingSentence(lower: string, m: Span): boolean {
  let from = m.start;
  while (from > 0 && m.start - from < SENTENCE_REACH && !SENTENCE_MARKS.includes(lower[from - 1] as string)) from--;
  let to = m.end;
  while (to < lower.length && to - m.end < SENTENCE_REACH && !SENTENCE_MARKS.includes(lower[to] as string)) to++;
  for (const w of lower.slice(from, to).split(/\P{L}+/u)) if (ACTING_WORDS.has(w)) return true;
  return false;
}

/**
 * True when the name outside the bracket stands elsewhere in a sentence about acting and the
 * bracketed name nowhere but in brackets: the text talks about the outside name as an actor
 * ("Dana Moss(Ruth Pike) runs the inn. … one of Dana Moss's best performances").
 */
export function actingSaysActor(view: string, lower: string, outside: EntityDraft, inside: EntityDraft): boolean {
  if (!inside.mentions.every((m) => view[m.start - 1] === '(')) return false;
  return outside.mentions.some((m) => view[m.end] !== '(' && view[m.end + 1] !== '(' && actingSentence(lower, m));
}

/**
 * True when the bracketed name stands elsewhere, outside brackets, in a sentence about acting and
 * the name outside the bracket never does: the text talks about the bracketed name as the actor
 * ("Ruth Pike (Dana Moss) runs the inn. … Dana Moss gave a fine performance"), whatever its voice.
 */
export function actingSaysBracketed(view: string, lower: string, outside: EntityDraft, inside: EntityDraft, memo: ActingMemo): boolean {
  const out = talkOf(memo, outside.mentions);
  out.asOutside ??= outside.mentions.some((m) => view[m.end] !== '(' && view[m.end + 1] !== '(' && view[m.start - 1] !== '(' && actingSentence(lower, m));
  if (out.asOutside) return false;
  const within = talkOf(memo, inside.mentions);
  within.asInside ??= inside.mentions.some((m) => view[m.start - 1] !== '(' && actingSentence(lower, m));
  return within.asInside;
}

/** What one entity's mentions say of acting, as the outside or the bracketed name of {@link actingSaysBracketed}. */
interface ActingTalk {
  /** How many mentions the list held when this was read: a merge adds to the list, and the answers are read again. */
  readonly count: number;
  asOutside?: boolean;
  asInside?: boolean;
}

/**
 * The answers of {@link actingSaysBracketed} per list of mentions, kept over one pass of the
 * bracket reader: a text of many brackets around the same names reads each name's mentions once,
 * not once per bracket.
 */
export type ActingMemo = WeakMap<readonly Span[], ActingTalk>;

/** The answers kept for `mentions`, fresh when the list has grown since. */
function talkOf(memo: ActingMemo, mentions: readonly Span[]): ActingTalk {
  let talk = memo.get(mentions);
  if (talk === undefined || talk.count !== mentions.length) {
    talk = { count: mentions.length };
    memo.set(mentions, talk);
  }
  return talk;
}

/**
 * 5. Turns a link read off `C (A)` round where the text writes the actor first: a titled form in
 * the bracket alone, else the side the names' shapes give (`sides`, by the outside mention's start),
 * else the text talking of the outside name as an actor, or its voice.
 */
export function orientBrackets(input: NormalizedText, entities: EntityDraft[], startAt: ReadonlyMap<number, number>, endOf: ReadonlyMap<number, number>, sides: ReadonlyMap<number, 'inside' | 'outside'>): void {
  const { view, lower } = input;
  const linked = entities.filter((e) => e.playedBy !== null);
  if (linked.length === 0) return;
  const plays = new Map<number, number>();
  for (const e of linked) plays.set(e.playedBy as number, (plays.get(e.playedBy as number) ?? 0) + 1);
  let report: boolean | undefined;
  entities.forEach((role, c) => {
    const a = role.playedBy;
    if (a === null || plays.get(a) !== 1 || plays.has(c)) return;
    const actor = entities[a] as EntityDraft;
    // Both read every mention of an entity, so each is worked out once, at the first bracket.
    let titled: boolean | undefined;
    let ranked: boolean | undefined;
    for (const m of role.mentions) {
      const at = bracketAfter(view, lower, m.end, m.start);
      if (at < 0 || startAt.get(at + 1) !== a) continue;
      const close = view[endOf.get(at + 1) as number];
      if (close !== ')' && close !== ',') continue;
      titled ??= actor.mentions.every((x) => titledForm(view, x)) && !role.mentions.some((x) => titledForm(view, x));
      const side = sides.get(m.start);
      if ((ranked ??= rankedName(view, lower, role))) return;
      if (!titled && (side === 'inside' || (side === undefined && !actingSaysActor(view, lower, role, actor) && !(report ??= readsAsReport(view))))) return;
      role.playedBy = null;
      role.kind = 'person';
      role.roles = ['actor'];
      actor.kind = 'character';
      actor.roles = [];
      actor.playedBy = c;
      return;
    }
  });
}

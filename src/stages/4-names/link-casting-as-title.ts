/**
 * Stage 4c, a part named by a work's title: "Gadot is superbly cast as Wonder Woman", "A reprises
 * his role as the Black Panther", "Jacoby's performance as Hamlet". The works stage takes the name
 * as the title of the work (the text is about it), so no entity holds it and the other casting
 * passes never see the part. A real person, then in the same clause and with no other name between,
 * `as` or `as the`, then a work's mention that ends the role and reads as a name: every word
 * capitalised, at most {@link MAX_TITLE_WORDS} past `The`, not in quote marks (a quoted title is the
 * work: "as in 'Heat'"). The part is the character the text writes as the title, else a new
 * character at the work's mentions, as for the title role (`link-casting-title-role.ts`). `as a`,
 * `such as`, `known as` and an `as` that compares read no part. Each work mention reads a bounded
 * window back, so the pass is linear in mentions.
 */
import { OPEN_QUOTES } from '../../data/name-marks';
import { isUpper } from '../../text/chars';
import type { EntityDraft, NormalizedText, WorkDraft } from '../stage-types';
import { MAKER_ROLES, MAX_ACTOR_GAP, SENTENCE_END, comparing, endsRole, notCastingAs, otherSubject } from './link-casting-as';
import { castTitlePart } from './link-casting-title-part';
import { mentionsInOrder } from './link-casting-words';

/** The most words a title may have past a leading `The` to be a part's name ("Wonder Woman", "Black Panther"). */
const MAX_TITLE_WORDS = 3;

/**
 * Links the actor of each `A … as T` to the part the work's title T names; returns the characters
 * made for titles no entity holds (the caller adds them to the entities).
 */
export function linkTitleParts(input: NormalizedText, entities: EntityDraft[], works: readonly WorkDraft[]): EntityDraft[] {
  const { view, lower } = input;
  const made: EntityDraft[] = [];
  if (works.length === 0 || entities.length === 0) return made;
  const mentions = mentionsInOrder(entities, view);
  const madeFor = new Set<WorkDraft>();
  const workMentions: { start: number; end: number; w: WorkDraft }[] = [];
  for (const w of works) for (const m of w.mentions) workMentions.push({ start: m.start, end: m.end, w });
  workMentions.sort((a, b) => a.start - b.start);
  let next = 0;
  let written: Map<string, number[]> | undefined;
  for (const wm of workMentions) {
    const as = asBeforeTitle(lower, wm.start);
    if (as < 0 || notCastingAs(lower, as) || !endsRole(view, lower, wm.end) || OPEN_QUOTES.includes(view[wm.start - 1] as string)) continue;
    const title = titleName(view, wm.start, wm.end);
    if (title === undefined) continue;
    // The name last before `as`, in the same sentence and a clause away at most.
    while (next < mentions.length && (mentions[next] as { end: number }).end <= as) next++;
    const before = mentions[next - 1];
    if (!before || as - before.end > MAX_ACTOR_GAP) continue;
    const gap = lower.slice(before.end, as);
    if ([...gap].some((ch) => SENTENCE_END.includes(ch)) || comparing(gap, view.slice(before.end, as)) || otherSubject(gap)) continue;
    const actor = entities[before.entity] as EntityDraft;
    if (actor.kind !== 'person' || actor.roles.some((r) => MAKER_ROLES.has(r))) continue;
    written ??= writtenAs(view, entities);
    const holders = written.get(title.toLowerCase());
    const part = holders?.find((e) => e !== before.entity);
    castTitlePart(entities, wm.w, part, before.entity, made, madeFor);
  }
  return made;
}

/** Where the `as` of `as T` or `as the T` starts, for a title at `start`; or -1. */
function asBeforeTitle(lower: string, start: number): number {
  const at = lower.startsWith('as the ', start - 7) ? start - 7 : lower.startsWith('as ', start - 3) ? start - 3 : -1;
  return at > 0 && lower[at - 1] === ' ' ? at : -1;
}

/**
 * The title written at `start`..`end` as a part's name: every word capitalised, at most {@link
 * MAX_TITLE_WORDS} past a leading `The`; else undefined.
 */
export function titleName(view: string, start: number, end: number): string | undefined {
  const title = view.slice(start, end).trim();
  const words = title.split(/\s+/);
  if (words[0] === 'The') words.shift();
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || !words.every((w) => isUpper(w[0]))) return undefined;
  return words.join(' ');
}

/** The entities by how their mentions are written (lower case), each at most once per text, in order. */
export function writtenAs(view: string, entities: readonly EntityDraft[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  entities.forEach((entity, e) => {
    for (const m of entity.mentions) {
      const key = view.slice(m.start, m.end).toLowerCase();
      const list = out.get(key);
      if (!list) out.set(key, [e]);
      else if (!list.includes(e) && list.length < 2) list.push(e);
    }
  });
  return out;
}

/**
 * Stage 4c, casting: which side of `X (Y)` is the role. Reviews write the role first ("Ruth (Dana
 * Moss)"), news writes the actor first ("Dana Moss (Ruth)"), and a titled form in the bracket is a
 * role whatever the voice ("Dana Moss (Mrs. Pike)"). The names stage reads the review order; a
 * report, or a titled form in the bracket, turns the link round.
 */
import { HONORIFICS } from '../../data/honorifics';
import { readsAsReport } from '../../text/voice';
import type { Span } from '../../types';
import type { EntityDraft, NormalizedText } from '../stage-types';

/** True when `m` is a title and one word (`Mrs. Pike`, `Dr Holt`). */
function titledForm(view: string, lower: string, m: Span): boolean {
  let space = -1;
  for (let k = m.start; k < m.end; k++) {
    if (view[k] !== ' ') continue;
    if (space >= 0) return false;
    space = k;
  }
  if (space < 0) return false;
  const title = lower.slice(m.start, lower[space - 1] === '.' ? space - 1 : space);
  return HONORIFICS.has(title);
}

/** 5. Turns a link read off `C (A)` round where the text writes the actor first. */
export function orientBrackets(input: NormalizedText, entities: EntityDraft[], startAt: ReadonlyMap<number, number>, endOf: ReadonlyMap<number, number>): void {
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
    for (const m of role.mentions) {
      let at = m.end;
      if (view[at] === ' ') at++;
      if (view[at] !== '(' || startAt.get(at + 1) !== a) continue;
      const close = view[endOf.get(at + 1) as number];
      if (close !== ')' && close !== ',') continue;
      const titled = actor.mentions.every((x) => titledForm(view, lower, x)) && !role.mentions.some((x) => titledForm(view, lower, x));
      if (!titled && !(report ??= readsAsReport(view))) return;
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

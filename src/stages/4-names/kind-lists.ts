/**
 * Stage 4b, kind: a list of three or more names (`A, B, C and D`) is of one kind: a text lists the
 * parts of its story together. Where most of a list's names read as characters, a name in it the
 * model only weighed from hints is a character too: a story's parts are often named in full
 * (`Clint Barton`), and the model, learned from reviews that name their actors in full, reads such
 * a name alone as an actor's. The other way does not hold: a name the model reads as a character in
 * a list of real people is as often a part beside its actor (`Agent Ilsa, A and B are good`).
 */
import type { EntityDraft } from '../stage-types';
import { gapBefore, type KindDocument, type KindMention } from './kind-document';
import { joiningGap, joiningWord } from './kind-joined';

/** The fewest different names that make a list. */
const MIN_LIST = 3;

/**
 * The lists of the text: runs of mentions each joined to the one before by a comma, `&`, `/` or a
 * joining word (`A, B and C`), as the entity of each mention, in text order; only runs of
 * {@link MIN_LIST} or more different entities. A mention a casting cue names stands in a cast
 * list (`A as X, B as Y`), where a comma joins a part to the next actor: it ends a run. One pass
 * over the mentions sorted by place.
 */
export function nameLists(doc: KindDocument, mentionsOf: readonly (readonly KindMention[])[]): number[][] {
  const all: { m: KindMention; e: number }[] = [];
  mentionsOf.forEach((ms, e) => {
    for (const m of ms) if (!m.characterCue && !m.actorCue) all.push({ m, e });
  });
  all.sort((a, b) => a.m.first - b.m.first);
  const lists: number[][] = [];
  let run: number[] = [];
  const close = (): void => {
    if (new Set(run).size >= MIN_LIST) lists.push(run);
  };
  for (let i = 0; i < all.length; i++) {
    const { m, e } = all[i] as { m: KindMention; e: number };
    const prev = all[i - 1]?.m;
    const joined = prev !== undefined && ((m.first === prev.last + 1 && joiningGap(gapBefore(doc, m.first))) || (m.first === prev.last + 2 && joiningWord(doc, prev.last + 1)));
    if (!joined) {
      close();
      run = [];
    }
    run.push(e);
  }
  close();
  return lists;
}

/**
 * Makes a character of each real person `open` holds (a kind the model weighed from hints, or that
 * nothing told: a list does not outvote explicit evidence or a cue) in a list of {@link nameLists}
 * whose different names are more often characters than real people. Every list is read with the
 * kinds as they were before any list changed one.
 */
export function listKinds(entities: readonly EntityDraft[], lists: readonly (readonly number[])[], open: ReadonlySet<number>): void {
  const kinds = entities.map((entity) => entity.kind);
  for (const list of lists) {
    const members = [...new Set(list)];
    const people = members.filter((e) => kinds[e] === 'person');
    if (people.length * 2 >= members.length) continue;
    for (const e of people) {
      if (!open.has(e)) continue;
      const entity = entities[e] as EntityDraft;
      entity.kind = 'character';
      entity.kindConfidence = Math.max(0.5, 1 - entity.kindConfidence);
    }
  }
}

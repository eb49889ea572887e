/**
 * Stage 4c, variant forms: a name the text uses only alone joins the one entity whose full names
 * it starts or ends, once the variant passes have made one entity of full names that the names
 * stage still held apart ("Robin" with "Robin Williams" and the slip "Robin William").
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { NAME_SUFFIXES } from '../../data/name-cue-words';
import { isHonorific } from '../../text/honorific';
import type { Span } from '../../types';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { formOwners } from './5-merge-forms';
import { sameForm } from './same-form';
import { addToSetMap } from './set-map';
import { merge } from './tie-merge';

/** A lone name's one word: letters, with an inner hyphen or apostrophe (`Obi-Wan`, `O'Hara`). */
const NAME_WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;

/**
 * The names stage gives a lone word to the full name it stands for only when one full name fits
 * (`5-merge-forms.ts`): two spellings of one full name ("Robin Williams", "Robin William") leave a
 * lone "Robin" to neither, and the variant passes that merge the two come after it. This pass reads
 * the lone names again over the merged entities, the same way ({@link formOwners}); exactly one entity
 * must fit. Not
 * when a casting link joins the two (a part named after its actor, "Ben (Ben Vale)") or each has
 * its own actor: the names stage split those on purpose; nor when the lone name is a part and the
 * entity plays another part (an actor who shares the part's given name). A two-word name ending in a suffix
 * ("John Jnr") claims nothing, as there. Each mention is read once.
 */
export function claimLoneNames(input: NormalizedText, entities: EntityDraft[]): void {
  if (entities.length < 2) return;
  const { view, lower } = input;
  const starts = new Map<string, Set<number>>();
  const ends = new Map<string, Set<number>>();
  // The entities whose every mention is one and the same untitled word, by that word.
  const lone: { entity: number; word: string }[] = [];
  entities.forEach((e, i) => {
    let word: string | null | undefined;
    let before: Span | undefined;
    for (const m of e.mentions) {
      // A repeat of the mention before changes nothing below: its word or its sets are already read.
      if (sameForm(view, before, m)) continue;
      before = m;
      const words = lower.slice(m.start, m.end).split(' ');
      let core = 0;
      while (core < words.length - 1 && isHonorific(words[core] as string)) core++;
      if (words.length === 1) {
        const w = words[0] as string;
        // A word in capitals is an acronym or a shout as often as a name: the names stage joins
        // no such word to a full name either.
        const shouted = w.length > 1 && view.slice(m.start, m.end) === view.slice(m.start, m.end).toUpperCase();
        word = !shouted && ((word === undefined && NAME_WORD.test(w) && !isHonorific(w)) || word === w) ? w : null;
        continue;
      }
      word = null;
      if (words.length - core < 2) continue;
      let last = words.length - 1;
      if (NAME_SUFFIXES.has(words[last] as string)) {
        if (last - 1 === core) continue;
        last--;
      }
      addToSetMap(starts, words[core] as string, i);
      addToSetMap(ends, words[last] as string, i);
    }
    if (typeof word === 'string') lone.push({ entity: i, word });
  });
  // The entities a casting link makes someone's actor.
  const actors = new Set<number>();
  for (const e of entities) if (e.playedBy !== null) actors.add(e.playedBy);
  for (const { entity, word } of lone) {
    const set = formOwners(GIVEN_NAMES.has(word), starts.get(word), ends.get(word));
    if (!set || set.size !== 1) continue;
    let owner = entity;
    for (const x of set) owner = x;
    const a = entities[entity] as EntityDraft;
    const b = entities[owner] as EntityDraft;
    if (owner === entity || a.playedBy === owner || b.playedBy === entity) continue;
    if (a.playedBy !== null && b.playedBy !== null && a.playedBy !== b.playedBy) continue;
    // A part ("to play Tony") is no form of an actor who shares its given name ("Tony Vance as Paulie").
    if (a.playedBy !== null && actors.has(owner)) continue;
    merge(entities, entity, owner);
  }
}

/**
 * Stage 4c, a lone character name and the one character's full name it is a form of, read once the
 * kinds and the casting parts are known. Step 5 (`5-merge-forms.ts`) merges forms before either is:
 * a given name two full names start stays apart there even when one of them is a real person (a
 * lone `John` beside the part `John Vane` and the director `John Orr`), and a part the casting
 * readers make later (`Forrest Gump (A)`, a work named after its hero) had no full name then, so
 * its lone `Forrest` stayed an entity of its own. Here a lone name, every mention of it that one
 * word, joins the full name the way step 5 reads a lone word ({@link formOwners}: a listed given
 * name the full name it starts, any other word the one it ends) counting the characters' full
 * names only, and only when exactly one character fits (two full names of one surname, or a given
 * name two parts start, say neither). A lone surname joins only a full name led by a listed given
 * name or a title (`Colonel Vane`; a run of two lone names a list left, `Kiro Aizen`, is no one's
 * full name), and only one the text wrote before the lone name: a writer gives the full name
 * first, and in a long text a lone name met first may be someone else. A full name with a suffix
 * claims no lone given name (`Tom Jr` is the son), and two parts with two players stay two.
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { NAME_SUFFIXES } from '../../data/name-cue-words';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { formOwners } from './5-merge-forms';
import { merge } from './tie-merge';
import { addToSetMap } from './set-map';
import { isListedFirstName } from './context';
import { NAME_TITLES, RANK_TITLES } from '../../data/honorifics';

/** A name's words, when every one is a capitalised word of letters (`Forrest Gump`; not `The Terminator 2`, `Mr. Gump`). */
function nameWords(text: string): string[] | undefined {
  const words = text.split(' ');
  for (const w of words) if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return undefined;
  return words;
}

/** Merges each lone character name into the one character whose full name it is a form of. */
export function mergeLateLoneNames(input: NormalizedText, entities: EntityDraft[]): void {
  const { view } = input;
  // The characters' full names (two words or more) each word starts and ends.
  const starts = new Map<string, Set<number>>();
  const ends = new Map<string, Set<number>>();
  // The one word of each character every mention of which is that word alone.
  const lone = new Map<number, string>();
  const loneFrom = new Map<number, number>();
  // Where each character's full name is first written, and each lone name.
  const fullFrom = new Map<number, number>();
  entities.forEach((e, i) => {
    if (e.kind !== 'character') return;
    let word: string | undefined;
    let single = e.mentions.length > 0;
    for (const m of e.mentions) {
      const text = view.slice(m.start, m.end);
      if (!text.includes(' ')) {
        const lower = text.toLowerCase();
        if (word !== undefined && word !== lower) single = false;
        word = lower;
        continue;
      }
      single = false;
      const words = nameWords(text);
      if (!words || words.length < 2) continue;
      const last = (words[words.length - 1] as string).toLowerCase();
      if (NAME_SUFFIXES.has(last)) continue;
      const first = (words[0] as string).toLowerCase();
      addToSetMap(starts, first, i);
      if (isListedFirstName(first) || NAME_TITLES.has(first) || RANK_TITLES.has(first)) addToSetMap(ends, last, i);
      if ((fullFrom.get(i) ?? Infinity) > m.start) fullFrom.set(i, m.start);
    }
    if (single && word !== undefined) {
      lone.set(i, word);
      let from = Infinity;
      for (const m of e.mentions) from = Math.min(from, m.start);
      loneFrom.set(i, from);
    }
  });
  if (starts.size === 0) return;
  for (const [i, word] of lone) {
    const owners = formOwners(GIVEN_NAMES.has(word), starts.get(word), ends.get(word));
    if (!owners || owners.size !== 1) continue;
    const [owner] = owners as Set<number>;
    if (owner === undefined || owner === i) continue;
    const part = entities[owner] as EntityDraft;
    const short = entities[i] as EntityDraft;
    if (short.playedBy !== null && part.playedBy !== null && short.playedBy !== part.playedBy) continue;
    if ((fullFrom.get(owner) ?? Infinity) > (loneFrom.get(i) as number)) continue;
    merge(entities, i, owner);
  }
}

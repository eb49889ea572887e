/**
 * Stage 4c, variant forms: a two-word name the text writes in both orders is one name ("Kurosaki
 * Ichigo" / "Ichigo Kurosaki"). Reviews of Japanese, Chinese or Korean works give the family name
 * first or last as the source they follow does, often both ways in one text.
 */
import { HONORIFICS } from '../../data/honorifics';
import type { Span } from '../../types';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { sameForm } from './same-form';
import { MergedInto, merge } from './tie-merge';
import type { FullNameWords } from './tie-sub-forms';

/** A word of a two-word name: letters, with an inner hyphen or apostrophe (`Yuu-ki`, `O'Hara`). */
const NAME_WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;

/**
 * Merges the entities of a two-word form and of the same two words the other way round: the one
 * with fewer mentions joins the other (on a tie the one the text names first). Not when a word is
 * a title (`Captain Harlock` is no `Harlock Captain`), the two words are one, or a link read
 * before this pass (a bracket's) makes one entity the other's actor: casting phrases are read later. Each mention is keyed once, so the pass is linear in mentions.
 */
export function mergeReversedNames(input: NormalizedText, entities: EntityDraft[]): void {
  if (entities.length < 2) return;
  const byForm = new Map<string, number>();
  const forms: { first: string; second: string; entity: number }[] = [];
  entities.forEach((e, i) => {
    let before: Span | undefined;
    for (const m of e.mentions) {
      // A repeat of the mention before has its form filed already, or passed over.
      if (sameForm(input.lower, before, m)) continue;
      before = m;
      const form = input.lower.slice(m.start, m.end);
      const space = form.indexOf(' ');
      if (space < 1 || form.indexOf(' ', space + 1) >= 0) continue;
      const first = form.slice(0, space);
      const second = form.slice(space + 1);
      if (first === second || !NAME_WORD.test(first) || !NAME_WORD.test(second) || HONORIFICS.has(first) || HONORIFICS.has(second)) continue;
      const key = `${first} ${second}`;
      if (byForm.has(key)) continue;
      byForm.set(key, i);
      forms.push({ first, second, entity: i });
    }
  });
  const movedTo = new MergedInto();
  for (const { first, second, entity } of forms) {
    const found = byForm.get(`${second} ${first}`);
    if (found === undefined) continue;
    const x = movedTo.find(entity);
    const y = movedTo.find(found);
    if (x === y) continue;
    const a = entities[x] as EntityDraft;
    const b = entities[y] as EntityDraft;
    if (a.playedBy === y || b.playedBy === x) continue;
    const aFirst = (a.mentions[0]?.start ?? 0) < (b.mentions[0]?.start ?? 0);
    const keepA = a.mentions.length > b.mentions.length || (a.mentions.length === b.mentions.length && aFirst);
    const [from, to] = keepA ? [y, x] : [x, y];
    merge(entities, from, to);
    movedTo.set(from, to);
  }
}

/**
 * The full name each two-word form written the other way round stands for (`yuuji itadori` →
 * the key of `Itadori Yuuji`), keyed by the reversed words joined by a space; null where two full
 * names read the same reversed. A name with a title (`Captain Harlock`) or one word twice has none.
 */
export function reversedPairOwners(fullNames: readonly FullNameWords[]): Map<string, string | null> {
  const owners = new Map<string, string | null>();
  for (const { key, words } of fullNames) {
    if (words.length !== 2) continue;
    const [first, second] = words as [string, string];
    if (first === second || !NAME_WORD.test(first) || !NAME_WORD.test(second) || HONORIFICS.has(first) || HONORIFICS.has(second)) continue;
    const pair = `${second} ${first}`;
    const had = owners.get(pair);
    owners.set(pair, had === undefined || had === key ? key : null);
  }
  return owners;
}

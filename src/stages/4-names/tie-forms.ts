/**
 * Stage 4c, variant forms: entities whose names are two spellings of one name merge, a Korean
 * name's romanisations ("Su-hyeok" / "Su Hyuk") and a full name with an extra final `s` ("Jack
 * Blacks", "Robin William"). Each reads every entity's mentions once, keyed by form.
 */
import { koreanSyllableCount } from '../../text/korean';
import { nameKey, romanisationKey } from '../../text/name-key';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { merge } from './tie-merge';

const isKoreanShaped = (name: string): boolean => name.split(/[\s\-‐‑]+/).every((w) => koreanSyllableCount(w) > 0);

/** 3. Entities whose names are romanisations of one Korean name, of the same kind, merge. */
export function mergeRomanisations(input: NormalizedText, entities: EntityDraft[]): void {
  if (entities.length < 2) return;
  const byKey = new Map<string, number>();
  entities.forEach((e, i) => {
    const first = e.mentions[0];
    if (!first) return;
    const name = input.view.slice(first.start, first.end);
    // Only names written in parts: one glued word already shares its key with its variants.
    if (name.length > 24 || !/[\s\-‐‑]/.test(name) || !isKoreanShaped(name)) return;
    const key = `${e.kind}:${romanisationKey(name)}`;
    const other = byKey.get(key);
    if (other === undefined) byKey.set(key, i);
    else merge(entities, i, other);
  });
}

/**
 * 4. A full name written with an extra final `s` is the same name: a possessive or a plural with
 *    its apostrophe left out ("all the Victor Cranes", "Dana Holts heart"), whose mentions then
 *    end before the `s`, or, when the form with the `s` is the more used, a surname's `s` dropped
 *    by a slip ("Robin William"). Only names of two or more words: a lone word with an `s` is
 *    often another name ("William", "Williams").
 */
export function mergeTrailingS(input: NormalizedText, entities: EntityDraft[]): void {
  if (entities.length < 2) return;
  const byForm = new Map<string, number>();
  const multiWord: { key: string; entity: number }[] = [];
  entities.forEach((e, i) => {
    for (const m of e.mentions) {
      // One-word forms are most mentions: no string is made for them.
      let space = m.start;
      while (space < m.end && input.view.charCodeAt(space) !== 32) space++;
      if (space === m.end) continue;
      const key = nameKey(input.view.slice(m.start, m.end));
      if (!byForm.has(key)) {
        byForm.set(key, i);
        multiWord.push({ key, entity: i });
      }
    }
  });
  // Where each entity merged away went, followed to the end of its chain.
  const movedTo = new Map<number, number>();
  const find = (e: number): number => {
    let at = e;
    for (let next = movedTo.get(at); next !== undefined; next = movedTo.get(at)) at = next;
    return at;
  };
  for (const { key, entity: listed } of multiWord) {
    if (!key.endsWith('s')) continue;
    const found = byForm.get(key.slice(0, -1));
    if (found === undefined) continue;
    const entity = find(listed);
    const other = find(found);
    if (other === entity) continue;
    const withS = entities[entity] as EntityDraft;
    if (withS.mentions.length > (entities[other] as EntityDraft).mentions.length) {
      // The form with the `s` is the name; the other a slip.
      merge(entities, other, entity);
      movedTo.set(other, entity);
      continue;
    }
    // The `s` marks a possessive or a plural: the mention is the name without it.
    for (const m of withS.mentions) if (input.lower[m.end - 1] === 's' && nameKey(input.view.slice(m.start, m.end)) === key) m.end--;
    merge(entities, entity, other);
    movedTo.set(entity, other);
  }
}

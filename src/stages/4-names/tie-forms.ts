/**
 * Stage 4c, variant forms: entities whose names are two spellings of one name merge, a Korean
 * name's romanisations ("Su-hyeok" / "Su Hyuk") and a full name with an extra final `s` ("Jack
 * Blacks", "Robin William"). Each reads every entity's mentions once, keyed by form.
 */
import { koreanSyllableCount } from '../../text/korean';
import { nameKey, romanisationKey } from '../../text/name-key';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { addToSetMap } from './set-map';
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

/** The shortest surname indexed for slips ("Lazlo"); the longer of the two must have {@link MIN_LONE_SLIP_WORD} letters. */
const MIN_SLIP_WORD = 5;
/** The shortest lone surname whose one-letter change is read as the same name ("Renard" / "Renart"). */
const MIN_LONE_SLIP_WORD = 6;

/** The word itself and each form of it with one letter left out: two words a letter apart share one. */
function slipKeys(word: string): string[] {
  const keys = [word];
  for (let k = 0; k < word.length; k++) keys.push(word.slice(0, k) + word.slice(k + 1));
  return keys;
}

/**
 * 5. A surname spelt two ways a letter apart is one name when everything before it is the same
 *    ("Victor Lazlo" / "Victor Laszlo"), and a lone surname of at least six letters one letter off
 *    the surname of exactly one full name joins it ("Renard" / "Jim Renart"): the less mentioned
 *    form is a slip of the more mentioned one. Entities of one kind only, and one of the two
 *    surnames at least six letters long: a short surname a letter off another is often another
 *    name ("Jones", "Jonas").
 */
export function mergeSpellingSlips(input: NormalizedText, entities: EntityDraft[]): void {
  if (entities.length < 2) return;
  // Per entity, its longest form, split in words.
  const forms: { entity: number; words: string[] }[] = [];
  entities.forEach((e, i) => {
    let best: string[] | undefined;
    for (const m of e.mentions) {
      const words = input.lower.slice(m.start, m.end).split(' ');
      if (!best || words.length > best.length) best = words;
    }
    if (best) forms.push({ entity: i, words: best });
  });
  const full = new Map<string, Set<number>>();
  const surnameOf = new Map<string, Set<number>>();
  for (const { entity, words } of forms) {
    const last = words[words.length - 1] as string;
    if (words.length < 2 || last.length < MIN_SLIP_WORD || !/^\p{L}+$/u.test(last)) continue;
    const head = words.slice(0, -1).join(' ');
    for (const k of slipKeys(last)) addToSetMap(full, `${head} ${k}`, entity);
    addToSetMap(surnameOf, last, entity);
  }
  const lastLength = new Map<number, number>();
  for (const { entity, words } of forms) lastLength.set(entity, (words[words.length - 1] as string).length);
  const lastWordLength = (e: number): number => lastLength.get(e) ?? 0;
  const done = new Set<number>();
  const join = (a: number, b: number): void => {
    const x = entities[a] as EntityDraft;
    const y = entities[b] as EntityDraft;
    if (a === b || done.has(a) || done.has(b) || x.kind !== y.kind || x.mentions.length === 0 || y.mentions.length === 0) return;
    const [from, to] = x.mentions.length > y.mentions.length ? [b, a] : [a, b];
    merge(entities, from, to);
    done.add(from);
  };
  for (const set of full.values()) {
    if (set.size !== 2) continue;
    const [a, b] = [...set] as [number, number];
    const longer = Math.max(lastWordLength(a), lastWordLength(b));
    if (longer >= MIN_LONE_SLIP_WORD) join(a, b);
  }
  // Lone surnames: a letter changed, the same length, one full name ending so.
  const surnames = [...surnameOf.keys()];
  const bySwap = new Map<string, Set<string>>();
  for (const s of surnames) {
    if (s.length < MIN_LONE_SLIP_WORD) continue;
    for (let k = 0; k < s.length; k++) {
      addToSetMap(bySwap, `${s.slice(0, k)}_${s.slice(k + 1)}`, s);
    }
  }
  for (const { entity, words } of forms) {
    const word = words[0] as string;
    if (words.length !== 1 || word.length < MIN_LONE_SLIP_WORD || surnameOf.has(word)) continue;
    let owner: number | undefined;
    let owners = 0;
    for (let k = 0; k < word.length; k++) {
      for (const s of bySwap.get(`${word.slice(0, k)}_${word.slice(k + 1)}`) ?? []) {
        for (const e of surnameOf.get(s) ?? []) {
          if (e !== owner) owners++;
          owner = e;
        }
      }
    }
    if (owners === 1 && owner !== undefined) join(entity, owner);
  }
}

/**
 * Stage 4c, lone names spelt two ways: a name the text uses only alone, written once or more with
 * one letter more, a vowel or a doubled letter ("Yuji" / "Yuuji", "Gojo" / "Gojou", "Timon" /
 * "Timonn"), is the same name: romanised names drop or keep a long vowel, and hasty typing doubles a
 * key; so is one written with two letters beside each other swapped ("Naruto" / "Naruot"), as hasty
 * typing swaps them. A letter changed ("Sita" / "Nita", "Brook" / "Brock") or a consonant added ("Mai" / "Maki")
 * makes another name, and so does an `s` at the end (a plural or a possessive).
 */
import { sexesAgree } from '../../text/first-names';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Span } from '../../types';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { sameForm } from './same-form';
import { addToSetMap } from './set-map';
import { MergedInto, merge } from './tie-merge';

/** The shortest lone name (the shorter of the two) read for such a slip: three letters one letter apart are often two names. */
export const MIN_SLIP_NAME = 4;
/** The longest lone name read, in letters: it bounds the keys made per name. */
export const MAX_SLIP_NAME = 16;

/** A lone name's one word: letters only. */
export const NAME_WORD = /^\p{Ll}+$/u;

const isVowel = (c: string | undefined): boolean => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

/**
 * The word with one of its letters left out, for each letter past the first that is a vowel or a
 * copy of a letter beside it (`yuuji`: `yuji`; `timonn`: `timon`); never its final `s`.
 */
export function slipDrops(word: string): string[] {
  const out: string[] = [];
  for (let k = 1; k < word.length; k++) {
    const c = word[k] as string;
    if (!isVowel(c) && c !== word[k - 1] && c !== word[k + 1]) continue;
    if (c === 's' && k === word.length - 1) continue;
    const drop = word.slice(0, k) + word.slice(k + 1);
    if (!out.includes(drop)) out.push(drop);
  }
  return out;
}

/**
 * 8. Two entities each named only by one lone word, the one word the other with one more letter
 *    (see {@link slipDrops}) or with two letters beside each other swapped ("Naruto" / "Naruot",
 *    not two listed given names), are one name, when neither word has another such partner, the name
 *    lists give the two no two sexes ("Eric" / "Erica"), and no casting link joins them or gives
 *    each its own actor. The less mentioned spelling joins the more mentioned. Each mention is read
 *    once; each name makes at most one key per letter.
 */
export function mergeLoneSlips(input: NormalizedText, entities: EntityDraft[]): void {
  if (entities.length < 2) return;
  const { view, lower } = input;
  // The entities whose every mention is one and the same word, written with a capital and lower case letters.
  const wordOf = new Map<number, string>();
  const entityOf = new Map<string, number | null>();
  entities.forEach((e, i) => {
    let word: string | null | undefined;
    let before: Span | undefined;
    for (const m of e.mentions) {
      // A repeat of the mention before leaves its word as it was.
      if (sameForm(view, before, m)) continue;
      before = m;
      const w = lower.slice(m.start, m.end);
      const shouted = view.slice(m.start, m.end) !== view.slice(m.start, m.start + 1) + w.slice(1);
      word = !shouted && ((word === undefined && NAME_WORD.test(w) && w.length <= MAX_SLIP_NAME) || word === w) ? w : null;
      if (word === null) break;
    }
    if (typeof word !== 'string') return;
    wordOf.set(i, word);
    const had = entityOf.get(word);
    entityOf.set(word, had === undefined ? i : null);
  });
  if (wordOf.size < 2) return;
  // Each shorter spelling a lone word's slip leaves, and the longer words that leave it.
  const longerOf = new Map<string, Set<string>>();
  for (const word of entityOf.keys()) {
    if (word.length <= MIN_SLIP_NAME) continue;
    for (const drop of slipDrops(word)) if (entityOf.has(drop)) addToSetMap(longerOf, drop, word);
  }
  const movedTo = new MergedInto();
  // The less mentioned spelling joins the more mentioned, unless the two are of two sexes or
  // casting tells them apart.
  const join = (first: string, second: string): void => {
    const a = entityOf.get(first);
    const b = entityOf.get(second);
    if (typeof a !== 'number' || typeof b !== 'number') return;
    if (!sexesAgree(first, second)) return;
    const x = entities[a] as EntityDraft;
    const y = entities[b] as EntityDraft;
    if (x.playedBy === b || y.playedBy === a || (x.playedBy !== null && y.playedBy !== null && x.playedBy !== y.playedBy)) return;
    const [from, to] = x.mentions.length > y.mentions.length ? [b, a] : [a, b];
    const f = movedTo.find(from);
    const t = movedTo.find(to);
    if (f === t) return;
    merge(entities, f, t);
    movedTo.set(f, t);
  };
  // A longer word with two shorter partners ("Maaki": "Maki", "Maak") is left to neither.
  const shorterCount = new Map<string, number>();
  for (const longs of longerOf.values()) for (const long of longs) shorterCount.set(long, (shorterCount.get(long) ?? 0) + 1);
  for (const [short, longs] of longerOf) {
    if (longs.size !== 1) continue;
    let long = '';
    for (const l of longs) long = l;
    if (shorterCount.get(long) === 1) join(short, long);
  }
  // Two letters typed in the wrong order: each word's one partner so, and not two listed given names.
  const swappedOf = new Map<string, Set<string>>();
  for (const word of entityOf.keys()) {
    if (word.length <= MIN_SLIP_NAME) continue;
    for (const swap of slipSwaps(word)) if (entityOf.has(swap)) addToSetMap(swappedOf, word, swap);
  }
  for (const [word, partners] of swappedOf) {
    if (partners.size !== 1) continue;
    let other = '';
    for (const p of partners) other = p;
    if (word > other || swappedOf.get(other)?.size !== 1 || (isListedFirstName(word) && isListedFirstName(other))) continue;
    join(word, other);
  }
}

/**
 * The word with two letters beside each other swapped, past its first letter (`naruot`: `naurot`,
 * `narout`, `naruto`): a slip of the hand that a reader reads through ("Naruot", "Saskue").
 */
function slipSwaps(word: string): string[] {
  const out: string[] = [];
  for (let k = 1; k + 1 < word.length; k++) {
    if (word[k] === word[k + 1]) continue;
    out.push(word.slice(0, k) + (word[k + 1] as string) + (word[k] as string) + word.slice(k + 2));
  }
  return out;
}

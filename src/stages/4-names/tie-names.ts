/**
 * Stage 4c: tie names together, once the entities of stage 4b exist.
 *
 * 1. Names the caller knows (`options.knownNames`) are found wherever they occur and merged as given.
 * 2. Descriptors: a title-case role phrase right before a name in brackets is the character's
 *    descriptor ("Assembly Woman (Park Eun-Hee)"); in a dash chain the name before the descriptor
 *    is another form of the bracketed name ("Mrs.Park – English Teacher (Park Sun-Hwa)").
 * 3. Romanisation variants of one Korean name merge ("Su-hyeok" / "Su Hyuk", "Woo-jin" / "Wu-Jin").
 * 4. A full name and the same name with an extra final `s` merge ("Jack Blacks", "Robin William").
 * 5. Casting read over whole entities ({@link linkCasting}): `A is C`, `A's C`, `C, a … played by A`.
 *
 * Then {@link compact} drops the emptied entities and renumbers the links.
 */
import type { KnownName, Span } from '../../types';
import { isDash, isHyphen, isWordChar } from '../../text/chars';
import { koreanSyllableCount } from '../../text/korean';
import { isTitlePhrase } from '../../text/title-case';
import { nameKey, romanisationKey } from '../../text/name-key';
import { occurrencesByFirstWord } from '../../text/occurrences';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { linkCasting } from './link-casting';

/**
 * The entities of one list that name who plays them (`playedBy` set), so a merge redirects those
 * alone, not every entity of the list: thousands of known names can merge thousands of times.
 * Made at a list's first merge; a merge that gives an entity its `playedBy` adds it.
 */
const PLAYERS = new WeakMap<readonly EntityDraft[], EntityDraft[]>();

function playersOf(entities: readonly EntityDraft[]): EntityDraft[] {
  let players = PLAYERS.get(entities);
  if (!players) PLAYERS.set(entities, (players = entities.filter((e) => e.playedBy !== null)));
  return players;
}

/** Moves everything of entity `from` into `to`; `from` is left empty for {@link compact}. */
function merge(entities: EntityDraft[], from: number, to: number): void {
  const a = entities[from] as EntityDraft;
  const b = entities[to] as EntityDraft;
  if (from === to || a.mentions.length === 0) return;
  // One push at a time: a spread of a long list overflows the call stack.
  for (const m of a.mentions) b.mentions.push(m);
  // Two sorted runs: the sort merges them in one pass.
  b.mentions.sort((x, y) => x.start - y.start);
  for (const r of a.roles) if (!b.roles.includes(r)) b.roles.push(r);
  for (const d of a.descriptors) if (!b.descriptors.includes(d)) b.descriptors.push(d);
  const players = playersOf(entities);
  if (b.playedBy === null && a.playedBy !== null) {
    b.playedBy = a.playedBy;
    players.push(b);
  }
  // Two readings of one entity: the surer kind wins (a kind the caller gave is sure).
  if (a.kind !== b.kind && a.kindConfidence > b.kindConfidence) b.kind = a.kind;
  b.kindConfidence = a.kind === b.kind ? Math.max(a.kindConfidence, b.kindConfidence) : b.kindConfidence;
  a.mentions = [];
  for (const e of players) if (e.playedBy === from) e.playedBy = to;
}

/**
 * Drops emptied entities, orders the rest by first mention and renumbers `playedBy`. A link holds
 * only from a character to a person: kinds can change after the link was read (a known name's
 * kind, a merge with a person), and a link that no longer joins the two kinds is dropped.
 */
export function compact(entities: readonly EntityDraft[]): EntityDraft[] {
  const order = entities
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.mentions.length > 0)
    .sort((a, b) => (a.e.mentions[0] as Span).start - (b.e.mentions[0] as Span).start);
  const index = new Map<number, number>(order.map(({ i }, k) => [i, k]));
  const kept = order.map(({ e }) => e);
  for (const e of kept) {
    const actor = e.playedBy === null ? undefined : index.get(e.playedBy);
    e.playedBy = actor !== undefined && e.kind === 'character' && kept[actor]?.kind === 'person' ? actor : null;
  }
  return kept;
}

interface Located extends Span {
  entity: number;
}

function allMentions(entities: readonly EntityDraft[]): Located[] {
  return entities.flatMap((e, entity) => e.mentions.map((m) => ({ ...m, entity }))).sort((a, b) => a.start - b.start);
}

const NON_LETTERS = /\P{L}+/u;
const BOUNDARY = '\n“”"‘’«».;:!?,';

const WHITE_SPACE = /\s/;

/** A title phrase has at most this many words ({@link isTitlePhrase}). */
const MAX_TITLE_WORDS = 12;

/**
 * Where the phrase before a bracket that ends at `end` starts: back to a line start, quote,
 * sentence mark or spaced dash. -1 when it has more words than a title phrase can, found without
 * walking further back: on a long line of `Descriptor (Name)` pairs each walk stays short.
 */
function phraseStart(view: string, text: string, end: number): number {
  let start = end;
  // Words passed so far, counted as the title test counts them in the caller's text (pieces
  // between white space with a letter or digit), and whether the piece being walked has one.
  let words = 0;
  let inWord = false;
  while (start > 0 && !BOUNDARY.includes(view[start - 1] as string) && !(isDash(view[start - 1]) && view[start - 2] === ' ' && view[start] === ' ')) {
    start--;
    const ch = text[start] as string;
    if (WHITE_SPACE.test(ch)) {
      if (inWord && ++words > MAX_TITLE_WORDS) return -1;
      inWord = false;
    } else if (isWordChar(ch)) inWord = true;
  }
  while (start < end && view[start] === ' ') start++;
  return start;
}

/** 2. Descriptors and dash chains, read off `Descriptor (Name)` and `Alias – Descriptor (Name)`. */
function tieDescriptors(input: NormalizedText, entities: EntityDraft[]): void {
  const { view, text } = input;
  // Where the bracket before a mention would be: the last non-space before it (-1 at the start).
  const openBefore = (m: Span): number => {
    let open = m.start - 1;
    while (open >= 0 && view[open] === ' ') open--;
    return open;
  };
  const bracketed = (m: Span): boolean => {
    const open = openBefore(m);
    let close = m.end;
    while (close < view.length && view[close] === ' ') close++;
    return view[open] === '(' && view[close] === ')';
  };
  if (!entities.some((e) => e.mentions.some(bracketed))) return;
  const mentions = allMentions(entities);
  const mentionAt = new Map(mentions.map((m) => [m.start, m]));
  const mentionEndingAt = new Map(mentions.map((m) => [m.end, m]));
  // Each entity's descriptors as a set too: a long text may give one name thousands of them.
  const described = new Map<EntityDraft, Set<string>>();
  const descriptorsOf = (e: EntityDraft): Set<string> => {
    let set = described.get(e);
    if (!set) described.set(e, (set = new Set(e.descriptors)));
    return set;
  };
  for (const m of mentions) {
    if (!bracketed(m)) continue;
    const open = openBefore(m);
    // The phrase before the bracket, back to a line start, quote, sentence mark or spaced dash.
    let end = open;
    while (end > 0 && view[end - 1] === ' ') end--;
    const start = phraseStart(view, text, end);
    if (start < 0) continue;
    const phrase = text.slice(start, end);
    if (!phrase || !isTitlePhrase(phrase) || mentionAt.has(start)) continue;
    const entity = entities[m.entity] as EntityDraft;
    const known = descriptorsOf(entity);
    if (!known.has(phrase)) {
      known.add(phrase);
      entity.descriptors.push(phrase);
    }
    // "Mrs.Park – English Teacher (Park Sun-Hwa)": the name before the dash is this one too.
    let k = start - 1;
    while (k >= 0 && (view[k] === ' ' || isDash(view[k]))) k--;
    const before = mentionEndingAt.get(k + 1);
    if (!before || before.entity === m.entity) continue;
    const words = (s: string): string[] => s.toLowerCase().split(NON_LETTERS).filter(Boolean);
    const shared = words(view.slice(before.start, before.end)).some((w) => words(view.slice(m.start, m.end)).includes(w));
    if (shared) {
      const moved = (entities[before.entity] as EntityDraft).descriptors;
      merge(entities, before.entity, m.entity);
      for (const d of moved) known.add(d);
    }
  }
}

const isKoreanShaped = (name: string): boolean => name.split(/[\s\-‐‑]+/).every((w) => koreanSyllableCount(w) > 0);

/** 3. Entities whose names are romanisations of one Korean name, of the same kind, merge. */
function mergeRomanisations(input: NormalizedText, entities: EntityDraft[]): void {
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
 * Where each known name's forms occur as whole words, found in one pass over the text
 * ({@link occurrencesByFirstWord}). Per entry, in the order they are claimed: longer forms first,
 * then by position. A form must start with a letter or digit, and a hyphen between letters joins
 * one name.
 */
function formOccurrences(input: NormalizedText, formsOf: readonly string[][]): Span[][] {
  const { view, lower } = input;
  // Every form with its entry and rank: longest first; equal lengths keep the caller's order.
  const all = formsOf.flatMap((forms, entry) => [...forms].sort((x, y) => y.length - x.length).map((f, rank) => ({ entry, rank, form: f.toLowerCase() })));
  // A hyphen between letters joins one name ("Joon-young"): "Joon" or "young" alone is not there.
  const joined = (at: number): boolean => isHyphen(view[at]) && isWordChar(view[at - 1]) && isWordChar(view[at + 1]);
  const starts = occurrencesByFirstWord(
    view,
    lower,
    all.map((c) => c.form),
    (at) => !isWordChar(view[at - 1]) && !joined(at - 1),
    (end) => !isWordChar(view[end]) && !joined(end),
  );
  const found: (Span & { rank: number })[][] = formsOf.map(() => []);
  all.forEach((c, k) => {
    for (const start of starts[k] as number[]) (found[c.entry] as (Span & { rank: number })[]).push({ start, end: start + c.form.length, rank: c.rank });
  });
  return found.map((list) => list.sort((x, y) => x.rank - y.rank || x.start - y.start).map(({ start, end }) => ({ start, end })));
}

/** 1. Every occurrence of a known name's forms is a mention; forms of one entry are one entity. */
function applyKnownNames(input: NormalizedText, entities: EntityDraft[], known: readonly KnownName[], blocked: Uint8Array): void {
  const { view } = input;
  const covered = new Uint8Array(view.length);
  for (const e of entities) for (const m of e.mentions) covered.fill(1, m.start, m.end);
  const formsOf = known.map((entry) => [entry.name, ...(entry.aliases ?? [])].filter((f) => f.trim().length > 1));
  const occurrences = formOccurrences(input, formsOf);
  // Each mention's name key, computed once however many entries look at it.
  const keys = new WeakMap<Span, string>();
  const keyOf = (m: Span): string => {
    let key = keys.get(m);
    if (key === undefined) keys.set(m, (key = nameKey(view.slice(m.start, m.end))));
    return key;
  };
  // Which entities hold a mention under each name key, kept up to date as entries add mentions
  // and merge entities: an entry finds its entities by its keys, not by reading every mention.
  // An entity merged away keeps its places here but has no mentions left, so it is passed over.
  const holders = new Map<string, Set<number>>();
  const hold = (m: Span, e: number): void => {
    const key = keyOf(m);
    let set = holders.get(key);
    if (!set) holders.set(key, (set = new Set()));
    set.add(e);
  };
  entities.forEach((e, i) => {
    for (const m of e.mentions) hold(m, i);
  });
  known.forEach((entry, k) => {
    // Entities already found under one of the forms become this entry's entity, the first one
    // in order taking the others in.
    const same = new Set<number>();
    for (const key of new Set((formsOf[k] as string[]).map(nameKey))) {
      for (const i of holders.get(key) ?? []) if ((entities[i] as EntityDraft).mentions.length > 0) same.add(i);
    }
    const order = [...same].sort((a, b) => a - b);
    let target = order[0];
    if (target === undefined) target = entities.push({ kind: 'character', kindConfidence: 0.5, mentions: [], roles: [], descriptors: [], playedBy: null }) - 1;
    for (const i of order.slice(1)) {
      for (const m of (entities[i] as EntityDraft).mentions) hold(m, target);
      merge(entities, i, target);
    }
    const entity = entities[target] as EntityDraft;
    if (entry.kind) {
      entity.kind = entry.kind;
      entity.kindConfidence = 1;
    }
    let added = false;
    for (const { start, end } of occurrences[k] as Span[]) {
      if (blocked[start] || covered[start] || covered[end - 1]) continue;
      const m = { start, end };
      entity.mentions.push(m);
      hold(m, target);
      added = true;
      covered.fill(1, start, end);
    }
    // Merges leave the mentions in order; only new ones need sorting.
    if (added) entity.mentions.sort((a, b) => a.start - b.start);
  });
}

/**
 * 4. A full name written with an extra final `s` is the same name: a possessive or a plural with
 *    its apostrophe left out ("all the Victor Cranes", "Dana Holts heart"), whose mentions then
 *    end before the `s`, or, when the form with the `s` is the more used, a surname's `s` dropped
 *    by a slip ("Robin William"). Only names of two or more words: a lone word with an `s` is
 *    often another name ("William", "Williams").
 */
function mergeTrailingS(input: NormalizedText, entities: EntityDraft[]): void {
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

/** Stage 4c: known names, descriptors and alias chains, romanisation variants, trailing `s`, casting, in that order; returns the tied entities, compacted. */
export function tieNames(input: NormalizedText, entities: EntityDraft[], known: readonly KnownName[], blocked: Uint8Array): EntityDraft[] {
  if (known.length) applyKnownNames(input, entities, known, blocked);
  tieDescriptors(input, entities);
  mergeRomanisations(input, entities);
  mergeTrailingS(input, entities);
  linkCasting(input, entities);
  return compact(entities);
}

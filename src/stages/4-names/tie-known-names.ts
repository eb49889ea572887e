/**
 * Stage 4c, known names: every whole-word occurrence of a name the caller gives
 * (`options.knownNames`) and of its aliases is a mention, and the forms of one entry are one
 * entity, with the kind the caller gave. The forms are found in one pass over the text.
 */
import type { KnownName, Span } from '../../types';
import { isHyphen, isWordChar } from '../../text/chars';
import { nameKey } from '../../text/name-key';
import { occurrencesByFirstWord } from '../../text/occurrences';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { merge } from './tie-merge';

/** Where the known names' forms occur: each distinct form's starts, and each entry's forms. */
interface KnownOccurrences {
  /** Per distinct lower-case form, where it starts, in order. */
  starts: number[][];
  /** Per distinct form, its length. */
  lengths: number[];
  /** Per entry, its distinct forms' indices in the order they are claimed: longest first. */
  formsOf: number[][];
}

/**
 * Where each known name's forms occur as whole words, found in one pass over the text
 * ({@link occurrencesByFirstWord}). Each distinct form is searched once however many entries
 * give it (a caller's list may repeat an entry or share one alias thousands of times), and an
 * entry claims its forms longest first (equal lengths keep the caller's order), each form's
 * places in order. A form must start with a letter or digit, and a hyphen between letters joins
 * one name.
 */
function formOccurrences(input: NormalizedText, formsOf: readonly string[][]): KnownOccurrences {
  const { view, lower } = input;
  const index = new Map<string, number>();
  const distinct: string[] = [];
  const entryForms = formsOf.map((forms) =>
    [...forms]
      .sort((x, y) => y.length - x.length)
      .map((f) => {
        const form = f.toLowerCase();
        let k = index.get(form);
        if (k === undefined) index.set(form, (k = distinct.push(form) - 1));
        return k;
      }),
  );
  // A hyphen between letters joins one name ("Joon-young"): "Joon" or "young" alone is not there.
  const joined = (at: number): boolean => isHyphen(view[at]) && isWordChar(view[at - 1]) && isWordChar(view[at + 1]);
  const starts = occurrencesByFirstWord(
    view,
    lower,
    distinct,
    (at) => !isWordChar(view[at - 1]) && !joined(at - 1),
    (end) => !isWordChar(view[end]) && !joined(end),
  );
  return { starts, lengths: distinct.map((f) => f.length), formsOf: entryForms };
}

/** 1. Every occurrence of a known name's forms is a mention; forms of one entry are one entity. */
export function applyKnownNames(input: NormalizedText, entities: EntityDraft[], known: readonly KnownName[], blocked: Uint8Array): void {
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
  const claimed = new Uint8Array(occurrences.lengths.length);
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
    for (const f of occurrences.formsOf[k] as number[]) {
      // Once one entry has gone through a form's places, each is blocked or covered: a later
      // entry with the same form (a repeated entry, a shared alias) would find nothing there.
      if (claimed[f]) continue;
      claimed[f] = 1;
      const length = occurrences.lengths[f] as number;
      for (const start of occurrences.starts[f] as number[]) {
        const end = start + length;
        if (blocked[start] || covered[start] || covered[end - 1]) continue;
        const m = { start, end };
        entity.mentions.push(m);
        hold(m, target);
        added = true;
        covered.fill(1, start, end);
      }
    }
    // Merges leave the mentions in order; only new ones need sorting.
    if (added) entity.mentions.sort((a, b) => a.start - b.start);
  });
}

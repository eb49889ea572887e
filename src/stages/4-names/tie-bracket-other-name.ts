/**
 * Stage 4c, a part's other name in a bracket: `C (Iron Man)`, `C (Queen Vell)`. A character
 * written in a bracket right after another character's name, when it is a hero's title-name or a
 * ranked form (a title no actor is written with) and shares no word with a real person's name in
 * the text, is the same character under its second name: the two become one. After `of` or a
 * possessive the bracket may name the whole phrase (`the mother of C (Queen Vell)`), so it ties
 * nothing there; nor does a bracketed name that has its own player.
 */
import type { NormalizedText } from '../stage-types';
import type { EntityDraft } from '../stage-types';
import type { Word } from '../../text/words';
import { isApostrophe } from '../../text/chars';
import { rankedName } from './link-casting-orient';
import { titleNamed } from './tie-hero-names';
import { merge } from './tie-merge';

/** The lower-case words of a span, split on spaces and dots. */
function wordsOf(lower: string, start: number, end: number): string[] {
  return lower.slice(start, end).split(/[ .]+/).filter((w) => w.length > 0);
}

/** True when the mention that ends at `end` and starts at `start` is possessive or stands right after `of`. */
function ownedPhrase(view: string, lower: string, start: number, end: number): boolean {
  if (isApostrophe(view[end - 2]) || isApostrophe(view[end - 1])) return true;
  return lower.slice(Math.max(0, start - 3), start) === 'of ';
}

/** Merges each bracketed character that is another character's other name into it (see the file comment). */
export function tieBracketOtherNames(input: NormalizedText, words: readonly Word[], entities: EntityDraft[]): void {
  const { view, lower } = input;
  // Most texts hold no bracket: nothing to read then.
  if (!view.includes('(')) return;
  // Per end of a character's mention, its entity and the mention's start.
  const endsAt = new Map<number, { e: number; start: number }>();
  entities.forEach((e, i) => {
    if (e.kind === 'character') for (const m of e.mentions) endsAt.set(m.end, { e: i, start: m.start });
  });
  // The words of every real person's name, read only once a bracket's name is a candidate.
  let personWords: Set<string> | null = null;
  const wordsOfPeople = (): Set<string> => {
    if (personWords) return personWords;
    personWords = new Set<string>();
    for (const e of entities) if (e.kind !== 'character') for (const m of e.mentions) for (const w of wordsOf(lower, m.start, m.end)) personWords.add(w);
    return personWords;
  };
  entities.forEach((a, i) => {
    if (a.kind !== 'character' || a.playedBy !== null || a.mentions.length === 0) return;
    let to = -1;
    for (const m of a.mentions) {
      if (view[m.start - 1] !== '(' || view[m.start - 2] !== ' ' || view[m.end] !== ')') continue;
      const host = endsAt.get(m.start - 2);
      if (host === undefined || host.e === i || ownedPhrase(view, lower, host.start, m.start - 2)) continue;
      to = host.e;
      break;
    }
    if (to < 0) return;
    const e = entities[to] as EntityDraft;
    if (e.mentions.length === 0 || titleNamed(words, e) || (!titleNamed(words, a) && !rankedName(view, lower, a))) return;
    const people = wordsOfPeople();
    for (const m of a.mentions) for (const w of wordsOf(lower, m.start, m.end)) if (people.has(w)) return;
    merge(entities, i, to);
  });
}

/**
 * Stage 4c, a hero's title-name: a character named by a title a hero goes by (`Wonder Woman`,
 * `Batman`) and a character with a personal name (`Diana Prince`) that the text gives the same
 * actor are one character under two names (`A played Wonder Woman`, `Diana Prince (A)`). An actor
 * with two personal-name parts (a double role, or a part in another film) keeps them apart, and so
 * does an actor with two title-names.
 */
import { HERO_NAME_ENDS } from '../../data/alias-cues';
import { firstAtOrAfter } from '../../text/search';
import type { Word } from '../../text/words';
import type { Span } from '../../types';
import type { EntityDraft } from '../stage-types';
import { merge } from './tie-merge';

/**
 * True for a mention whose last word is a hero's title noun, alone or as its ending (`Iron Man`,
 * `Spider-Man`, `Batman`): read from the scanned words the mention covers, a hyphenated word's
 * parts counted as words.
 */
function heroTitleMention(words: readonly Word[], m: Span): boolean {
  let count = 0;
  let last: Word | undefined;
  for (let i = firstAtOrAfter(words, m.start); i < words.length && (words[i] as Word).start < m.end; i++) {
    last = words[i] as Word;
    count++;
  }
  if (last === undefined) return false;
  const hyphen = last.lower.lastIndexOf('-');
  const end = hyphen >= 0 ? last.lower.slice(hyphen + 1) : last.lower;
  if (count > 1 || hyphen >= 0) return HERO_NAME_ENDS.includes(end);
  return HERO_NAME_ENDS.some((e) => end.length > e.length + 2 && end.endsWith(e));
}

/** True when every mention of the entity is a hero's title-name ({@link heroTitleMention}). */
export function titleNamed(words: readonly Word[], e: EntityDraft): boolean {
  return e.mentions.length > 0 && e.mentions.every((m) => heroTitleMention(words, m));
}

/**
 * Merges each character only title-named into the one personal-name character that the same
 * actor plays, when the actor plays exactly one of each.
 */
export function mergeHeroNames(words: readonly Word[], entities: EntityDraft[]): void {
  const parts = new Map<number, number[]>();
  entities.forEach((e, i) => {
    if (e.kind !== 'character' || e.playedBy === null || e.mentions.length === 0) return;
    const list = parts.get(e.playedBy);
    if (list) list.push(i);
    else parts.set(e.playedBy, [i]);
  });
  for (const [actor, list] of parts) {
    if (list.length !== 2 || entities[actor]?.kind !== 'person') continue;
    const titled = list.filter((i) => titleNamed(words, entities[i] as EntityDraft));
    if (titled.length !== 1) continue;
    const from = titled[0] as number;
    const to = list.find((i) => i !== from) as number;
    merge(entities, from, to);
  }
}

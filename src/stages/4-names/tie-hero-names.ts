/**
 * Stage 4c, a hero's title-name: a character named by a title a hero goes by (`Wonder Woman`,
 * `Batman`) and a character with a personal name (`Diana Prince`) that the text gives the same
 * actor are one character under two names (`A played Wonder Woman`, `Diana Prince (A)`). An actor
 * with two personal-name parts (a double role, or a part in another film) keeps them apart, and so
 * does an actor with two title-names.
 */
import { HERO_NAME_ENDS } from '../../data/alias-cues';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { merge } from './tie-merge';

/** True for a form whose last word is a hero's title noun, alone or as its ending (`Iron Man`, `Batman`). */
function heroTitleForm(form: string): boolean {
  const words = form.split(/[\s-]+/);
  const last = words.at(-1) ?? '';
  if (words.length > 1) return HERO_NAME_ENDS.includes(last);
  return HERO_NAME_ENDS.some((end) => last.length > end.length + 2 && last.endsWith(end));
}

/** True when every mention of the entity is a hero's title-name ({@link heroTitleForm}). */
function titleNamed(input: NormalizedText, e: EntityDraft): boolean {
  return e.mentions.length > 0 && e.mentions.every((m) => heroTitleForm(input.lower.slice(m.start, m.end)));
}

/**
 * Merges each character only title-named into the one personal-name character that the same
 * actor plays, when the actor plays exactly one of each.
 */
export function mergeHeroNames(input: NormalizedText, entities: EntityDraft[]): void {
  const parts = new Map<number, number[]>();
  entities.forEach((e, i) => {
    if (e.kind !== 'character' || e.playedBy === null || e.mentions.length === 0) return;
    const list = parts.get(e.playedBy);
    if (list) list.push(i);
    else parts.set(e.playedBy, [i]);
  });
  for (const [actor, list] of parts) {
    if (list.length !== 2 || entities[actor]?.kind !== 'person') continue;
    const titled = list.filter((i) => titleNamed(input, entities[i] as EntityDraft));
    if (titled.length !== 1) continue;
    const from = titled[0] as number;
    const to = list.find((i) => i !== from) as number;
    merge(entities, from, to);
  }
}

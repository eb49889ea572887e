/**
 * Stage 4c, a part named by a work's title with its player in brackets: `Forrest Gump (A) runs`,
 * `LAPD Officer K (A)`, `Terminator(A)`. A work named after its hero shares the hero's name, and
 * the works stage takes the name as the title, so the bracket pair the names stage reads as
 * `C (A)` has no character on its left and no link is made. A work's mention written as a part's
 * name (every word capitalised, at most three past `The`, not in quote marks: the same test as
 * `A … as T`, `link-casting-as-title.ts`), then a bracket, a space before it or none, that holds
 * nothing but one real person's mention, someone the text names as no maker (a director's name
 * after a film's title says who made it: `Heat (M)`): the person plays the part the title names.
 * The part is the character the text writes as the title, else a new character at the work's
 * mentions, as for the other title parts (`link-casting-title-part.ts`). A title's bracket also
 * holds its other title (`The Chorus (Les Choristes)`), which the names stage may take for a
 * person, so the person must be named outside the bracket too: a player is talked of elsewhere in
 * the text. Each work mention reads the few characters after it, so the pass is linear in mentions.
 */
import { OPEN_QUOTES } from '../../data/name-marks';
import { bracketOpenAfter } from '../../text/bracket-open';
import type { EntityDraft, NormalizedText, WorkDraft } from '../stage-types';
import { MAKER_ROLES, asideClose } from './link-casting-as';
import { titleName, writtenAs } from './link-casting-as-title';
import { castTitlePart } from './link-casting-title-part';

/** The most characters a player's name in the bracket may take ("Arnold Schwarzenegger Jr."). */
const MAX_BRACKET_CHARS = 60;

/**
 * Links the person in the bracket after each work title written as a name (`T (A)`) to the part
 * the title names; returns the characters made for titles no entity holds (the caller adds them to
 * the entities).
 */
export function linkTitleBrackets(input: NormalizedText, entities: EntityDraft[], works: readonly WorkDraft[]): EntityDraft[] {
  const { view } = input;
  const made: EntityDraft[] = [];
  if (works.length === 0 || entities.length === 0 || !view.includes('(')) return made;
  // The entity of the mention that starts at each offset, and where that mention ends.
  const startAt = new Map<number, { entity: number; end: number }>();
  entities.forEach((e, entity) => {
    for (const m of e.mentions) startAt.set(m.start, { entity, end: m.end });
  });
  const madeFor = new Set<WorkDraft>();
  let written: Map<string, number[]> | undefined;
  for (const w of works) {
    for (const m of w.mentions) {
      const open = bracketOpenAfter(view, m.end);
      if (open < 0 || OPEN_QUOTES.includes(view[m.start - 1] as string)) continue;
      const close = asideClose(view, open, Math.min(view.length, open + MAX_BRACKET_CHARS));
      const inside = startAt.get(open + 1);
      if (close < 0 || inside === undefined || inside.end !== close) continue;
      const actor = entities[inside.entity] as EntityDraft;
      if (actor.kind !== 'person' || actor.roles.some((r) => MAKER_ROLES.has(r)) || actor.mentions.length < 2) continue;
      const title = titleName(view, m.start, m.end);
      if (title === undefined) continue;
      written ??= writtenAs(view, entities);
      const part = written.get(title.toLowerCase())?.find((e) => e !== inside.entity);
      castTitlePart(entities, w, part, inside.entity, made, madeFor);
    }
  }
  return made;
}

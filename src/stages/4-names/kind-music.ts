/**
 * Stage 4b, kind: the people of a text about music. A chart report or a band's news tells of no
 * story, so the names it gives are of singers, rappers, players and the people around them
 * (`Lil Jon`, `her daughter X`, `Dr Dre`), whatever shape they have: a lone stage name reads to the
 * model as a part's given name, and `known as X` or `X plays` as casting words. The reviews the
 * model learns from are of films and series, where such names are mostly parts, so it cannot
 * learn this itself.
 */
import type { EntityDraft } from '../stage-types';

/**
 * Makes every character of a text about music a real person, unless a casting link ties it to
 * the one who plays it or it plays someone itself: a text that casts a part names a story after
 * all. The confidence is the model's for a person, at least even: the kind comes from the text's
 * subject, not from the name's own evidence.
 */
export function musicPeople(entities: readonly EntityDraft[]): void {
  const actors = new Set<number>();
  for (const entity of entities) if (entity.playedBy !== null) actors.add(entity.playedBy);
  entities.forEach((entity, e) => {
    if (entity.kind !== 'character' || entity.playedBy !== null || actors.has(e)) return;
    entity.kind = 'person';
    entity.kindConfidence = Math.max(0.5, 1 - entity.kindConfidence);
  });
}

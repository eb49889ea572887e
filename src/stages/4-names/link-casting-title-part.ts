/**
 * Stage 4c, shared by the passes that read a part named by a work's title (`the title role`:
 * `link-casting-title-role.ts`; `A … as T`: `link-casting-as-title.ts`): casting that part.
 */
import type { EntityDraft, WorkDraft } from '../stage-types';

/**
 * Casts the part the title of `work` names with the actor `actor` (an entity index). `part` is the
 * entity written as the title, if any: it becomes a character played by the actor unless it is
 * played already or has a role other than `other`. Without one, a new character at the work's
 * mentions is pushed to `made` (the caller adds it to the entities), once per work (`madeFor`).
 * The actor gets the role `actor`. Returns false when nothing was cast.
 */
export function castTitlePart(entities: EntityDraft[], work: WorkDraft, part: number | undefined, actor: number, made: EntityDraft[], madeFor: Set<WorkDraft>): boolean {
  if (part === undefined) {
    // One part per title: a second phrase about it names it again.
    if (madeFor.has(work)) return false;
    made.push({ kind: 'character', kindConfidence: 0.5, mentions: work.mentions.map((m) => ({ start: m.start, end: m.end })), roles: [], descriptors: [], playedBy: actor });
    madeFor.add(work);
  } else {
    const role = entities[part] as EntityDraft;
    if (role.playedBy !== null || role.roles.some((r) => r !== 'other')) return false;
    role.kind = 'character';
    role.roles = [];
    role.playedBy = actor;
  }
  const player = entities[actor] as EntityDraft;
  if (player.roles.length === 1 && player.roles[0] === 'other') player.roles[0] = 'actor';
  else if (!player.roles.includes('actor')) player.roles.push('actor');
  return true;
}

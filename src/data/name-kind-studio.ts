/**
 * The words around a name that tell a studio or a company, not someone: `studio X`, `X Studios`,
 * `animated by X`, `X's animation`. Read by `src/stages/4-names/kind-studio.ts`.
 */

/** Nouns of a studio right before or after its name (`studio Bones`, `Wit Studio`, `Marvel Studios`). */
export const STUDIO_NOUNS: ReadonlySet<string> = new Set(['studio', 'studios']);

/** Words before `by` or `from` that lead to the studio that drew a work (`animated by X`, `animation from X`). */
export const ANIMATED_WORDS: ReadonlySet<string> = new Set(['animated', 'animation', 'animations', 'reanimated']);

/** Words after a possessive that a studio owns, not a person (`X's animation`, `X's animators`). */
export const STUDIO_POSSESSIONS: ReadonlySet<string> = new Set(['animation', 'animations', 'animators', 'animating', 'studio', 'studios']);

/**
 * Words of the phrases that name a story's lead (`X, our main protagonist`, `X, the villain of the
 * series`), read by the names stage's kind step (`kind-story-lead.ts`).
 */

/**
 * Determiners that make a part noun the story's own (`the villain`, `our hero`, `its heroine`,
 * `of this series`); `a` only classes someone (`a real hero`).
 */
export const STORY_LEAD_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'its', 'their', 'this']);

/**
 * Nouns of a told story, beside the works' own nouns, whose part a name is (`the hero of the
 * story`, `the villain of the arc`). Not `hour` or `day`: `the hero of the hour` is praise.
 */
export const TOLD_STORY_NOUNS: ReadonlySet<string> = new Set([
  'story', 'plot', 'storyline', 'narrative', 'tale', 'episode', 'season', 'arc', 'game', 'sequel', 'franchise', 'saga',
]);

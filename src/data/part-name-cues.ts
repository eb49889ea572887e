/**
 * Words that tell a real person beside a name the casting readers cast as a part, read by
 * `scripts/learn-part-names.mjs` (through `src/stages/4-names/learned-parts.ts`) before it learns
 * the name as a known part: a biopic casts historical people as parts (`DiCaprio as Howard
 * Hughes`), and news names them with a word of a life told or lived. Lower case.
 */

/**
 * Nouns of a life told, before `of` and the name (`a biopic of X`, `a biography of X`) or right
 * after the name (`the X biopic`): the name is the real person the work is about. Not `life` or
 * `story`: a plot is the life of its hero too (`the life of X`, `the story of X`).
 */
export const LIFE_STORY_NOUNS: ReadonlySet<string> = new Set(['biopic', 'biopics', 'biography', 'biographies', 'memoir', 'memoirs', 'documentary', 'documentaries']);

/**
 * Words right before a name that make it someone who lived (`the late X`, `real-life X`, `the real
 * X`). Not praise (`legendary`): a story's hero is praised so too.
 */
export const REAL_LIFE_WORDS: ReadonlySet<string> = new Set(['late', 'real-life', 'real', 'historical']);

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

/**
 * Phrases, word by word, that make the name right after them the one a story is about (`the story
 * follows X`, `the plot centres on X`, `the film tells the story of X`), read by
 * `kind-story-subject.ts` when a story's noun or a work's title is their subject. Not `is about`
 * (`the film is about X` names a theme or a real subject as often) nor `chronicles` (a documentary's
 * verb); `the true story of` is left out by its own words.
 */
export const STORY_SUBJECT_PHRASES: readonly (readonly string[])[] = [
  ['follows'],
  ['follows', 'the', 'story', 'of'],
  ['centres', 'on'],
  ['centers', 'on'],
  ['centred', 'on'],
  ['centered', 'on'],
  ['revolves', 'around'],
  ['focuses', 'on'],
  ['focusses', 'on'],
  ['tells', 'the', 'story', 'of'],
  ['tells', 'the', 'tale', 'of'],
  ['is', 'the', 'story', 'of'],
];

/**
 * Nouns of a work or a told story that can be the subject of a {@link STORY_SUBJECT_PHRASES}
 * phrase about a part (`the series follows X`, `the plot revolves around X`). Not a documentary
 * (its subject is real), nor a song or an album.
 */
export const STORY_SUBJECT_NOUNS: ReadonlySet<string> = new Set([
  'story', 'plot', 'storyline', 'narrative', 'tale', 'episode', 'season', 'arc', 'game', 'sequel', 'saga',
  'film', 'movie', 'series', 'show', 'drama', 'kdrama', 'k-drama', 'sitcom', 'anime', 'manga', 'manhwa', 'webtoon',
  'novel', 'book', 'musical', 'play', 'miniseries', 'comedy', 'thriller', 'chapter', 'volume', 'prequel',
]);

/**
 * Nouns of a work about a real life: a sentence that holds one tells of a real person, whom a
 * {@link STORY_SUBJECT_PHRASES} phrase names as much as a plot's lead (`the biopic tells the story
 * of X`, `a documentary whose film follows X`).
 */
export const REAL_LIFE_WORK_NOUNS: ReadonlySet<string> = new Set([
  'documentary', 'documentaries', 'docuseries', 'docudrama', 'biopic', 'biography', 'memoir', 'autobiography',
  'true', 'real-life', 'reality',
]);

/**
 * Nouns of a part's course through its story after a name's possessive (`X's journey`, `X's
 * arc`, `X's backstory`): what a story is about, as `the story follows X` says. Not `story` or
 * `tale`, which a writer owns as often (`the novelist's story`), nor `quest`, which a real person
 * has too (`his quest for authenticity`).
 */
export const STORY_COURSE_NOUNS: ReadonlySet<string> = new Set(['journey', 'arc', 'backstory']);

/**
 * Words before `story` that make one course noun of the two (`back story`, `origin story`). Not
 * `character arc`: `A's character` is how reviews name an actor's part (`A's character arc`).
 */
export const STORY_COURSE_LEADS: ReadonlySet<string> = new Set(['back', 'origin']);

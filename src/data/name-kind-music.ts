/**
 * The words that tell a text is about music and not about a story (a chart report, a band's news,
 * an awards night for singers): read by `src/stages/word-facts.ts` and, through it, by the names
 * stage's kind step (`src/stages/4-names/kind-music.ts`).
 */

/**
 * Words of records and of the people who make and perform them. A text that uses them far more
 * often than {@link STORY_SUBJECT_WORDS} is about music. Words that film news uses as often (`hit`,
 * `record`, `tour`, `star`, `stage`, `play`) are left out.
 */
export const MUSIC_SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'album', 'albums', 'single', 'singles', 'song', 'songs', 'songwriter', 'songwriters', 'chart', 'charts',
  'band', 'bands', 'singer', 'singers', 'rapper', 'rappers', 'gig', 'gigs', 'concert', 'concerts',
  'musician', 'musicians', 'guitarist', 'guitarists', 'drummer', 'drummers', 'bassist', 'bassists',
  'track', 'tracks', 'lyrics',
]);

/**
 * Words of a story and of its telling: the kinds of work that have characters (films, series,
 * novels, plays, operas, comics) and the words for a part in one (`character`, `role`, `hero`).
 * One of them in a text about music may be an aside (`the film's soundtrack`); many say a story is
 * among its subjects. `musical` alone is left out: music news uses it of a sound or a career far
 * more often (`his musical direction`) than of a stage show, which its plural still counts.
 */
export const STORY_SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'movies', 'cinema', 'screen', 'sitcom', 'sitcoms', 'soap', 'soaps', 'drama', 'dramas',
  'series', 'show', 'shows', 'episode', 'episodes', 'sequel', 'novel', 'novels', 'book', 'books', 'fiction',
  'story', 'stories', 'storyline', 'plot', 'musicals', 'opera', 'operas', 'theatre', 'pantomime', 'panto',
  'cartoon', 'cartoons', 'comic', 'comics', 'animation', 'animated', 'anime', 'manga',
  'character', 'characters', 'role', 'roles', 'cast', 'starring', 'starred', 'actor', 'actors', 'actress',
  'actresses', 'hero', 'heroine', 'villain',
]);

/** How many {@link MUSIC_SUBJECT_WORDS} a text needs at least to read as a text about music. */
export const MUSIC_WORDS_NEEDED = 3;

/**
 * How many {@link MUSIC_SUBJECT_WORDS} a text about music uses at least for each of its
 * {@link STORY_SUBJECT_WORDS}: fewer, and a story is as much its subject as music is.
 */
export const MUSIC_WORDS_PER_STORY_WORD = 5;

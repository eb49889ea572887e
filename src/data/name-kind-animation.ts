/**
 * The words that tell a text is about animation (anime, manga, cartoons, animated films), and the
 * words that tie a name in such a text to the people who made it (voice actors, mangaka,
 * directors, studios). Read by `src/stages/4-names/kind-animation.ts`.
 */

/**
 * The words of anime and manga fandom, which a text about any other animation does not use
 * (`animated`, `cartoon`, a studio's name are not among them): a text that says them
 * {@link ANIMATION_WORDS_NEEDED} times is anime or manga talk, whose arcs, seasons, islands and
 * rankings are numbered ("Arc 2", "Water 7") where a film's news numbers its sequels ("Shrek 2").
 */
export const ANIME_WORDS: ReadonlySet<string> = new Set([
  'anime', 'animes', 'manga', 'mangas', 'mangaka', 'shonen', 'shounen', 'seinen', 'shojo', 'shoujo', 'josei',
  'isekai', 'mecha', 'ova', 'ovas', 'seiyuu', 'seiyu', 'manhwa', 'webtoon', 'light-novel',
]);

/**
 * Words only a text about animation uses of its subject (the words of
 * {@link ANIME_WORDS} and those of any animation). A text that uses them at least
 * {@link ANIMATION_WORDS_NEEDED} times is about animation: one alone may be an aside (`unlike the
 * anime`, `an animated performance`).
 */
export const ANIMATION_WORDS: ReadonlySet<string> = new Set([
  ...ANIME_WORDS, 'animated', 'animation', 'animations', 'cartoon', 'cartoons',
]);

/** How many {@link ANIMATION_WORDS} a text needs to read as a text about animation. */
export const ANIMATION_WORDS_NEEDED = 2;

/**
 * Words per {@link ANIMATION_WORDS} word above which a text is not wholly about animation: a fan
 * review of an anime says `anime`, `manga` or `animation` every few hundred words.
 */
export const ANIMATION_TEXT_SPAN = 500;

/** How far, in words, a word of {@link ANIMATION_MAKER_WORDS} ties a name to making the work. */
export const ANIMATION_MAKER_REACH = 8;

/**
 * Words near a name in a text about animation that tie it to making the work or to a voice, not
 * to a part in its story (`the seiyuu X`, `X's art`, `voiced by X`, `the dub's X`).
 */
export const ANIMATION_MAKER_WORDS: ReadonlySet<string> = new Set([
  'seiyuu', 'seiyu', 'mangaka', 'voice', 'voices', 'voiced', 'voicing', 'va', 'vas', 'dub', 'dubbed', 'dubbing',
  'sub', 'subbed', 'studio', 'studios', 'animator', 'animators', 'art', 'artwork', 'drawn', 'drew', 'draws',
  'drawing', 'illustrated', 'illustrator', 'artist', 'artists', 'creators', 'authors', 'writers', 'directors', 'creator', 'created', 'creates', 'author', 'authored', 'writer',
  'written', 'wrote', 'writes', 'writing', 'director', 'directed', 'directs', 'directing', 'producer', 'produced',
  'composer', 'composed', 'soundtrack', 'ost', 'score', 'sensei', 'interview', 'play', 'plays', 'played', 'playing',
  'sounds', 'lead', 'acting', 'role', 'casting', 'adaptation', 'adapted', 'serialized',
  'serialised', 'magazine', 'jump', 'performance', 'actor', 'actress', 'cast',
]);

/**
 * The probability given to a full name read as a character by the animation prior alone: better
 * than even, since a reader of such a text knows no actor is on screen, but well below what named
 * evidence gives, since the text may still name a maker without a word that says so.
 */
export const ANIMATION_PRIOR_CONFIDENCE = 0.6;

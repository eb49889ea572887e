/**
 * Name forms that name no one in reviews of shows and films, whatever the single document made of
 * them: the medium and its genres, the headings of a rating form, story parts, studios. A document
 * entity whose every form is one of these adds nothing to the index.
 */
import { formWords } from './form-key';

/**
 * Words a form made only of them names no one: the medium and its genres ("Shōnen Anime"), and
 * the labels of review score forms ("Story 8/10 … Sound … Enjoyment … Overall"). Folded as
 * {@link formWords} folds them.
 */
const PLAIN_WORDS: ReadonlySet<string> = new Set(
  [
    'anime', 'animes', 'manga', 'mangas', 'manhwa', 'shonen', 'shounen', 'seinen', 'shojo', 'shoujo', 'josei',
    'isekai', 'mecha', 'harem', 'genre', 'otaku', 'weeb', 'weebs', 'waifu', 'mangaka',
    'story', 'art', 'sound', 'character', 'characters', 'enjoyment', 'overall', 'animation', 'music',
    'plot', 'visuals', 'acting', 'voice', 'rating', 'score', 'verdict', 'conclusion', 'summary', 'pros',
    'cons', 'final', 'thoughts', 'dub', 'dubs', 'sub', 'subs', 'soundtrack', 'opening', 'openings', 'ending', 'endings',
    'filler', 'fillers', 'canon', 'arc', 'arcs', 'saga', 'sagas', 'season', 'seasons', 'episode', 'episodes',
  ].map((w) => formWords(w).join('')),
);

/**
 * Words that make any form holding them a part of the story or the release rather than someone
 * ("Soul Society Arc", "Season 2", "Filler Episodes").
 */
const PART_WORDS: ReadonlySet<string> = new Set(['arc', 'arcs', 'saga', 'sagas', 'season', 'seasons', 'episode', 'episodes', 'filler', 'fillers', 'ova', 'ovas', 'movie', 'movies']);

/**
 * Words that, last in a form, make it a group or a place rather than someone ("Straw Hat Pirates",
 * "Phantom Troupe", "Uchiha Clan", "Soul Society", "Leaf Village"), and that name no one alone
 * ("the Pirates", "the Empire").
 */
const GROUP_WORDS: ReadonlySet<string> = new Set([
  'pirates', 'crew', 'crews', 'clan', 'clans', 'army', 'armies', 'corps', 'squad', 'squads', 'troupe', 'gang', 'guild', 'brigade',
  'division', 'organization', 'organisation', 'society', 'village', 'villages', 'kingdom', 'kingdoms', 'island', 'islands',
  'empire', 'republic', 'alliance', 'federation', 'government', 'council', 'senate', 'resistance', 'rebellion', 'rebels',
  'marines', 'navy', 'military', 'academy', 'school', 'city', 'town', 'world', 'planet', 'galaxy', 'universe', 'earth',
  'syndicate', 'war', 'wars', 'battle', 'exam', 'exams', 'tournament',
]);

/** Animation studios, publishers and streaming services, and the names of tropes, as merge keys. */
const STUDIOS: ReadonlySet<string> = new Set(
  [
    'Gary Stu', 'Mary Sue',
    'Pierrot', 'Studio Pierrot', 'Toei', 'Toei Animation', 'Madhouse', 'Ufotable', 'MAPPA', 'Wit Studio', 'Sunrise', 'Kyoto Animation',
    'KyoAni', 'Shaft', 'Gainax', 'Studio Deen', 'Production I.G', 'A-1 Pictures', 'Studio Ghibli', 'Ghibli', 'Bones', 'Studio Bones',
    'Trigger', 'Studio Trigger', 'CloverWorks', 'Crunchyroll', 'Funimation', 'Aniplex', 'Shueisha', 'Shonen Jump', 'Weekly Shonen Jump',
    'Viz', 'Viz Media', 'MyAnimeList', 'MAL',
  ].map((w) => formWords(w).join('')),
);

/** Abbreviations that name parts of a show when written in capitals ("the OPs and EDs", "the OST"). */
const CAPITAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['OP', 'ED', 'OST', 'OVA', 'ONA', 'MC', 'CGI', 'PV', 'BGM']);

/** Whether `form`, as one document wrote it, names no one (see the sets above). */
export function namesNoOne(form: string): boolean {
  const bare = form.trim();
  const singular = bare.endsWith('s') ? bare.slice(0, -1) : bare;
  if (CAPITAL_ABBREVIATIONS.has(bare) || CAPITAL_ABBREVIATIONS.has(singular)) return true;
  const words = formWords(bare);
  if (!words.length) return true;
  if (STUDIOS.has(words.join(''))) return true;
  if (GROUP_WORDS.has(words[words.length - 1] as string)) return true;
  return words.every((w) => PLAIN_WORDS.has(w)) || words.some((w) => PART_WORDS.has(w));
}

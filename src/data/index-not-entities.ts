/**
 * Words and names the cross-review index (src/index-build/not-entities.ts) treats as naming no one
 * in reviews of shows and films. Written as reviewers write them; the index folds them as it folds
 * name forms.
 */

/**
 * Words a form made only of them names no one: the medium and its genres ("Shōnen Anime"), and
 * the labels of review score forms ("Story 8/10 … Sound … Enjoyment … Overall").
 */
export const INDEX_PLAIN_WORDS: readonly string[] = [
  'anime', 'animes', 'manga', 'mangas', 'manhwa', 'shonen', 'shounen', 'seinen', 'shojo', 'shoujo', 'josei',
    'isekai', 'mecha', 'harem', 'genre', 'otaku', 'weeb', 'weebs', 'waifu', 'mangaka',
    'story', 'art', 'sound', 'character', 'characters', 'enjoyment', 'overall', 'animation', 'music',
    'plot', 'visuals', 'acting', 'voice', 'rating', 'score', 'verdict', 'conclusion', 'summary', 'pros',
    'cons', 'final', 'thoughts', 'dub', 'dubs', 'sub', 'subs', 'soundtrack', 'opening', 'openings', 'ending', 'endings',
    'filler', 'fillers', 'canon', 'arc', 'arcs', 'saga', 'sagas', 'season', 'seasons', 'episode', 'episodes',
];

/**
 * Words that make any form holding them a part of the story or the release rather than someone
 * ("Soul Society Arc", "Season 2", "Filler Episodes").
 */
export const INDEX_PART_WORDS: readonly string[] = ['arc', 'arcs', 'saga', 'sagas', 'season', 'seasons', 'episode', 'episodes', 'filler', 'fillers', 'ova', 'ovas', 'movie', 'movies'];

/**
 * Words that, last in a form, make it a group or a place rather than someone ("Straw Hat Pirates",
 * "Phantom Troupe", "Uchiha Clan", "Soul Society", "Leaf Village"), and that name no one alone
 * ("the Pirates", "the Empire").
 */
export const INDEX_GROUP_WORDS: readonly string[] = [
  'pirates', 'crew', 'crews', 'clan', 'clans', 'army', 'armies', 'corps', 'squad', 'squads', 'troupe', 'gang', 'guild', 'brigade',
  'division', 'organization', 'organisation', 'society', 'village', 'villages', 'kingdom', 'kingdoms', 'island', 'islands',
  'empire', 'republic', 'alliance', 'federation', 'government', 'council', 'senate', 'resistance', 'rebellion', 'rebels',
  'marines', 'navy', 'military', 'academy', 'school', 'city', 'town', 'world', 'planet', 'galaxy', 'universe', 'earth',
  'syndicate', 'war', 'wars', 'battle', 'exam', 'exams', 'tournament',
];

/** Animation studios, publishers and streaming services, and the names of tropes. */
export const INDEX_STUDIOS: readonly string[] = [
  'Gary Stu', 'Mary Sue',
    'Pierrot', 'Studio Pierrot', 'Toei', 'Toei Animation', 'Madhouse', 'Ufotable', 'MAPPA', 'Wit Studio', 'Sunrise', 'Kyoto Animation',
    'KyoAni', 'Shaft', 'Gainax', 'Studio Deen', 'Production I.G', 'A-1 Pictures', 'Studio Ghibli', 'Ghibli', 'Bones', 'Studio Bones',
    'Trigger', 'Studio Trigger', 'CloverWorks', 'Crunchyroll', 'Funimation', 'Aniplex', 'Shueisha', 'Shonen Jump', 'Weekly Shonen Jump',
    'Viz', 'Viz Media', 'MyAnimeList', 'MAL',
];

/** Abbreviations that name parts of a show when written in capitals ("the OPs and EDs", "the OST"). */
export const INDEX_CAPITAL_ABBREVIATIONS: readonly string[] = ['OP', 'ED', 'OST', 'OVA', 'ONA', 'MC', 'CGI', 'PV', 'BGM'];

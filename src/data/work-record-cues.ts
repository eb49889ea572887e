/**
 * Cue words of the record pass (`src/stages/4-works/4-record-noun.ts`): the nouns music and chart
 * news sets right before the title of a record, and the words around them that tell the noun from
 * a verb or an adjective.
 */

/**
 * Nouns for a record or a hit that news writes right before its title, with no article or after a
 * comma ("follows single X", "their charity single, X", "her latest release X", "his 1991 hit X").
 */
export const RECORD_NOUNS: ReadonlySet<string> = new Set(['single', 'album', 'ep', 'release', 'record', 'track', 'song', 'ballad', 'anthem', 'hit']);

/**
 * Record nouns that are verbs as often ("to release X", "will record X", "hit Dr Dre"): they count
 * only where the words before them make a noun phrase of them ({@link RECORD_NOUN_LEADS}, a
 * possessive, a year or decade, a hyphenated or a capitalised modifier).
 */
export const VERB_LIKE_RECORD_NOUNS: ReadonlySet<string> = new Set(['release', 'record', 'track', 'hit']);

/**
 * Words before a record noun that make it a noun: determiners, owners and the adjectives news puts
 * on a record ("the", "her", "latest", "debut", "charity", "biggest").
 */
export const RECORD_NOUN_LEADS: ReadonlySet<string> = new Set([
  'the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'whose', 'new', 'latest', 'debut', 'first', 'second',
  'third', 'last', 'next', 'lead', 'comeback', 'forthcoming', 'recent', 'current', 'upcoming', 'final', 'solo', 'charity', 'own',
  'previous', 'classic', 'biggest', 'best-known', 'big', 'huge', 'smash', 'chart', 'number-one', 'title', 'follow-up', 'early',
  'famous', 'signature', 'breakthrough', 'greatest', 'festive', 'christmas', 'summer', 'dance', 'pop', 'rock', 'rap', 'country',
  'soul', 'reggae', 'disco', 'cult', 'box-office', 'stage', 'hip-hop',
]);

/**
 * Words before "single" that make it an adjective or a count, not a record ("a single Oscar",
 * "every single Beatles fan", "one single British film").
 */
export const SINGLE_COUNT_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'every', 'each', 'any', 'no', 'one', 'not']);

/**
 * Words that place an act in a chart, a few words before "with" and its record ("at number six
 * with X", "slipped to four with X", "the top spot with X").
 */
export const CHART_WITH_PLACES: ReadonlySet<string> = new Set(['number', 'place', 'spot', 'position', 'summit', 'top']);

/**
 * Numbers in words that stand for a chart place after "at" / "to" ("at five with X", "to four
 * with X").
 */
export const CHART_NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'fourth', 'fifth',
  'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
]);

/**
 * Nouns for a version, a staging or a performance of a work, before "of" and its maker's
 * possessive ("a version of Ann Lee's X", "a production of Verdi's X", "a cover of Ann Lee's X"):
 * what follows the possessive is the work.
 */
export const OWNED_WORK_OF_NOUNS: ReadonlySet<string> = new Set([
  'version', 'versions', 'adaptation', 'adaptations', 'production', 'productions', 'remake', 'cover', 'rendition', 'recording',
  'revival', 'premiere', 'staging', 'performance', 'performances', 'reading', 'translation', 'parody', 'spoof', 'sequel',
]);

/**
 * Verbs of staging or performing a work, before its maker's possessive ("conducted Bellini's X",
 * "performed Ann Lee's X", "staged Shakespeare's X"): what follows the possessive is the work.
 */
export const OWNED_WORK_VERBS: ReadonlySet<string> = new Set([
  'conducted', 'conducting', 'conducts', 'performed', 'performing', 'performs', 'staged', 'staging', 'stages', 'sang', 'sings',
  'singing', 'covered', 'covering', 'revived', 'reviving',
]);

/**
 * Verbs of playing a part, right before the part's name and "in" and a title ("played Ann Vale in
 * X", "voicing Kit in X"): where a part is played is a work.
 */
export const PLAYED_IN_VERBS: ReadonlySet<string> = new Set([
  'play', 'plays', 'played', 'playing', 'portray', 'portrays', 'portrayed', 'portraying',
  'voices', 'voiced', 'voicing', 'reprises', 'reprised', 'reprising',
]);

/** Nouns of a part before "of" and the part's name ("his portrayal of Ann Vale in X", "the role of Kit in X"). */
export const PART_OF_NOUNS: ReadonlySet<string> = new Set(['portrayal', 'portrayals', 'role', 'part']);

/**
 * Words of acting before "as" and the part's name ("her turn as Ann Vale in X", "starred as Kit in
 * X", "was cast as Kit in X"): a player's own name before "as" serves too ("Tom Reed as Kit in X").
 */
export const PART_AS_CUES: ReadonlySet<string> = new Set([
  'role', 'roles', 'turn', 'performance', 'starred', 'stars', 'star', 'starring', 'co-starred', 'co-stars', 'co-starring',
  'cast', 'appears', 'appeared', 'appearing', 'returns', 'returned', 'returning', 'debut',
]);

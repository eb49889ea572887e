/**
 * Words of the cues that read a name as the maker of the story it is talked of with (`A decided to
 * end the manga`, `A said in an interview`, `A's original manga`). A
 * character decides and wants too (`Naruto decided to fight`): every cue needs a noun of the work
 * itself as its object, so a story's own doings never read as making.
 */

/**
 * Verbs of a maker's choice or making, read right after the name (adverbs may stand between):
 * their object, or the object of the verb after `to`, must be a noun of {@link WORK_OBJECT_NOUNS}.
 */
export const CREATOR_VERBS: ReadonlySet<string> = new Set([
  'decided', 'decides', 'wanted', 'wants', 'chose', 'chooses', 'intended', 'intends', 'planned', 'plans', 'tried', 'tries',
  'drew', 'draws', 'wrote', 'writes', 'created', 'creates', 'ended', 'ends', 'made', 'makes', 'rushed', 'rushes',
  'recycled', 'recycles', 'handled', 'handles', 'wrapped', 'wraps', 'designed', 'designs', 'loves', 'loved',
]);

/**
 * Nouns of the work and its making: a verb of {@link CREATOR_VERBS} with one as its object is done
 * to the story from outside it (`ended the manga`, `drew the panels`, `decided to kill off a
 * character`).
 */
export const WORK_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  'manga', 'mangas', 'series', 'story', 'stories', 'storyline', 'storylines', 'chapter', 'chapters', 'volume', 'volumes',
  'arc', 'arcs', 'plot', 'plots', 'ending', 'character', 'characters', 'cast', 'panel', 'panels', 'script', 'scripts',
  'narrative', 'timeskip', 'flashback', 'flashbacks', 'backstory', 'backstories', 'fanservice', 'plotline', 'plotlines',
]);

/** Verbs of saying before a mention of an interview (`A said in an interview`, `A stated in one interview`). */
export const CREATOR_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'stated', 'states', 'explained', 'explains', 'revealed', 'reveals', 'confirmed', 'confirms',
  'mentioned', 'mentions', 'admitted', 'admits', 'claimed', 'claims', 'noted', 'notes',
]);

/** Nouns of a maker's talk about the work, after a verb of {@link CREATOR_SPEECH_VERBS}. */
export const INTERVIEW_NOUNS: ReadonlySet<string> = new Set(['interview', 'interviews', 'afterword', 'afterwords', 'sbs', 'q&a']);

/**
 * Nouns a maker's possessive owns as its work or its talk of it (`A's original manga`, `A's
 * interviews`); a character owns none of them. A craft's noun (`storytelling`, `pacing`) is left out:
 * a work named after its hero owns it as often (`Naruto's storytelling`).
 */
export const MAKER_OWNED_NOUNS: ReadonlySet<string> = new Set([
  'manga', 'mangas', 'interview', 'interviews', 'sbs',
]);

/**
 * Verbs of making that, before an indefinite article, judge the subject rather than tell of its
 * making (`X makes a better story than a film`): there the subject is the work itself. Before a
 * story's character they are as often an actor's (`A makes the character likeable`), so they read
 * only the work's other parts.
 */
export const JUDGING_MAKE_VERBS: ReadonlySet<string> = new Set(['made', 'makes', 'make']);

/** Determiners that tie the work's noun to something else than the story talked of (`the city wants its plot`). */
export const OTHER_OWNER_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their']);

/** The nouns of a story's people, which an actor makes likeable as often as a maker makes them up: no object of a judging `make`. */
export const PLAYED_NOUNS: ReadonlySet<string> = new Set(['character', 'characters', 'cast']);

/**
 * Auxiliaries and modals that may stand between the name and its verb of making (`A has drawn the
 * panels`, `A should have ended the series`, `A didn't plan the arc`), contracted or not; the
 * apostrophe is written straight.
 */
export const CREATOR_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'could', 'should', 'would', 'will', 'must', 'might', 'may', 'can', 'did', 'does', 'do',
  'hasn\'t', 'haven\'t', 'hadn\'t', 'couldn\'t', 'shouldn\'t', 'wouldn\'t', 'won\'t', 'can\'t', 'cannot', 'didn\'t',
  'doesn\'t', 'could\'ve', 'should\'ve', 'would\'ve', 'must\'ve', 'might\'ve',
]);

/**
 * The bare forms and past participles of {@link CREATOR_VERBS}, read only after an auxiliary of
 * {@link CREATOR_AUXILIARIES} (`A has drawn`, `A could end`), where they are the verb of the name.
 */
export const CREATOR_VERBS_AFTER_AUXILIARY: ReadonlySet<string> = new Set([
  'decide', 'want', 'choose', 'chosen', 'intend', 'plan', 'try', 'draw', 'drawn', 'write', 'written', 'create', 'end',
  'make', 'rush', 'recycle', 'handle', 'wrap', 'design', 'love',
]);

/**
 * Verbs of making in a clause that a noun of the work heads (`the story A wrote`, `every chapter A
 * draws`, `the arc that A set up`): the noun is their object, so the name made it. Verbs a story's
 * own people do to its parts (`the arc Luffy fights in`, `the characters A meets`) are not among
 * them.
 */
export const HEADED_MAKING_VERBS: ReadonlySet<string> = new Set([
  'wrote', 'writes', 'written', 'drew', 'draws', 'drawn', 'created', 'creates', 'designed', 'designs', 'made', 'makes',
  'introduced', 'introduces', 'crafted', 'crafts', 'penned', 'pens', 'set',
]);

/** Verbs of {@link HEADED_MAKING_VERBS} that make only with their particle (`the story A set up`, not `the arc A set`). */
export const MAKING_PARTICLES: ReadonlyMap<string, string> = new Map([['set', 'up']]);

/** Relative pronouns between a noun of the work and the name in a clause it heads (`the arc that A wrote`). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which']);

/**
 * Nouns of a story's maker that a text about animation names a name by, in an appositive or as
 * what it is (`A, the mangaka,`, `A (the creator of X)`, `A is an amazing storyteller`). Not
 * `artist`: a story's own people paint and draw too.
 */
export const MAKER_NAMING_NOUNS: ReadonlySet<string> = new Set([
  'creator', 'author', 'mangaka', 'writer', 'storyteller', 'illustrator', 'cartoonist',
]);

/** Of {@link MAKER_NAMING_NOUNS}, those whose `of` must name a work (`the creator of One Piece`, not `the creator of the sword`). */
export const MAKER_OF_WORK_NOUNS: ReadonlySet<string> = new Set(['creator', 'author', 'writer']);

/** Words that open a maker's appositive or predicate noun phrase (`A, the creator`, `A is an amazing storyteller`). */
export const MAKER_NAMING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'our', 'its']);

/** Verbs that make a maker's noun after the name what the name is (`A is a great storyteller`). */
export const MAKER_NAMING_COPULAS: ReadonlySet<string> = new Set(['is', 'was']);

/**
 * Nouns of a maker's craft that a name's possessive owns in a text about animation (`A's writing`,
 * `A's art style`): a story's people draw and write too, but a review of an anime talks of its
 * maker's craft so. Read only there, and only after a full name or a known maker's surname: a
 * work of one word, or the hero it is named after, owns them as often (`Bleach's art style`).
 */
export const MAKER_CRAFT_NOUNS: ReadonlySet<string> = new Set([
  'writing', 'artstyle', 'art', 'storytelling', 'worldbuilding', 'world-building', 'drawings', 'paneling', 'panelling',
]);

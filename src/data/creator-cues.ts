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
export const JUDGING_MAKE_VERBS: ReadonlySet<string> = new Set(['made', 'makes']);

/** Determiners that tie the work's noun to something else than the story talked of (`the city wants its plot`). */
export const OTHER_OWNER_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their']);

/** The nouns of a story's people, which an actor makes likeable as often as a maker makes them up: no object of a judging `make`. */
export const PLAYED_NOUNS: ReadonlySet<string> = new Set(['character', 'characters', 'cast']);

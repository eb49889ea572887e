/** Words that tell what a real person is, and cues that a name is a real person. */
import type { PersonRole } from '../types';
import { KIND_OF_WORK_NOUNS, SOURCE_KINDS, WORK_NOUNS } from './work-cues';

/** Role nouns placed before or after a name ("filmmaker Lee Jae-Gyu", "the director"). */
export const ROLE_NOUNS: ReadonlyMap<string, PersonRole> = new Map<string, PersonRole>([
  ['actor', 'actor'], ['actress', 'actor'], ['actors', 'actor'], ['star', 'actor'], ['co-star', 'actor'],
  ['director', 'director'], ['filmmaker', 'director'], ['film-maker', 'director'], ['showrunner', 'director'],
  ['pd', 'director'], ['producer', 'other'], ['writer', 'writer'], ['screenwriter', 'writer'],
  ['scriptwriter', 'writer'], ['playwright', 'writer'], ['author', 'author'], ['novelist', 'author'],
  ['creator', 'author'], ['artist', 'author'], ['cartoonist', 'author'], ['critic', 'other'],
  ['singer', 'other'], ['composer', 'other'], ['presenter', 'other'], ['host', 'other'],
  ['comedian', 'other'], ['musician', 'other'], ['rapper', 'other'], ['songwriter', 'other'],
  ['dj', 'other'], ['journalist', 'other'], ['broadcaster', 'other'], ['chairman', 'other'],
  ['spokesman', 'other'], ['spokeswoman', 'other'], ['spokesperson', 'other'], ['executive', 'other'],
  ['boss', 'other'], ['frontman', 'other'], ['guitarist', 'other'], ['drummer', 'other'], ['dancer', 'other'],
  ['model', 'other'], ['designer', 'other'], ['poet', 'author'], ['illustrator', 'author'],
  ['painter', 'author'], ['sculptor', 'author'], ['photographer', 'other'], ['choreographer', 'other'],
  ['pianist', 'other'], ['violinist', 'other'],
  // The word fan reviews use for a manga's author (`mangaka X`); no story calls its own people so.
  ['mangaka', 'author'],
  // A fame noun names a real person as plainly (`Hollywood legend X`, `soul legend X`).
  ['legend', 'other'],
]);

/**
 * Past participles of making a work, by the role they give the name after `by` (`written by X`,
 * `drawn by X`, `the characters created by X`). Not `directed` (its own cue) nor `produced` (a
 * producer's credit reads as news of money as often).
 */
export const MAKING_VERBS: ReadonlyMap<string, PersonRole> = new Map<string, PersonRole>([
  ['written', 'writer'], ['co-written', 'writer'], ['penned', 'writer'], ['scripted', 'writer'],
  ['created', 'author'], ['co-created', 'author'], ['drawn', 'author'], ['illustrated', 'author'],
  ['authored', 'author'], ['co-authored', 'author'],
]);

/**
 * What a maker makes besides a whole work: the parts of a story (`the characters created by X`,
 * `a world drawn by X`). A making verb's `by` names the maker only when such a thing or a work is
 * what was made; the same verbs tell the plot too (`the threat created by X`, `a letter written by X`).
 */
export const MADE_PARTS: ReadonlySet<string> = new Set([
  'character', 'characters', 'cast', 'world', 'universe', 'story', 'stories', 'plot', 'art', 'artwork', 'lyrics',
  'dialogue', 'script', 'screenplay', 'chapter', 'chapters', 'panels', 'arc', 'arcs', 'setting',
]);

/**
 * Nouns of a work that name its maker right after `by`, even past describing words (`a story by
 * the brilliant X`, `a thriller by X`): the works' own nouns, kinds of work and the kinds a work
 * is adapted from.
 */
export const MADE_WORK_NOUNS: ReadonlySet<string> = new Set([
  ...WORK_NOUNS, ...KIND_OF_WORK_NOUNS, ...SOURCE_KINDS,
]);

/**
 * Nouns that make a title-case phrase a descriptor of a character, not a name ("Assembly Woman",
 * "English Teacher", "The Scientist").
 */
export const DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set([
  'woman', 'man', 'girl', 'boy', 'lady', 'guy', 'mother', 'father', 'mom', 'dad', 'sister', 'brother',
  'daughter', 'son', 'wife', 'husband', 'teacher', 'scientist', 'doctor', 'nurse', 'student', 'soldier',
  'officer', 'detective', 'lawyer', 'president', 'principal', 'captain', 'agent', 'chief', 'leader',
  'boss', 'friend', 'villain', 'hero', 'heroine', 'killer', 'victim', 'king', 'queen', 'prince',
  'princess', 'member', 'assemblywoman', 'assemblyman', 'grandmother', 'grandfather', 'aunt', 'uncle',
  'ceo', 'manager', 'secretary', 'chairman', 'professor', 'prosecutor', 'judge', 'police', 'zombie',
]);

/** Words after a character's name that lead to the actor ("Jack Carver, played by Til Schweiger"). */
export const PLAYED_BY_CUES: readonly (readonly string[])[] = [
  ['played', 'by'], ['portrayed', 'by'], ['voiced', 'by'], ['performed', 'by'], ['brought', 'to', 'life', 'by'],
];

/**
 * Verbs that lead from a character to its actor through `by`, with words allowed between
 * ("Charlie is beautifully portrayed by X", "Tilney is played reasonably well by Y"). Not
 * "performed": songs are performed by bands.
 */
export const PLAYED_BY_VERBS: ReadonlySet<string> = new Set(['played', 'portrayed', 'voiced', 'essayed']);

/** Verbs after an actor that lead to the role ("X plays the pretty Princess Dia"). */
export const PLAYS_VERBS: ReadonlySet<string> = new Set(['plays', 'played', 'playing', 'portrays', 'portrayed', 'portraying', 'essays', 'essayed']);

/** Nouns of a performance after an actor's possessive ("X's portrayal of Y", "X's character, Y"). */
export const PERFORMANCE_NOUNS: ReadonlySet<string> = new Set([
  'portrayal', 'character', 'performance', 'role', 'turn', 'part', 'interpretation', 'depiction', 'take', 'rendition', 'incarnation',
]);

/** Nouns before `of` that name a role ("the role of Y", "in their roles of Y and Z"). */
export const ROLE_OF_NOUNS: ReadonlySet<string> = new Set(['role', 'roles', 'part', 'parts', 'character']);

/**
 * Words right before `as` that make it no casting cue: comparisons ("such as", "as well as"),
 * naming ("known as") and disguise ("dressed up as", "poses as").
 */
export const NOT_CASTING_BEFORE_AS: ReadonlySet<string> = new Set([
  'such', 'well', 'same', 'so', 'soon', 'much', 'many', 'long', 'far', 'just', 'known', 'referred', 'described',
  'dubbed', 'nicknamed', 'regarded', 'seen', 'viewed', 'dressed', 'dresses', 'dressing', 'disguised', 'disguises',
  'disguising', 'poses', 'posed', 'posing', 'pose', 'masquerading', 'masquerades', 'impersonating', 'up', 'identified',
  'identifies', 'introduced', 'introduces', 'works', 'worked', 'working', 'serves', 'served', 'serving',
  // Leaving or taking a post: "resigns as Studio Chief", "was elected as". Not `quits` or `steps
  // down`: an actor quits as a part too.
  'resign', 'resigns', 'resigned', 'resigning', 'appointed', 'reappointed', 'elected', 're-elected', 'installed',
  'sacked', 'ousted',
]);

/**
 * Verbs of naming or regarding that still make `as` no casting cue with one word between
 * ("known simply as C", "referred to as C", "thought of as C").
 */
export const NAMING_BEFORE_AS: ReadonlySet<string> = new Set([
  'known', 'referred', 'described', 'dubbed', 'nicknamed', 'regarded', 'seen', 'viewed', 'identified', 'introduced', 'thought', 'spoken',
]);

/**
 * Words that may stand between a verb of {@link NAMING_BEFORE_AS} and `as`: the particle of the
 * verb ("referred to", "thought of") or an adverb (any word in `-ly` too: "known affectionately as").
 */
export const NAMING_GAP_WORDS: ReadonlySet<string> = new Set([
  'to', 'of', 'simple', 'only', 'just', 'also', 'mostly', 'merely', 'often', 'sometimes', 'still', 'now', 'later', 'widely', 'commonly',
]);

/** Words before a list of actors ("the cast included A, B, C"). */
export const CAST_LIST_CUES: readonly (readonly string[])[] = [
  ['cast', 'included'], ['cast', 'includes'], ['cast', 'include'], ['starring'], ['stars'], ['co-stars'],
];

/**
 * Plural nouns of performers a list of names is said to be among (`A, B and C are among the
 * artists`), by the role they give each name. People only: `acts` and `bands` name groups as
 * often, and a group is no one.
 */
export const AMONG_PERFORMER_NOUNS: ReadonlyMap<string, PersonRole> = new Map<string, PersonRole>([
  ['artists', 'other'], ['stars', 'other'], ['performers', 'other'], ['singers', 'other'], ['nominees', 'other'],
  ['musicians', 'other'], ['rappers', 'other'], ['actors', 'actor'], ['actresses', 'actor'], ['guests', 'other'],
]);

/** Verbs that join a list of names to `among` (`A and B are among …`, `were also among`). */
export const AMONG_VERBS: ReadonlySet<string> = new Set(['are', 'were']);

/** Words that may stand between the verb and `among` (`are also among`, `were all among`). */
export const AMONG_ADVERBS: ReadonlySet<string> = new Set(['also', 'all', 'both']);

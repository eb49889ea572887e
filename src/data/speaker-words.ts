/** Word lists the speaker stage reads around a quote: who may speak, and what ends a clause or a sentence. */
import { ROLE_NOUNS } from './role-words';
import { SPEAKER_PRONOUNS } from './speech-verbs';

/** Nouns for one person of a country or city, lower-cased (the "New Zealander" ends in "zealander"). */
const DEMONYM_NOUNS: readonly string[] = [
  'briton', 'scot', 'scotsman', 'scotswoman', 'welshman', 'welshwoman', 'irishman', 'irishwoman', 'englishman', 'englishwoman',
  'frenchman', 'frenchwoman', 'dutchman', 'dutchwoman', 'zealander', 'australian', 'canadian', 'spaniard', 'swede', 'dane', 'texan',
  'londoner', 'mancunian', 'liverpudlian', 'glaswegian', 'dubliner', 'jamaican', 'nigerian',
];

/** Nouns that describe a public person in a report ("the 74-year-old comedian", "the winner"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...[...ROLE_NOUNS.keys()].filter((w) => !['spokesman', 'spokeswoman', 'spokesperson', 'executive', 'boss', 'critic', 'journalist', 'actors', 'model'].includes(w)),
  'auteur', 'teenager', 'youngster', 'rocker', 'newcomer',
  'winner', 'nominee', 'veteran', 'founder', 'co-founder', 'legend', 'icon', 'performer', 'entertainer', 'comic', 'star', 'hitmaker', 'diva', 'crooner', 'frontwoman', 'vocalist', 'bassist', 'pianist',
  // "the 41-year-old chart-topper" (read as "chart", "-", "topper"), "the superstar"
  'topper', 'superstar', 'megastar', 'songstress',
  // People in the news for what they did, not for fame ("The legal assistant said NBC was “…”")
  'assistant', 'teacher', 'nurse', 'student', 'pensioner', 'viewer', 'campaigner', 'activist', 'businessman', 'businesswoman',
  // "said the New Zealander": a person by their country, as reports name one already introduced
  ...DEMONYM_NOUNS,
]);

/** Nouns for a person a sentence may bring in without a name the names stage listed ("the man he wants to hit"). */
export const SOMEONE_NOUNS: ReadonlySet<string> = new Set([...PERSON_NOUNS, 'man', 'woman', 'boy', 'girl', 'guy', 'villain', 'hero', 'friend', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife']);

/** Words joining two names into one subject ("X and Y", "X & Y", "X or Y"). */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['and', '&', 'or']);

/** Words that open a clause set before a sentence's subject ("When X arrived, Y said …"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'whilst', 'although', 'though', 'as', 'after', 'before', 'since', 'because', 'once', 'if', 'whereas', 'unless']);

/** Words that open a relative clause after a name ("X, who …,"). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'whose', 'whom']);

/** Words that open a clause inside a sentence, with a subject of its own: a subordinator or a relative word. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([...SUBORDINATORS, ...RELATIVE_OPENERS, 'which', 'that', 'where', 'until']);

/** Words that point at a thing or a clause rather than a person ("it", "this", "there"). */
const POINTING_WORDS: readonly string[] = ['it', 'this', 'that', 'there'];

/** Words that end a description: what follows them is another clause. */
export const NOT_DESCRIPTION: ReadonlySet<string> = new Set([...POINTING_WORDS, 'these', 'those', 'which', 'who', 'what']);

/** Words that open no name after a speech verb ("said It", "said he", "said the"). */
export const NOT_NAME_OPENERS: ReadonlySet<string> = new Set([...SPEAKER_PRONOUNS, ...POINTING_WORDS, 'i', 'we', 'they', 'you', 'the', 'a', 'an']);

/** Marks that end a sentence. */
export const SENTENCE_STOPS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Words opening the clause a speech verb reports ("said that …", "said he was …", "explained how …"). */
export const REPORTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'he', 'she', 'it', 'they', 'there', 'we', 'i', 'how', 'why', 'what', 'this']);

/**
 * Plural nouns for a group that open a sentence capitalised and are read as a name ("Critics
 * said"), besides the plurals of the person nouns (`"teachers"` from "teacher"): words with no
 * person noun for one of them.
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'police', 'people', 'fans', 'witnesses', 'viewers', 'experts', 'campaigners', 'protesters', 'officials', 'residents',
  'insiders', 'sources', 'observers', 'audiences', 'voters', 'locals', 'staff', 'members', 'parents', 'students', 'nurses',
  'doctors', 'teachers', 'workers', 'scientists', 'researchers', 'readers', 'listeners', 'customers', 'passengers', 'shoppers',
  'judges', 'jurors', 'organisers', 'organizers', 'lawyers', 'prosecutors', 'investigators', 'analysts', 'bosses', 'executives',
  'crowds', 'spectators', 'onlookers', 'mourners', 'guests', 'delegates', 'visitors', 'bystanders',
]);

/**
 * Nouns for a document or a body whose words a report gives as a person's ("The lawsuit said X
 * has endured", "The corporation said the show"), besides the nouns for people; their plurals count too.
 */
export const SPEAKING_THING_NOUNS: ReadonlySet<string> = new Set([
  'lawsuit', 'suit', 'complaint', 'filing', 'submission', 'claim', 'report', 'statement', 'letter', 'ruling', 'judgment', 'judgement',
  'study', 'survey', 'poll', 'advert', 'advertisement', 'petition', 'writ', 'document', 'paper', 'papers', 'notice', 'memo', 'email', 'message',
  'band', 'group', 'company', 'corporation', 'firm', 'studio', 'network', 'channel', 'station', 'magazine', 'newspaper', 'website', 'site',
  'institute', 'society', 'council', 'committee', 'commission', 'court', 'government', 'ministry', 'department', 'union', 'association',
  'charity', 'organisation', 'organization', 'label', 'agency', 'academy', 'festival', 'foundation', 'trust', 'club', 'orchestra',
  'theatre', 'theater', 'museum', 'board', 'panel', 'jury', 'team', 'show', 'programme', 'program', 'series', 'broadcaster', 'bbc',
]);

/** Participles that open a phrase set before a sentence's subject without being its verb ("Born in Leeds, X …"), besides any "-ing" word. */
export const HEAD_PARTICIPLES: ReadonlySet<string> = new Set(['born', 'raised', 'educated', 'trained', 'based']);

/** Words the tagger reads as pronouns that stand for no one ("felt that there “…”", "was what “…”"). */
export const NOT_REFERRING_PRONOUNS: ReadonlySet<string> = new Set(['there', 'what', 'which']);

/** Nouns for a person that tell a woman (besides those ending in "woman"). */
export const FEMALE_NOUNS: ReadonlySet<string> = new Set(['woman', 'wife', 'mother', 'daughter', 'sister', 'girl', 'girlfriend', 'actress', 'widow', 'aunt', 'niece', 'grandmother', 'mum']);

/** Nouns for a person that tell a man (besides those ending in "man"). */
export const MALE_NOUNS: ReadonlySet<string> = new Set(['husband', 'father', 'son', 'brother', 'boy', 'boyfriend', 'actor', 'widower', 'uncle', 'nephew', 'grandfather', 'dad']);

/** Nouns for a person that tell a man as a sentence's subject but go before anyone's name ("actor Emma Stone"). */
export const UNSEXED_BEFORE_NAME: ReadonlySet<string> = new Set(['actor']);

/** Words ending in "man" that tell no man ("human", "shaman"). */
export const NOT_MAN_NOUNS: ReadonlySet<string> = new Set(['human', 'shaman', 'german', 'roman', 'talisman', 'caiman', 'ottoman', 'layman', 'doberman', 'superhuman', 'inhuman']);

/** Small words inside a title or a list of titles ("Rain Man and Tootsie", "Because the Night"). */
export const TITLE_JOINS: ReadonlySet<string> = new Set(['and', 'the', 'of', 'a', '&']);

/** Words opening a phrase after a name and a comma that says what the person is ("Lee Park, the manager"). */
export const ROLE_APPOSITION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * Words that only ever stand before a noun: a speech verb's word right after one is a noun ("the
 * claims", "his remarks"), no verb. Not "her" (also an object: "let her say") nor "that".
 */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'these', 'those', 'his', 'their', 'its', 'my', 'our', 'your', 'whose']);

/**
 * Nouns for one job in the making of a work, and that job: "the director said" means the one
 * person the text gave that job ("X will direct", "directed by X", "director X"), never merely the
 * person named last, who may hold another job.
 */
export const MAKING_JOB_NOUNS: ReadonlyMap<string, string> = new Map([
  ['director', 'director'], ['filmmaker', 'director'], ['film-maker', 'director'],
  ['writer', 'writer'], ['screenwriter', 'writer'], ['scriptwriter', 'writer'],
  ['author', 'author'], ['novelist', 'author'],
  ['producer', 'producer'], ['composer', 'composer'],
]);

/**
 * Verbs that give a person such a job, by form, and the jobs they give: in the active with the
 * person before them ("X will direct", "X, who produced …") or as a participle before "by" and
 * the person ("directed by X", "written by X"). "wrote" alone is left out: "X wrote" is as often
 * a column or a post as a script.
 */
export const MAKING_JOB_VERBS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['direct', 'directs', 'directed', 'directing', 'co-direct', 'co-directed'].map((w): [string, readonly string[]] => [w, ['director']]),
  ...['produce', 'produces', 'produced', 'producing', 'co-produce', 'co-produced'].map((w): [string, readonly string[]] => [w, ['producer']]),
  ...['compose', 'composes', 'composed', 'composing'].map((w): [string, readonly string[]] => [w, ['composer']]),
]);

/** Participles before "by" that give the person after it a job ("written by X", "directed by X"). */
export const MAKING_JOB_PARTICIPLES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['directed', ['director']], ['co-directed', ['director']], ['produced', ['producer']], ['co-produced', ['producer']],
  ['composed', ['composer']], ['written', ['writer', 'author']], ['co-written', ['writer', 'author']],
]);

/**
 * Words between a person's name and the verb that gives them a job ("X is set to direct", "X has
 * been chosen to produce", "X will also direct", "X, who directed …").
 */
export const MAKING_JOB_FILLERS: ReadonlySet<string> = new Set([
  'will', 'would', 'is', "'s", '’s', 'was', 'has', 'have', 'had', 'been', 'be', 'to', 'set', 'due', 'also', 'now', 'chosen',
  'signed', 'hired', 'tapped', 'lined', 'up', 'expected', 'going', 'who', 'first', 'previously', 'once', 'later', 'then',
]);

/** Words that deny a speech verb ("never said", "did not say", "Never did X say"): the words after it are nobody's. */
export const SPEECH_DENIALS: ReadonlySet<string> = new Set(['never', 'not', "n't"]);

/** Words of press, radio and TV names: a name holding one is an outlet, never the speaker ("told BBC News"). */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'bbc', 'news', 'radio', 'times', 'reporter', 'magazine', 'variety', 'billboard', 'guardian', 'telegraph',
  'mirror', 'herald', 'journal', 'tribune', 'itv', 'cnn', 'nme',
  'mtv', 'channel', 'newspaper', 'associated', 'reuters', 'weekly', 'daily', 'tv',
  'vanity', 'yorker', 'chronicle', 'gazette', 'examiner', 'observer', 'independent', 'express', 'digest', 'bulletin', 'courier', 'indiewire',
  'mail', 'post', 'sky',
]);

/**
 * Words before "the" and a name that make the name an outlet ("told the Herald-Mail", "in an
 * interview with the Radio Times", "writing in the Sunday Paper"), each with the words one of which
 * must stand right before it (empty: none needed). A person's name takes no article.
 */
export const OUTLET_LEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['told', new Set<string>()],
  ['with', new Set(['interview', 'interviews'])],
  ['in', new Set(['wrote', 'writing', 'written', 'quoted', 'published', 'printed', 'column'])],
  ['to', new Set(['speaking', 'spoke', 'talking', 'talked'])],
]);

/**
 * Lower-case words that open the writer's note on the moment after a cited line's speaker tag
 * (`” – Ilse after she opens the box`).
 */
export const TAG_SCENE_WORDS: ReadonlySet<string> = new Set(['after', 'as', 'when', 'while', 'before', 'during', 'to', 'in', 'on', 'at', 'about']);

/**
 * Function words (lower-cased) that, capitalised right after a cited line's speaker tag, open the
 * review's next sentence where it was run together without a line break (`” – Luffy This show…`):
 * pronouns, determiners, conjunctions and sentence adverbs, none of them part of a name.
 */
export const TAG_RUN_ON_WORDS: ReadonlySet<string> = new Set([
  'i', 'it', 'its', 'he', 'she', 'we', 'they', 'you', 'my', 'our', 'his', 'her', 'their', 'your',
  'this', 'that', 'these', 'those', 'the', 'a', 'an', 'there', 'here', 'and', 'but', 'so', 'if',
  'what', 'why', 'how', 'now', 'then', 'also', 'overall', 'anyway', 'well', 'yes', 'no', 'in', 'for',
]);

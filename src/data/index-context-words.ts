/**
 * Words around a name in a review that tell a someone (a character or a real person) from a place,
 * a group, a power or a technique that the names stage took for one. Read by
 * src/index-build/form-context.ts, all lower case.
 */

/** Prepositions of place and movement: "in Hueco Mundo", "across the Grand Line", "into Bankai". */
export const INDEX_PLACE_PREPOSITIONS: readonly string[] = [
  'in', 'into', 'inside', 'within', 'across', 'throughout', 'through', 'around', 'towards', 'toward', 'outside', 'beyond',
];

/** Prepositions before a place that stand before a someone too ("on Hoth", "to Luke"): weak evidence alone. */
export const INDEX_REACHED_PREPOSITIONS: readonly string[] = ['on', 'onto', 'at', 'to', 'from', 'off', 'planet', 'island', 'city', 'village'];

/**
 * Common nouns a capitalised word before them describes rather than names someone in ("the Bount
 * arc", "a J-Pop track", "Nen abilities", "the Hydra agents"): parts of a story, music, powers,
 * followers, kinds of things; and "by" after a work.
 */
export const INDEX_MODIFIED_NOUNS: readonly string[] = [
  'arc', 'arcs', 'saga', 'sagas', 'filler', 'fillers', 'song', 'songs', 'track', 'tracks', 'opening', 'openings', 'ending', 'endings', 'theme',
  'themes', 'band', 'music', 'ability', 'abilities', 'power', 'powers', 'technique', 'techniques', 'user', 'users', 'system', 'systems',
  'fan', 'fans', 'fandom', 'style', 'styles', 'anime', 'manga', 'series', 'franchise', 'universe', 'world', 'era', 'genre', 'agents',
  'soldiers', 'members', 'forces', 'army', 'empire', 'government', 'island', 'planet', 'city', 'prison', 'base', 'ship', 'battle', 'war',
  'award', 'awards', 'nomination', 'nominations', 'studio', 'studios', 'company', 'corporation', 'movie', 'movies', 'film', 'films', 'game', 'games',
  // "Silhouette by KANA-BOON": a song or a work, by whoever made it.
  'by',
];

/** Words before what a work is compared with ("like Vegeta", "unlike Magi", "better than X"). */
export const INDEX_COMPARING_WORDS: readonly string[] = ['like', 'unlike', 'than', 'vs', 'versus'];

/** Determiners before a noun: a name of someone rarely takes one ("the Espada", "his Bankai", "a Hollow"). */
export const INDEX_DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'every', 'each', 'no', 'any',
];

/** Verbs in the plural right after a form: "the Espada are", "Titans were". */
export const INDEX_PLURAL_VERBS: readonly string[] = ['are', 'were', 'have', "aren't", 'arent', "weren't", 'werent', "haven't"];

/** Verbs a someone does, right after the form: "Ichigo decides", "Levi said". */
export const INDEX_PERSON_VERBS: readonly string[] = [
  'says', 'said', 'tells', 'told', 'asks', 'asked', 'wants', 'wanted', 'decides', 'decided', 'realizes', 'realized', 'realises', 'realised',
  'thinks', 'thought', 'knows', 'knew', 'feels', 'felt', 'tries', 'tried', 'loves', 'loved', 'hates', 'hated', 'meets', 'met', 'learns',
  'learned', 'learnt', 'cries', 'cried', 'smiles', 'smiled', 'laughs', 'laughed', 'screams', 'screamed', 'dies', 'died', 'fights', 'fought',
  'kills', 'killed', 'admits', 'admitted', 'refuses', 'refused', 'promises', 'promised', 'believes', 'believed', 'goes', 'went', 'manages',
  'managed', 'himself', 'herself',
];

/** Pronouns that stand for a someone, the first met after a form: "Armin ... he". */
export const INDEX_PERSONAL_PRONOUNS: readonly string[] = ['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself'];

/** Pronouns that stand for a thing or a group. */
export const INDEX_OTHER_PRONOUNS: readonly string[] = ['it', 'its', 'itself', 'they', 'them', 'their', 'themselves'];

/** What a someone has and a place or a power does not: "Eren's mother", "Levi's face". */
export const INDEX_KIN_WORDS: readonly string[] = [
  'father', 'mother', 'dad', 'mom', 'mum', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'girlfriend', 'boyfriend', 'friend',
  'friends', 'parents', 'family', 'uncle', 'aunt', 'grandfather', 'grandpa', 'grandmother', 'grandma', 'mentor', 'teacher', 'face', 'eyes',
  'hand', 'hands', 'arm', 'arms', 'body', 'hair', 'voice', 'heart', 'mind', 'feelings', 'personality', 'backstory', 'past', 'childhood',
  'death', 'dream', 'dreams', 'character', 'relationship', 'motivation', 'motivations', 'actions', 'love', 'life',
];

/**
 * Words after a name that make "the" before it theirs: a family's ("the Elric brothers", "the
 * Kuchiki clan") or the character's ("the Kento Nanami character").
 */
export const INDEX_FAMILY_HEADS: readonly string[] = [
  'brothers', 'sisters', 'siblings', 'twins', 'family', 'families', 'clan', 'household', 'kids', 'children', 'sons', 'daughters', 'boys', 'girls',
  'character', 'characters',
];

/** Titles of real people's work right before a name: "director Ridley Scott", "mangaka Kubo". */
export const INDEX_CREW_TITLES: readonly string[] = [
  'director', 'author', 'mangaka', 'creator', 'writer', 'screenwriter', 'actor', 'actress', 'composer', 'animator', 'producer', 'seiyuu',
  'singer', 'novelist', 'cinematographer',
];

/** Verbs of making a work, before "by" and a name: "voiced by", "directed by". */
export const INDEX_CREW_BY_VERBS: readonly string[] = [
  'voiced', 'directed', 'written', 'created', 'composed', 'drawn', 'illustrated', 'produced', 'animated', 'scored', 'sung', 'performed',
  'played', 'portrayed', 'dubbed', 'penned', 'helmed',
];

/** Verbs of making a work right after a name: "Kubo draws", "Cameron directed". */
export const INDEX_CREW_VERBS: readonly string[] = [
  'directed', 'directs', 'wrote', 'writes', 'composed', 'composes', 'drew', 'draws', 'voices', 'animated', 'adapted', 'penned', 'helmed',
  'portrays', 'portrayed',
];

/** What a real person's name owns in a review: "Kubo's art", "Hamilton's performance". */
export const INDEX_CREW_WORKS: readonly string[] = [
  'art', 'artwork', 'artstyle', 'writing', 'direction', 'directing', 'manga', 'storytelling', 'score', 'music', 'soundtrack', 'performance',
  'portrayal', 'acting', 'script', 'screenplay', 'career', 'films', 'filmography', 'novel', 'novels', 'songs', 'vocals',
];

/**
 * Words a capitalised run of weak forms starts with that are no part of the name after them
 * ("And Jabba?", "Then Snoke", "Even Zabuza"), besides determiners, pronouns and prepositions of place.
 */
export const INDEX_LEADING_WORDS: readonly string[] = [
  'and', 'or', 'but', 'so', 'then', 'also', 'even', 'if', 'when', 'while', 'as', 'of', 'to', 'for', 'with', 'like', 'unlike', 'after', 'before', 'i',
];

/** Words that head an award's or a company's name, or join words of one: no name on their own ("Best Picture", "Marvel Studios"). */
export const INDEX_NEVER_NAME_WORDS: readonly string[] = ['of', 'and', 'or', 'to', 'vs', 'best', 'studio', 'studios'];

/**
 * Words reviewers write capitalised for emphasis that the sentiment word lists lack and that are no
 * one's name: praise and exclamations ("Awesome", "Epic", "OMG"), and fans' words for anime
 * ("Kawaii!", "Sugoi"). A weak form that is one of them is none.
 */
export const INDEX_EMPHASIS_WORDS: readonly string[] = [
  'awesome', 'epic', 'wow', 'omg', 'lol', 'lmao', 'yay', 'meh', 'masterpiece', 'legendary', 'badass', 'hype', 'overrated', 'underrated', 'bravo',
  'goat', 'peak', 'fantastic', 'incredible', 'superb', 'stunning', 'gorgeous', 'terrible', 'horrible', 'worst', 'great', 'good', 'perfect',
  'kawaii', 'sugoi', 'baka', 'desu', 'nakama', 'waifu', 'husbando', 'moe', 'tsundere', 'yandere', 'kuudere', 'dandere', 'chibi', 'otaku', 'weeb',
  'shounen', 'shonen', 'shoujo', 'shojo', 'seinen', 'josei', 'isekai', 'mecha', 'ecchi', 'harem', 'kami', 'yosh', 'nani',
];

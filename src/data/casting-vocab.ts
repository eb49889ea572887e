/**
 * Words the entity-level casting passes (`src/stages/4-names/link-casting*.ts`) read around two
 * names to tell a casting phrase from another phrase that looks like one. Lower case.
 */

/**
 * Words of acting that a review writes in the sentence of an actor's name, not of a part's: they
 * tell which side of `X (Y)` is the actor ("one of Dana Moss's best performances").
 */
export const ACTING_WORDS: ReadonlySet<string> = new Set([
  'performance', 'performances', 'acting', 'actor', 'actress', 'actors', 'starring', 'overacts', 'overacting',
]);

/**
 * Words that cannot stand between `as` and the role: each opens another phrase or clause, so the
 * name after it is not what `as` introduces ("as good as Ruth", "as a rival to Ruth").
 */
export const NOT_ROLE_WORDS: ReadonlySet<string> = new Set([
  'as', 'than', 'to', 'by', 'of', 'for', 'from', 'with', 'in', 'on', 'at', 'if', 'when', 'while', 'because',
  'who', 'whom', 'which', 'that', 'but', 'or', 'is', 'was', 'are', 'were', 'be', 'has', 'had', 'have', 'did',
  'does', 'do', 'he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'well',
]);

/**
 * Lower-case words that may follow the role of `as`: a place in the work, a partner, the rest of a
 * list. Any other word may make the name part of a longer phrase ("as a Ruth film") or the subject
 * of a clause ("as Ruth walks in").
 */
export const AFTER_ROLE: ReadonlySet<string> = new Set([
  'in', 'and', 'who', 'with', 'opposite', 'alongside', 'against', 'but', 'on', 'at', 'for', 'from', 'to',
  'throughout', 'here', 'there', 'this', 'that', 'the', 'a', 'an', 'or', 'nor', 'while', 'since', 'until',
  'respectively',
]);

/**
 * Words that join the last two names of a list on either side of a casting `as` ("A and B as X
 * and Y", "A & B as X & Y"): both lists pair in order.
 */
export const CAST_LIST_JOINERS: readonly string[] = ['and', '&'];

/**
 * Words after a clause joiner (`and`, `but`, …) that open a subject of the new clause other than
 * the actor ("A stars, and the studio sold it as C"): the `as` there is not the actor's.
 */
export const OTHER_SUBJECTS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'they', 'i', 'we', 'you', 'his', 'her', 'their', 'my', 'our', 'your', 'its', 'there',
]);

/**
 * Capitalised words that open no name: after a casting cue they start a clause or a phrase ("as The
 * film …", "plays His part"), so no part is made of the run they open.
 */
export const NOT_PART_STARTS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'i', 'he', 'she', 'it', 'we', 'they', 'you',
  'himself', 'herself', 'themselves', 'well', 'if', 'when', 'for', 'in', 'on', 'of', 'and', 'but', 'or', 'so', 'such', 'much',
]);

/**
 * Nouns before `of` that make the name after it a part someone plays ("his portrayal of C", "the
 * role of C"); the actor is then the subject of the sentence.
 */
export const PORTRAYAL_NOUNS: ReadonlySet<string> = new Set([
  'portrayal', 'portrayals', 'role', 'roles', 'part', 'parts', 'depiction', 'impersonation',
]);

/**
 * Words that put the name after them in a phrase of their own when they follow a casting verb
 * ("played opposite C", "played alongside C", "plays himself"): C is then no part of the actor's.
 */
export const OWN_PHRASE_WORDS: ReadonlySet<string> = new Set([
  'against', 'alongside', 'opposite', 'beside', 'under', 'over', 'into', 'after', 'before', 'about',
  'like', 'including', 'among', 'between', 'behind', 'through', 'up', 'down', 'out', 'off', 'host', 'himself', 'herself',
  'themselves', 'live', 'together', 'named', 'called',
]);

/** Words that cannot stand between a casting verb and the part: {@link NOT_ROLE_WORDS} and {@link OWN_PHRASE_WORDS}. */
export const NOT_PART_WORDS: ReadonlySet<string> = new Set([...NOT_ROLE_WORDS, ...OWN_PHRASE_WORDS]);

/** Subject pronouns: one between a name and a casting cue makes someone else its subject ("A said she plays C"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'i', 'we', 'you', 'they']);

/** Pronouns that may stand for the person a report is about, before a casting cue ("He played C", "his portrayal of C"). */
export const TOPIC_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her']);

/** The subject pronoun of the same person as each of {@link TOPIC_PRONOUNS} ("his" goes with "he"). */
export const TOPIC_SUBJECTS: ReadonlyMap<string, string> = new Map([['he', 'he'], ['his', 'he'], ['she', 'she'], ['her', 'she']]);

/**
 * Subject pronouns of one person that make the name after their casting verb a part even when no
 * actor is named in the sentence ("She played Nellie in the film"): the link pass finds who they
 * stand for.
 */
export const ONE_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Nouns of a performer that, in a definite subject opening a sentence ("The 30-year-old actor",
 * "This talented actress"), stand for the person named before, as a `he` or `she` would.
 */
export const PERFORMER_NOUNS: ReadonlySet<string> = new Set(['actor', 'actress', 'star', 'comedian', 'singer']);
/**
 * Nouns of a player that, as the subject of a casting verb, say the verb's object is a part
 * though no actor is named ("the actress who plays C", "the boys playing C", "the woman who was
 * playing C"): only a part is played by an unnamed player.
 */
export const PART_PLAYER_NOUNS: ReadonlySet<string> = new Set([
  'actor', 'actress', 'actors', 'actresses', 'performer', 'performers', 'man', 'woman', 'men', 'women', 'boy', 'boys',
  'girl', 'girls', 'kid', 'kids', 'child', 'children', 'lad', 'lady', 'guy',
]);
/** Determiners that open such a subject. */
export const PERFORMER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this']);

/** Subject pronouns that stand for no one person named before ("I", "they"): {@link SUBJECT_PRONOUNS} less {@link TOPIC_PRONOUNS}. */
export const NOT_TOPIC_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS].filter((w) => !TOPIC_PRONOUNS.has(w)));

/** Possessives before a portrayal noun that make it someone's part ("his portrayal of C"). */
export const PART_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Verbs before `the role of` that say someone takes the part ("took the role of C", "landed the part of C", "nails the role of C"). */
export const TAKING_VERBS: ReadonlySet<string> = new Set([
  'play', 'take', 'takes', 'took', 'taken', 'taking', 'land', 'landed', 'lands', 'landing', 'won', 'win', 'wins', 'winning',
  'get', 'got', 'gets', 'getting', 'reprise', 'reprises', 'reprised', 'reprising', 'accepted', 'accepts', 'turned', 'plays',
  'nail', 'nails', 'nailed', 'nailing',
]);

/**
 * Prepositions that, before `the` and `role`, put someone into the part ("A is superb in the role of
 * C", "A was chosen for the role of C", "A brings warmth to the role of C"); not `on` ("on the part of
 * C" is the idiom of agency).
 */
export const PART_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'into', 'for', 'to']);

/**
 * Auxiliaries, copulas and verbs of having or wanting that take `the … role of C` without taking the
 * part ("A was the best part of C", "A wants the role of C", "A has the role of C"): after a subject
 * they say nothing of casting.
 */
export const NOT_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'was', 'does', 'has', 'had', 'needed', 'needs', 'wants', 'wanted', 'seeks', 'sought', 'lost', 'loses', 'missed', 'misses',
  'refused', 'refuses', 'rejected', 'rejects', 'declined', 'declines', 'turned', 'turns', 'criticised', 'criticized', 'praised', 'praises',
  'discussed', 'discusses', 'explained', 'explains', 'described', 'describes', 'questioned', 'questions',
]);

/** How many lower-case words may describe a part noun between its determiner and the noun ("in the demanding role of C"). */
export const MAX_PART_NOUN_WORDS = 2;

/** Auxiliaries that make the casting verb after them passive ("is played by"): the name after it is no part. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);

/** Verbs of voicing a part, read like `plays` before it ("A voices C"); `voiced by` is the passive. */
export const VOICE_VERBS: ReadonlySet<string> = new Set(['voices', 'voiced', 'voicing']);

/**
 * Verbs of playing a part again, read as a casting verb when a name follows its describing words
 * ("A reprises the ruthless villain C", "A, reprising scheming aunt C"): they take a part as
 * their object, as `plays` does.
 */
export const REPRISE_VERBS: ReadonlySet<string> = new Set(['reprise', 'reprises', 'reprised', 'reprising']);

/** Words after `voice` that make the name after them the part voiced ("the voice of C", "lends her voice to C", "does the voices for C"). */
export const VOICE_LINKS: ReadonlySet<string> = new Set(['of', 'to', 'for']);

/** What joins the parts of a list one voice actor voices ("voices C, D and E"), exactly. */
export const PART_LIST_JOINS: readonly string[] = [', ', ' and ', ', and ', ' & '];

/**
 * What joins the items of a list of actors each with a work in brackets, exactly: those of
 * {@link PART_LIST_JOINS}, and a comma typed with no space after it (`A (W),B (X)`), as careless
 * typing leaves it.
 */
export const WORK_LIST_JOINS: readonly string[] = [...PART_LIST_JOINS, ','];

/** What opens an aside in brackets that adds one more part to such a list ("voices C and D (as well as E)"), exactly. */
export const PART_LIST_ASIDES: readonly string[] = [' (as well as ', ' (and also ', ' (and ', ' (plus '];

/** Nouns of a voice before {@link VOICE_LINKS} ("the voice of C", "the voices for C and D"). */
export const VOICE_NOUNS: ReadonlySet<string> = new Set(['voice', 'voices']);

/** Copulas that make the subject the choice itself ("A is the perfect choice for C"), not the one who chooses. */
export const CHOICE_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'be', 'been', 'seems', 'seemed']);

/** Nouns before `for` that cast the actor of the sentence in the part after it ("the perfect choice for C"). */
export const CHOICE_NOUNS: ReadonlySet<string> = new Set(['choice', 'casting', 'pick']);

/** Nouns of portraying before `of` that name the part after them when they are the actor's own ("A's portrayal of C"). */
export const OWNED_PORTRAYAL_NOUNS: ReadonlySet<string> = new Set(['portrayal', 'depiction', 'impersonation']);

/**
 * Verbs of watching or judging: between an actor and `his`/`her portrayal of C` they make the
 * portrayal someone else's ("A loved her portrayal of C"); right before the actor they make the
 * actor their object, not the one who portrays.
 */
export const WATCHING_VERBS: ReadonlySet<string> = new Set([
  'watch', 'watches', 'watched', 'watching', 'see', 'sees', 'saw', 'seen', 'seeing', 'love', 'loves', 'loved', 'loving',
  'like', 'likes', 'liked', 'enjoy', 'enjoys', 'enjoyed', 'praise', 'praises', 'praised', 'praising', 'admire', 'admires',
  'admired', 'applaud', 'applauds', 'applauded', 'hate', 'hates', 'hated', 'dislike', 'dislikes', 'disliked', 'prefer',
  'prefers', 'preferred', 'remember', 'remembers', 'remembered', 'recall', 'recalls', 'recalled', 'criticise', 'criticised',
  'criticize', 'criticized', 'mock', 'mocks', 'mocked', 'compare', 'compares', 'compared', 'envy', 'envies', 'envied',
  'copy', 'copies', 'copied', 'imitate', 'imitates', 'imitated', 'outshines', 'outshone', 'upstages', 'upstaged',
]);

/**
 * Verbs of seeing a whole work ("I watched X", "we saw X"): their lone object before a bracketed
 * name is the film seen, where a verb of liking ("I loved Ripley (…)") as often has a part.
 */
export const SEEING_VERBS: ReadonlySet<string> = new Set([
  'watch', 'watched', 'rewatched', 'see', 'saw', 'seen', 'rewatch', 'caught',
]);

/** Words that, between an actor and `his`/`her`, name another person the possessive may be of. */
export const OTHER_PERSON_WORDS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'him', 'them', 'me', 'us']);

/** Prepositions that, right before an actor, make the actor their object, not the one whose portrayal follows ("a scene with A and his portrayal of C"). */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'by', 'for', 'with', 'about', 'at', 'from', 'than', 'like', 'against', 'over', 'beside']);

/**
 * Casting verbs in their plain form, a cue only after a word of {@link PLAIN_VERB_LEADS} ("appears to
 * portray C", "will voice C"): alone, "play" is as often a noun. Read by the names stage's casting
 * words and by the casting that creates parts.
 */
export const PLAIN_PLAY_VERBS: ReadonlySet<string> = new Set(['play', 'portray', 'voice']);

/** Words before a plain casting verb that make it one ("to play", "will play", "she'll play"). */
export const PLAIN_VERB_LEADS: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'could', 'can', 'shall', 'should', 'must', 'might', 'may', 'did', 'does', "'ll", '’ll',
]);

/**
 * Forms of `bring` that cast when the part is followed by `to life` ("A brings C to life", "A
 * brought to life C"): the actor gives the part a body. `back to life` is a plot's resurrection, no casting.
 */
export const BRING_VERBS: ReadonlySet<string> = new Set(['bring', 'brings', 'brought', 'bringing']);

/**
 * Nouns of a part that also name a piece of a place or a group ("the part of town where …", "on the
 * part of the studio"): after them a casting reader needs more than the noun.
 */
export const REGION_PART_NOUNS: ReadonlySet<string> = new Set(['part', 'parts']);

/** Forms of `take` whose particle `on` takes a part ("A took on the part of C"), not the idiom "on the part of C". */
export const TAKE_FORMS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taking', 'taken']);

/**
 * Nouns that put a `brings C to life` on the page or the screen of a maker, not an actor's ("in
 * her novel, A brings C to life", "brings C to life through letters and photographs").
 */
export const LIFE_ON_PAGE_NOUNS: ReadonlySet<string> = new Set([
  'novel', 'novels', 'book', 'books', 'prose', 'page', 'pages', 'poem', 'poems', 'verse', 'letters', 'diaries',
  'photographs', 'photos', 'archive', 'archives', 'documentary', 'biography', 'memoir', 'chapter', 'chapters',
  'drawings', 'illustrations', 'paintings', 'animation', 'pen', 'ink',
]);

/** Words right after a name that make it a place: "the part of Leeds where she grew up". */
export const PLACE_RELATIVES: ReadonlySet<string> = new Set(['where', 'whence']);

/**
 * Nouns after a name that say it is a fictional part ("as the Orrin Vask character"). Not `role` or
 * `part`: "plays the Presley role" is as often a real person portrayed.
 */
export const PART_AFTER_NAME: ReadonlySet<string> = new Set(['character']);

/** The forms of `play`, the casting verb that also takes a place ("played Carnegie Hall", "will play Hampden"). */
export const PLAY_FORMS: ReadonlySet<string> = new Set(['play', 'plays', 'played', 'playing']);

/**
 * Nouns of a work a few words after `in` that place a lone name after the plain `play` in a cast
 * ("will play Zorin in the new film", "to play Zorin in a stage version"): a venue is played on a
 * date or at a festival, never in a film.
 */
export const CAST_WORK_NOUNS: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'movies', 'series', 'drama', 'sitcom', 'soap', 'play', 'musical', 'production', 'revival',
  'version', 'remake', 'sequel', 'prequel', 'adaptation', 'pantomime', 'opera', 'biopic', 'thriller', 'comedy', 'episode',
]);

/** How many words after `in` may stand before a noun of {@link CAST_WORK_NOUNS} ("in a new big-screen version"). */
export const MAX_CAST_WORK_GAP = 4;

/**
 * Nouns that head an apposition of someone after a lone name the plain `play` takes ("will play
 * Fern, the girl at the centre of the story", "to play Quill, a lonely lighthouse keeper"): a
 * venue one plays is a hall, a town or a stadium, never a girl or a keeper. Ages and sexes, kin,
 * a story's parts and the trades a part is described by.
 */
export const CAST_APPOSITION_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'girl', 'boy', 'lady', 'guy', 'kid', 'child', 'teenager', 'teen', 'youngster', 'youth',
  'widow', 'widower', 'orphan', 'stranger', 'loner', 'schoolgirl', 'schoolboy', 'gentleman', 'fellow',
  'mother', 'father', 'mum', 'mom', 'dad', 'sister', 'brother', 'daughter', 'son', 'wife', 'husband',
  'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'grandmother', 'grandfather', 'aunt', 'uncle', 'niece', 'nephew', 'cousin',
  'character', 'hero', 'heroine', 'villain', 'protagonist', 'antagonist', 'narrator', 'sidekick',
  'teacher', 'headmaster', 'scientist', 'doctor', 'nurse', 'student', 'soldier', 'officer', 'detective', 'cop',
  'lawyer', 'killer', 'victim', 'king', 'queen', 'prince', 'princess', 'servant', 'maid', 'butler', 'nun', 'priest',
  'witch', 'wizard', 'keeper', 'owner', 'spy', 'thief', 'gangster', 'heiress', 'farmer', 'sheriff',
]);

/** How many words after an apposition's article may stand before a noun of {@link CAST_APPOSITION_NOUNS} ("a lonely old lighthouse keeper"). */
export const MAX_CAST_APPOSITION_GAP = 4;

/**
 * Verbs right before `as` that make it cast after a `he` or `she` ("she starred as C", "he
 * returns as C"): after a pronoun a bare `as` is as often a conjunction or a job ("she worked as").
 */
export const PRONOUN_AS_VERBS: ReadonlySet<string> = new Set([
  'star', 'stars', 'starred', 'starring', 'co-star', 'co-stars', 'co-starred', 'appear', 'appears', 'appeared', 'cast', 'return', 'returns', 'returned',
]);

/** How many words may open a sentence before the `he` or `she` that casts ("In recent years she played C"). */
export const MAX_PRONOUN_LEAD_WORDS = 4;

/** Last words of a place a band or a player plays ("Carnegie Hall", "the Hollywood Bowl"), beyond the institution words of `not-names.ts`. */
export const VENUE_WORDS: ReadonlySet<string> = new Set(['hall', 'bowl', 'park', 'garden', 'gardens', 'field', 'dome', 'house', 'pavilion', 'coliseum', 'colosseum', 'amphitheatre', 'amphitheater', 'lounge', 'pub', 'bar']);

/**
 * Verbs that may follow a part named after a noun of performance and `as` ("whose turn as C was
 * inspiring", "her performance as C has won prizes"): the name ends there, as it does before a
 * subject pronoun ("whose turn as C we all loved"). Any other lower-case word may make the name a
 * describing word of a longer phrase ("as Hollywood icon …").
 */
export const VERBS_AFTER_PART: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'remains', 'remained',
  'stands', 'stood', 'makes', 'made', 'earned', 'earns', 'won', 'wins', 'deserves', 'deserved', 'steals', 'stole',
  'shines', 'shone', 'seems', 'seemed', 'feels', 'felt', 'gets', 'got', 'carries', 'carried',
]);

/**
 * Words that open a sentence before a name without being part of it ("Later Agent Q (A) …"),
 * besides the common capitalised words and words in -ly.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'later', 'meanwhile', 'soon', 'now', 'after', 'afterwards', 'before', 'next', 'first', 'again', 'still', 'yet', 'once', 'today', 'tonight', 'enter',
]);

/** Words opening a sentence with the part its subject plays: `As C, A …`, `Playing C, A …`. */
export const OPENER_CUES: ReadonlySet<string> = new Set(['as', 'playing', 'portraying']);

/**
 * Verbs right after `As C, A` that say A is judged as a player of C ("As Ruth, Dana Moss is superb",
 * "…, Dana Moss shines"), where a full name the kind model read as a character may be the actor.
 * A story verb there ("As Nightjar, Tom Reed saves the day") tells of a hero's other name instead.
 * `Playing C, A` and `Portraying C, A` need none: only a player plays.
 */
export const OPENER_ACTOR_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'gives', 'gave', 'delivers', 'delivered', 'shines', 'shone', 'excels', 'excelled', 'impresses',
  'impressed', 'nails', 'nailed', 'brings', 'brought', 'steals', 'stole', 'owns', 'owned', 'sparkles', 'sparkled',
]);

/**
 * Words after such a verb that say what A is, not how A plays ("As Nightjar, Tom Reed is a shy
 * clerk by day"): an identity, so no casting.
 */
export const OPENER_IDENTITY_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'just', 'really', 'secretly', 'actually', 'still', 'now', 'also']);

/**
 * Words between such an opener and a name that make the name no part: another player (`Playing
 * opposite C`, `Playing alongside C`), a comparison or time (`As well as C`, `As soon as C`, `As
 * usual`) or a place (`Playing in C`).
 */
export const OPENER_NOT_PART_WORDS: ReadonlySet<string> = new Set(['opposite', 'alongside', 'well', 'soon', 'long', 'much', 'usual', 'ever', 'always', 'such', 'in', 'on', 'under', 'into']);

/**
 * The marks that close a part named in apposition after its description ("played a sheriff, C,"):
 * "played a sheriff, C the hero" is no apposition.
 */
export const APPOSITION_CLOSE = ',.;:!?)\n';

/**
 * Titles a real actor is written with ("Mr. Hale", "Dame Ruth Moss"); any other title before a
 * name ("Capt. Ruth Moss", "Agent Hale") makes it a part, never the one who plays a part.
 */
export const ACTOR_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady']);

/**
 * Words that open a bracket after a part and lead to its actor ("C (voice of A)", "C (played by
 * A)", "C (voice: A)"): the bracket names who plays C whatever kind each name got alone. Lower
 * case, each with what ends it (a space, or a colon and a space).
 */
export const BRACKET_CASTING_LEADS: readonly string[] = ['voice of ', 'voiced by ', 'played by ', 'portrayed by ', 'voice: '];

/**
 * Words that, right after the actor of a casting bracket (`C (played by A and B)`), add another
 * player to the same part: the bracket then names no single actor of C.
 */
export const BRACKET_ACTOR_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);

/** Words of manner, besides the adverbs in `-ly`, that may stand between a casting verb and its `by` ("played very well by A"). */
export const MANNER_WORDS: ReadonlySet<string> = new Set(['very', 'well', 'so', 'quite']);

/**
 * Words that open an appositive describing a part before its `played by`: an article or a
 * possessive determiner ("C, a shy clerk played by A", "C, his wife, played by A").
 */
export const APPOSITIVE_OPENERS: readonly string[] = ['a', 'an', 'the', 'his', 'her', 'their', 'its'];

/**
 * Verbs that cast someone in the public's eye, not in a film: `sold A as C`, `hailed A as the
 * new C`. After one of them, `A as C` compares two people and links no part.
 */
export const REGARD_VERBS: ReadonlySet<string> = new Set([
  'sold', 'sells', 'selling', 'hailed', 'hails', 'hailing', 'touted', 'touts', 'touting', 'heralded', 'heralds',
  'branded', 'brands', 'billed', 'marketed', 'markets', 'pitched', 'pitches', 'crowned', 'crowns', 'described',
  'describes', 'describing', 'dubbed', 'dubs', 'regarded', 'regards', 'compared', 'compares', 'honoured', 'honored',
]);

/**
 * Words after `as` that make the part another person's likeness (`A as the next C`, `A as a modern
 * C`, `A as another C`): a comparison as often as a part, so the kind model, not the words, says
 * whether C is a part. Not `new` or `younger`: "A as the new C" and "A as the younger C" recast a
 * part far more often than they compare.
 */
export const LIKENESS_AFTER_AS: ReadonlySet<string> = new Set([
  'next', 'modern', 'modern-day', 'latter-day', 'present-day', 'another',
]);

/**
 * Articles that may open a description between a copula and the part (`A was a fine C`, `A is the
 * perfect C`): a judgement of how the actor fills the part, which names the part as `A is C` does.
 */
export const COPULA_ARTICLES: readonly string[] = ['a', 'an', 'the'];

/**
 * Nouns of kin and company: after a person's possessive they name someone in the person's own life
 * ("A's brother Tom", "A's old friend Tom"), not a part the person plays.
 */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'father', 'mother', 'dad', 'mom', 'mum', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife', 'child', 'children',
  'kids', 'grandchildren', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'uncle', 'aunt', 'nephew', 'niece',
  'cousin', 'friend', 'pal', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'sweetheart', 'lover', 'widow',
  'co-star', 'rival', 'agent', 'manager', 'assistant', 'dog', 'cat',
]);

/**
 * Words that open a cast list whose items put each actor first and the part in brackets
 * (`Starring: A (C), B (D)`, `the cast includes A (C) and B (D)`). A bare noun leads one only
 * before a colon (`Cast: A (C)`, {@link CAST_LIST_NOUNS}). Not `with`: plot summaries write `with C (A)` as often; nor
 * `featuring`, which leads songs and guests as often as actors.
 */
export const CAST_LIST_LEADS: readonly (readonly string[])[] = [
  ['also', 'starring'], ['starring'], ['co-starring'], ['stars'], ['co-stars'],
  ['cast', 'includes'], ['cast', 'included'], ['cast', 'include'], ['cast'], ['actors'],
];

/**
 * Leads of {@link CAST_LIST_LEADS} written in both orders when no colon follows: `it stars A (C)`
 * and a recap's `the sequel stars C (A)`. After these the text's other mentions decide the order.
 */
export const CAST_LIST_VERBS_BOTH_ORDERS: ReadonlySet<string> = new Set(['stars', 'co-stars']);

/** Leads of {@link CAST_LIST_LEADS} that are nouns: a list only after a colon (`The cast: …`, `Actors: …`). */
export const CAST_LIST_NOUNS: ReadonlySet<string> = new Set(['cast', 'actors']);

/**
 * The words right before `the title role` that make the name before them its actor ("A in the
 * title role", "A, who plays the eponymous character", "A was superb as the titular character"),
 * read by `link-casting-title-role.ts`. Lower case.
 */
export const TITLE_ROLE_LEADS: ReadonlySet<string> = new Set(['in', 'as', 'play', 'plays', 'played', 'playing', 'portray', 'portrays', 'portrayed', 'portraying']);

/** The words of `the title role` that say the part is the one the work is named after. Lower case. */
export const TITLE_ROLE_WORDS: ReadonlySet<string> = new Set(['title', 'titular', 'eponymous']);

/** The nouns of a part after {@link TITLE_ROLE_WORDS} ("the title role", "the titular character"). Lower case. */
export const TITLE_ROLE_NOUNS: ReadonlySet<string> = new Set(['role', 'character', 'part']);

/**
 * Words right before a name that lead to an actor, never to a part: the partner of a two-hander
 * ("plays C opposite A (D)"). In `A (D)` after one of them the bracket holds the part, whatever
 * order the text's other pairs take. A verb of starring is no such word: a recap stars its parts
 * as often ("the sequel stars Peter Parker (A)"). Lower case.
 */
export const ACTOR_LEAD_WORDS: ReadonlySet<string> = new Set(['opposite']);

/**
 * Words that praise or fault how someone plays a part, right before `as` and a common noun of the
 * part ("is great as the killer", "was wooden as her father"): a judgement of a performance, where
 * a plot's adjective ("lonely", "famous", "known") says what a character is.
 */
export const PERFORMANCE_PRAISE: ReadonlySet<string> = new Set([
  'great', 'good', 'superb', 'excellent', 'fine', 'chilling', 'wonderful', 'terrific', 'brilliant', 'fantastic',
  'convincing', 'believable', 'amazing', 'outstanding', 'perfect', 'effective', 'solid', 'hilarious', 'funny',
  'creepy', 'menacing', 'marvellous', 'marvelous', 'credible', 'delightful', 'impressive', 'memorable', 'charming',
  'touching', 'decent', 'adequate', 'awful', 'terrible', 'wooden', 'unconvincing', 'miscast', 'cast',
  'engaging', 'magnificent', 'splendid', 'stunning', 'riveting', 'enjoyable', 'entertaining', 'unforgettable',
  'charismatic', 'moving', 'heartbreaking', 'sympathetic', 'likable', 'likeable', 'strong', 'compelling',
  'mesmerizing', 'mesmerising', 'sublime', 'phenomenal', 'exceptional', 'flawless', 'remarkable', 'ravishing', 'sensational',
]);

/**
 * Verbs of a performance right before `as` and a common noun of the part ("shines as the warring
 * sisters", "stars as a hit man"): they say someone acts the part, where `poses as`, `works as`,
 * `disguised as` are a character's own doing.
 */
export const PERFORMANCE_VERBS_BEFORE_AS: ReadonlySet<string> = new Set([
  'shines', 'shine', 'shone', 'excels', 'excel', 'excelled', 'stars', 'starred', 'co-stars', 'co-starred',
]);

/** Verbs of being before a word of {@link PERFORMANCE_PRAISE} ("A is great as", "A and B were fine as"). */
export const PRAISE_COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/**
 * Adverbs that may stand between the verb of being and the praise ("is just great", "are both
 * superb"); a word in `-ly` may too ("is perfectly cast").
 */
export const PRAISE_ADVERBS: ReadonlySet<string> = new Set([
  'very', 'so', 'really', 'truly', 'quite', 'just', 'also', 'both', 'all', 'equally', 'again', 'here', 'too', 'pretty', 'always',
]);

/**
 * Common nouns of a part a performer is praised in, after `as` ("great as father and son", "as the
 * warring sisters", "as a lonely widower"): kin, the trades and types parts are written as, and
 * their plurals for a pair or a group. Not the ages (`as a kid` is a time of life), nor the story's
 * own nouns (`character`, `protagonist`), which an anime review says of a character.
 */
export const PRAISED_PART_NOUNS: ReadonlySet<string> = new Set([
  'widow', 'widower', 'orphan', 'stranger', 'loner', 'gentleman', 'man', 'woman', 'lady', 'guy',
  'mother', 'father', 'mum', 'mom', 'dad', 'sister', 'brother', 'daughter', 'son', 'wife', 'husband',
  'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'grandmother', 'grandfather', 'aunt', 'uncle', 'niece', 'nephew', 'cousin',
  'villain', 'sidekick', 'killer', 'murderer', 'psychopath', 'psycho', 'mobster', 'gangster',
  'teacher', 'headmaster', 'scientist', 'doctor', 'nurse', 'soldier', 'officer', 'detective', 'cop', 'sheriff',
  'lawyer', 'king', 'queen', 'prince', 'princess', 'servant', 'maid', 'butler', 'nun', 'priest',
  'witch', 'wizard', 'spy', 'thief', 'heiress', 'farmer', 'boss', 'friend', 'lover',
  'mothers', 'fathers', 'sisters', 'brothers', 'daughters', 'sons', 'parents', 'siblings', 'twins', 'couple', 'lovers',
  'friends', 'pals', 'buddies', 'cops', 'detectives', 'villains', 'killers', 'thieves', 'spies', 'soldiers',
]);

/** Determiners that may open a part named by a common noun after `as` ("as the killer", "as her father"). */
export const ROLE_OPENERS_AFTER_AS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'two', 'three', 'four']);

/**
 * Words right before a name, past a few describing words, that say it names someone who lived and
 * died: "the late Ray Vance", "late screen legend Ray Vance". A part so named is the real person a
 * film portrays, not a character. (`real-life` is not one: a story's hero may be "based on" a
 * real-life figure and still be the part.) Lower case; a lead of two words is written with one space.
 */
export const LIVED_LEADS: ReadonlySet<string> = new Set(['late']);

/**
 * Nouns of a life told on screen or on the page: "a biopic of Ray Vance", "the Ray Vance biopic",
 * "in the biopic". A part named in a sentence that holds one is the life's subject or someone in
 * it, a real person. Lower case.
 */
export const LIFE_STORY_NOUNS: ReadonlySet<string> = new Set(['biopic', 'biopics', 'biography', 'biographical']);

/** The most lower-case describing words between a {@link LIVED_LEADS} word and the name ("late soul singer"). */
export const MAX_LIVED_LEAD_WORDS = 3;

/**
 * Nouns of family and partners that name someone by a tie to another ("Tom Keel's wife Ruth",
 * "Tom Keel, wife Ruth Keel", "Tom Keel and his son Adam"). In a report, the kin of a real person
 * so named is a real person too. Lower case.
 */
export const REAL_KIN_NOUNS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'partner', 'girlfriend',
  'boyfriend', 'fiance', 'fiancee', 'widow', 'widower', 'grandson', 'granddaughter',
]);

/**
 * Words a few words before a real person's name that make the phrase after it a part ("plays
 * Tom Keel's wife Ruth", "as Tom Keel's mother Ruth"): the kin named there is a character. Lower case.
 */
export const PART_LEAD_WORDS: ReadonlySet<string> = new Set([
  'play', 'plays', 'played', 'playing', 'as', 'portray', 'portrays', 'portrayed', 'portraying', 'voices', 'voiced',
  'voicing', 'role', 'part', 'character',
]);

/** How many words before the real person's name {@link PART_LEAD_WORDS} are looked for. */
export const MAX_PART_LEAD_WORDS = 4;

/** Lower-case words that join the words of one title after an owner's possessive ("A's Jonathan Strange and Mr Norrell"). */
export const OWNED_TITLE_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'in', 'on']);

/** Verbs that say what an owned name is ("A's Nora Hale is a dreary film"): a work, then, not a part. */
export const OWNED_WORK_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'remains']);

/**
 * Casting verbs that, right after `he` or `she`, say the pronoun's person plays the part named
 * next ("she plays C", "he portrayed C"). Read by the pronoun casting pass, which finds the person
 * the pronoun stands for.
 */
export const PRONOUN_PART_VERBS: ReadonlySet<string> = new Set(['plays', 'played', 'portrays', 'portrayed', 'voices', 'voiced']);

/** One word that may stand between `he`/`she` and a casting verb without changing its subject ("he also plays", "she later played"). */
export const PRONOUN_VERB_ADVERBS: ReadonlySet<string> = new Set(['also', 'then', 'now', 'later', 'still', 'first', 'again', 'once', 'previously', 'originally']);

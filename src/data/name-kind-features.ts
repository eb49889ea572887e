/**
 * The evidence the names stage weighs to tell a fictional character from a real person, and the
 * words it reads for it. The weights live in `name-kind-weights.ts`, written by
 * `scripts/train-names.mjs`.
 */

/**
 * The features of one entity, in the order of its feature vector. Each is 0 or 1 except
 * `logMentions`. The `*Cue` features are what the casting and role cues of the names stage
 * recorded; the others are read in a few words' window around each mention.
 */
export const KIND_FEATURES = [
  /** A casting cue made a mention the role side ("X as Y", "Y (X)", "Y, played by X"). */
  'characterCue',
  /** A casting cue made a mention the actor side, or gave it the role `actor`. */
  'actorCue',
  /** A role noun or `by` cue gave a crew role (director, writer, author, other). */
  'crewCue',
  /** Reads as the role of a casting phrase: `as (det adj) X`, `the role of X`, `plays X`, `X (Full Name)`, `X, played by`, `named X`. */
  'characterSide',
  /** Reads as the actor of a casting phrase: `X as`, `X plays/gives/delivers`, `X's performance`, `played by X`, `Name (X)`. */
  'actorSide',
  /** Some mention is a full name: two or more words besides a title, not a given name written apart (`Su Hyuk`). */
  'multiWord',
  /** A mention has a title before it (`Mrs.`, `Professor`, `Inspector`). */
  'honorific',
  /** Every mention is a title and one word (`Mrs. Lift`, `Professor Donner`), not all courtesy titles. */
  'titledOnly',
  /** The first word of a full name is also used alone. */
  'firstAlone',
  /** The last word of a full name is also used alone. */
  'surnameAlone',
  /**
   * Family or social words around a mention (`his mother X`, `X's wife`, `X, her husband`), or a
   * noun of a life in the story after its possessive (`X's powers`, `X's backstory`, `X's rival`).
   */
  'family',
  /** A plot verb right after a mention (`X kills`, `X falls for`). */
  'plotVerbAfter',
  /** A speech verb right before or after a mention. */
  'speechVerb',
  /** `he`/`she`/`his`/`her` within the next words of the same sentence. */
  'pronounAfter',
  /** Two or more mentions. */
  'twoMentions',
  /** ln(1 + mentions). */
  'logMentions',
  /** A mention alone in brackets: `(X)` or `(X,`. */
  'inBrackets',
  /** A mention inside a list of capitalised names: `A, X and B`. */
  'nameList',
  /** A possessive with a work word (`X's film`) or a maker's craft (`X's art`, `X's vision`) after, or `a X movie`. */
  'possessiveWork',
  /** A work word right after a mention (`X movie`). */
  'workNounAfter',
  /** A role noun within two words before a mention, or `X, the director`. */
  'roleNounNear',
  /** A noun of a story's part around a mention: `X is the best character`, `the villain X`. */
  'characterNounNear',
  /** A performance or crew word within a few words of a mention. */
  'performanceNear',
  /** A performance or crew word in a mention's sentence. */
  'performanceSentence',
  /** Some mention is a full name, and every mention starts a sentence (a lone name opening one tells nothing). */
  'sentenceInitialOnly',
  /** The first word is a listed given name, or an initial standing for one (`W.C. Fields`). */
  'givenName',
  /** Only ever named by one word, a listed or a hyphenated given name (`Rudy`, `Su-hyeok`). */
  'loneGivenName',
  /** A descriptor noun right before a mention or its bracket (`the pregnant girl (X)`, `driver X`). */
  'descriptorBefore',
  /** The text reads as news (third person); one weak signal. */
  'newsVoice',
  /** Share (0..1) of the text's other entities that read as characters: lone given names or a role side. */
  'charactersAround',
  /**
   * An appositive after a mention describes who they are in a story, with no word of acting,
   * film-making or a made work in it (`X, a retired boxer who`; not `X, the director of`).
   */
  'describedAppositive',
  /** A noun of a job or office right before a mention (`lawyer X`, `the chairman X`): news names real people so, plots their characters. */
  'officeBefore',
  /**
   * The text reads as a report: third person, and it tells what people said ("said", "told") at
   * least twice (`readsAsReport`); there a name with no evidence of a part is a real person.
   */
  'reportedNews',
  /** A mention wrapped in quote marks (`"Bob"`, `'Lacy Rand'`): reviews quote the names of parts. */
  'quotedName',
  /**
   * Joined to another name by `and`, `or`, `vs`, a comma, `&` or `/` (`X and Y`, `X vs Y`), whose
   * entity the model reads as a character from its own evidence: names listed together are of one kind.
   */
  'joinedCharacter',
  /** The same, with a name the model reads as a real person. */
  'joinedPerson',
  /**
   * Every mention is a courtesy title and one word (`Ms. Okafor`), no noun introduces it and it never
   * opens a clause with a plot verb after it: the title a writer gives a real woman. Such a name is
   * not `titledOnly`; a story's own `Ms.` (`their teacher Ms. Frizzle`, `Ms. Marvel fights`) is.
   */
  'courtesyTitle',
  /**
   * A mention is the subject of `is`/`was` whose complement, within a few words, is a noun of a
   * story's part (`X is the best villain`, `X was just a dull heroine`): the text says what part
   * the name is. Narrower than `characterNounNear`, which a comma also opens (`by X, fine
   * character work`).
   */
  'characterPredicate',
  /**
   * A mention brought in as a new someone of the story: `a young boy named X`, `an orphan called
   * X` (not after a trade or a work noun: `an actor named X`, `a show called X`).
   */
  'namedIntroduced',
  /**
   * A full name in brackets after a part named by a common noun (`with her father (X)`, `a young
   * man (X) who`), in a text that ties actors to parts elsewhere: the text's way of naming actors.
   */
  'bracketedActor',
  /**
   * A `describedAppositive` whose words name a someone by age, sex or lot alone (`X, a woman from
   * the coast`, `X, a shy boy who`): how a plot summary brings in its people. A review describes a
   * real person by their work, and a report (settled apart) by trade or office.
   */
  'personAppositive',
  /**
   * A mention is what a story is said to be about: `the story follows X`, `the plot centres on X`,
   * `the film tells the story of X` (not in a sentence of a documentary, a biopic or a true story).
   */
  'storySubject',
  /**
   * A mention is a full name many other texts cast as a part (`Han Solo`, `Sarah Connor`: the list
   * `scripts/learn-part-names.mjs` learns from the corpus): a famous part looks like a real
   * person's name, and a text that names it bare gives no cue of its own.
   */
  'knownPart',
  /**
   * A mention is one word, with no title, that many other texts give a real person as a surname
   * (`Spielberg`, `Hanks`: the list `scripts/learn-person-words.mjs` learns from the corpus):
   * reviews name known actors and makers by surname alone, with nothing around it that tells.
   */
  'knownPerson',
  /**
   * More mentions stand where only the work's maker does (`X draws`, `X has built`, `drawn by X`,
   * `the characters that X`, `X wanted his readers to`: see `kind-maker-frame.ts`) than in a
   * story's frame (a plot verb after, kin or a life's noun, a speech verb).
   */
  'makerFrame',
] as const;

/** One feature's name. */
export type KindFeature = (typeof KIND_FEATURES)[number];

/**
 * Words of acting and film-making whose nearness tells a real person ("a fine performance by").
 * Not the casting verbs (`plays`, `played by`, `stars`): they stand beside the role as much as
 * beside the actor, and the casting-side features read them.
 */
export const PERFORMANCE_WORDS: ReadonlySet<string> = new Set([
  'performance', 'performances', 'acting', 'acted', 'actor', 'actress', 'actors', 'actresses', 'cast', 'casting',
  'role', 'roles', 'portrayal', 'directed', 'directs', 'direction', 'directing', 'director', 'script',
  'screenplay', 'written', 'wrote', 'star', 'career', 'oscar', 'oscars', 'nominated', 'talent', 'talented', 'delivers', 'delivered',
  'chemistry', 'overacts', 'overacting', 'miscast', 'credits', 'filmography', 'comeback', 'cameo',
]);

/** Verbs that tell a story's events after a character's name ("X kills", "X falls for"). */
export const PLOT_VERBS: ReadonlySet<string> = new Set([
  'kills', 'killed', 'falls', 'fell', 'meets', 'met', 'tries', 'tried', 'decides', 'decided', 'finds', 'found',
  'discovers', 'discovered', 'wants', 'wanted', 'loves', 'loved', 'marries', 'married', 'escapes', 'escaped',
  'learns', 'learned', 'learnt', 'realizes', 'realises', 'realized', 'realised', 'leaves', 'left', 'runs', 'ran',
  'dies', 'died', 'lives', 'lived', 'murders', 'murdered', 'saves', 'saved', 'fights', 'fought', 'returns',
  'returned', 'goes', 'went', 'gets', 'got', 'takes', 'took', 'becomes', 'became', 'begins', 'began', 'must',
  'steals', 'stole', 'hides', 'hid', 'flees', 'fled', 'discover', 'agrees', 'agreed', 'refuses', 'refused',
]);

/**
 * The plot verbs only a living being is the subject of (`X kills`, `X dies`, `X falls in love`
 * is not here: `Rome falls`). Not `meets` (`Alien meets Jaws` pitches a work), nor what a firm or a
 * place does too (`decides`, `wants`, `gets`, `returns`).
 */
export const BEING_VERBS: ReadonlySet<string> = new Set([
  'kills', 'killed', 'dies', 'died', 'marries', 'married', 'loves', 'loved', 'escapes', 'escaped', 'murders', 'murdered',
  'flees', 'fled', 'hides', 'hid', 'steals', 'stole', 'fights', 'fought', 'realizes', 'realises', 'realized', 'realised',
  'learns', 'learned', 'learnt', 'discovers', 'discovered', 'tries', 'tried',
]);

/**
 * Verbs right after a name met once mid-sentence that tell someone: the {@link BEING_VERBS} and a
 * plot's commonest moves (`X got over it`, `X went blind`, `X wants to win`). A place or a firm
 * seldom opens a clause with them once; a name repeated in news needs the being verbs (`the
 * town gets the rain`). Not `returns` or `became`: bands return, shows become.
 */
export const ONCE_NAME_VERBS: ReadonlySet<string> = new Set([...BEING_VERBS, 'gets', 'got', 'goes', 'went', 'wants', 'wanted', 'decides', 'decided']);

/** Family and social words around a character ("his mother X", "X's wife"). */
export const FAMILY_WORDS: ReadonlySet<string> = new Set([
  'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'friend', 'boyfriend',
  'girlfriend', 'family', 'uncle', 'aunt', 'mom', 'mum', 'dad', 'lover', 'partner', 'boss', 'fiance', 'fiancee',
  'fiancé', 'fiancée', 'cousin', 'grandmother', 'grandfather', 'nephew', 'niece', 'widow', 'sidekick', 'buddy',
  'stepmother', 'stepfather', 'parents', 'children', 'servant', 'neighbour', 'neighbor', 'mistress',
]);

/**
 * Common nouns a character's name is written before as readily as a genre's or a place's is
 * (`the Elric brothers`, `the Pain arc`, `Netero fans`): such a modifier says nothing of whether the
 * word names someone, so the no-one test does not count it.
 */
export const SOMEONE_MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  'brothers', 'sisters', 'family', 'clan', 'twins', 'household', 'siblings', 'arc', 'arcs', 'ark', 'saga', 'sagas',
  'fight', 'fights', 'battle', 'battles', 'vs', 'versus', 'fan', 'fans', 'centric', 'backstory', 'storyline',
]);

/**
 * Kin and friends a writer names as their own (`my nephew X`, `my best friend X`): people in the
 * writer's life, who watched the film with them or told them about it, not parts in it.
 */
export const WRITER_KIN_WORDS: ReadonlySet<string> = new Set([
  'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'friend', 'friends', 'boyfriend',
  'girlfriend', 'uncle', 'aunt', 'mom', 'mum', 'dad', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'cousin',
  'grandmother', 'grandfather', 'grandma', 'grandpa', 'nephew', 'niece', 'grandson', 'granddaughter', 'buddy',
  'pal', 'roommate', 'classmate', 'kid', 'kids', 'sons', 'daughters', 'brothers', 'sisters', 'nephews', 'nieces',
  'cousins', 'stepson', 'stepdaughter', 'partner',
]);

/** Possessive words before a family word ("his mother", "her husband"). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'your']);

/** Words of a made work after a person's name or possessive ("X's film", "a X movie", "X's career"). */
export const PERSON_WORK_WORDS: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'movies', 'novel', 'novels', 'book', 'books', 'flick', 'flicks', 'picture', 'pictures',
  'career', 'direction', 'script', 'screenplay', 'work', 'works', 'debut', 'version', 'adaptation', 'classic',
  'classics', 'vehicle', 'production', 'productions', 'masterpiece', 'oeuvre', 'comedy', 'comedies', 'western',
  'westerns', 'thriller', 'thrillers', 'fans', 'fan', 'filmography',
]);

/**
 * Words of a maker's craft right after a possessive (`X's art`, `X's writing`, `X's vision`): fan
 * reviews call a mangaka, a writer or a director by the surname alone, and what follows the
 * possessive is what the person made. Only the word right after counts: `X's fighting style` is a
 * character's.
 */
export const MAKER_POSSESSIONS: ReadonlySet<string> = new Set([
  'art', 'artwork', 'artstyle', 'drawing', 'drawings', 'manga', 'mangas', 'writing', 'style', 'storytelling', 'pen',
  'panels', 'paneling', 'panelling', 'pacing', 'worldbuilding', 'world-building',
  'filmmaking', 'directing', 'script', 'scripts', 'storyboards', 'illustrations', 'vision',
]);

/** Words after an actor's name that lead to the part ("X as", "X plays", "X gives"). */
export const ACTOR_VERBS: ReadonlySet<string> = new Set([
  'as', 'plays', 'played', 'playing', 'portrays', 'portrayed', 'portraying', 'stars', 'starred', 'gives', 'gave',
  'delivers', 'delivered', 'turns', 'shines', 'overacts', 'acts', 'acted', 'co-stars', 'costars',
]);

/**
 * Words right after the `as` that follows a name which make `as` open a conjunction, a time, a
 * manner or an aside, not a part (`X as well as Y`, `X as soon as`, `X as if`, `X, as always,`):
 * the name is on no casting side.
 */
export const NOT_CASTING_AFTER_AS: ReadonlySet<string> = new Set([
  'well', 'soon', 'much', 'long', 'far', 'if', 'though', 'usual', 'always', 'ever', 'such', 'yet', 'opposed', 'per',
]);

/** Nouns after an actor's possessive ("X's performance", "X's character"). */
export const ACTOR_POSSESSIONS: ReadonlySet<string> = new Set([
  'performance', 'performances', 'character', 'portrayal', 'role', 'turn', 'acting', 'part', 'characters', 'roles',
]);

/** Verbs of acting before a part ("plays X", "portrayed X"). */
export const PLAYS_VERBS: ReadonlySet<string> = new Set(['plays', 'played', 'playing', 'portrays', 'portrayed', 'portraying', 'voices', 'voiced']);

/** Verbs before `by` that lead to the actor ("played by X"). */
export const PLAYED_VERBS: ReadonlySet<string> = new Set(['played', 'portrayed', 'voiced', 'performed', 'acted']);

/** Nouns before `of` that name a part ("the role of X"). */
export const PART_NOUNS: ReadonlySet<string> = new Set(['role', 'roles', 'part', 'parts', 'character', 'characters']);

/** Words before `as` after which `as` does not lead to a part ("such as", "known as"). */
export const NON_CASTING_AS: ReadonlySet<string> = new Set(['such', 'known', 'same', 'well', 'so', 'just', 'soon', 'long', 'much', 'far', 'good', 'referred']);

/** Titles a writer gives a real person out of courtesy (`Ms. Okafor`), lower case without the dot. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['ms']);

/** Words that introduce a character by name ("a girl named X"). */
export const NAMING_WORDS: ReadonlySet<string> = new Set(['named', 'called', 'nicknamed']);

/**
 * Nouns that say no more of someone than that they are a grown person (`a woman called X`): a
 * report brings in a real person so, while a noun of a story's kind (`a wizard named X`) still
 * brings in a part.
 */
export const PLAIN_PERSON_NOUNS: ReadonlySet<string> = new Set(['man', 'woman', 'men', 'women', 'lady', 'gentleman', 'person', 'guy', 'fellow', 'someone', 'somebody']);

/**
 * Nouns that describe someone by age, sex or lot alone (`a woman`, `a young boy`, `a widow`), the
 * head of a plot summary's appositive (`X, a girl from the village`). No trade or office: news and
 * reviews describe real people by those (`a business adviser`, `a retired boxer`).
 */
export const APPOSITIVE_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'girl', 'boy', 'lady', 'guy', 'kid', 'child', 'teenager', 'teen', 'youngster', 'youth',
  'widow', 'widower', 'orphan', 'stranger', 'loner', 'schoolgirl', 'schoolboy', 'gentleman', 'fellow',
]);

/** Pronouns that tell one person after a name ("X … she"). */
export const THIRD_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/** Nouns of a story's parts ("X is the best character", "the villain X"). */
export const CHARACTER_NOUNS: ReadonlySet<string> = new Set([
  'character', 'hero', 'heroine', 'villain', 'protagonist', 'antagonist', 'anti-hero', 'antihero', 'narrator',
]);

/**
 * Parts of {@link CHARACTER_NOUNS} a real person also fills (the narrator of a documentary or an
 * audiobook): `X is the narrator` says nothing of X's kind.
 */
export const VOICED_PART_NOUNS: ReadonlySet<string> = new Set(['narrator']);

/** Plural nouns of a story's parts before a list of them (`characters such as A and B`, `villains like C`). */
export const PLURAL_CHARACTER_NOUNS: ReadonlySet<string> = new Set(['characters', 'heroes', 'heroines', 'villains', 'protagonists', 'antagonists']);

/**
 * The descriptor nouns that name a job or an office (`lawyer`, `chairman`, `teacher`): news
 * writes real people so ("record label boss X") as often as a plot names its characters, so they
 * are weighed by the model, not taken as settling the kind.
 */
export const OFFICE_NOUNS: ReadonlySet<string> = new Set([
  'teacher', 'scientist', 'doctor', 'nurse', 'student', 'soldier', 'officer', 'detective', 'lawyer', 'president',
  'principal', 'captain', 'agent', 'chief', 'leader', 'boss', 'member', 'ceo', 'manager', 'secretary', 'chairman',
  'professor', 'prosecutor', 'judge', 'police', 'assemblywoman', 'assemblyman',
]);


/**
 * Nouns of a character's life in the story after a name's possessive (`X's powers`, `X's past`,
 * `X's rival`): a story's events, not a person's work. Family words are read apart, and the words
 * of acting (`X's performance`) mean the actor.
 */
export const STORY_POSSESSIONS: ReadonlySet<string> = new Set([
  'power', 'powers', 'ability', 'abilities', 'team', 'sword', 'weapon', 'fight', 'fights', 'battle', 'battles', 'death',
  'past', 'backstory', 'journey', 'quest', 'transformation', 'training', 'rival', 'rivalry', 'sensei', 'master', 'mentor',
  'enemy', 'enemies', 'plan', 'plans', 'revenge', 'dream', 'dreams', 'goal', 'goals', 'motivation', 'motivations',
  'motives', 'destiny', 'fate', 'arc', 'development', 'growth', 'personality', 'childhood', 'ship', 'crew', 'squad',
  'village', 'clan', 'feelings', 'heart', 'gang', 'fighting', 'strength',
]);

/** Words that join two names of a list or a match-up (`X and Y`, `X vs Y`); commas, `&` and `/` are read from the gap. */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'vs', 'versus', 'nor']);

/**
 * Verbs of making a story's parts or drawing them, right after a one-word name (`X draws`,
 * `X has built`, `X introduces`): what the maker of a work does to it, not what happens in it.
 * Not `makes` or `made` (a part makes friends), nor `writes` (a part writes letters and names; a
 * speech verb besides), nor the passive's participle alone.
 */
export const MAKING_VERBS: ReadonlySet<string> = new Set([
  'draws', 'drew', 'creates', 'created', 'designs', 'designed', 'illustrates', 'illustrated',
  'introduces', 'establishes', 'established', 'builds', 'built', 'depicts', 'depicted', 'pens', 'penned', 'plotted',
  // The bare forms, after a modal (`X can draw`, `X should have designed`).
  'draw', 'create', 'design', 'illustrate', 'introduce', 'establish', 'build', 'depict',
]);

/**
 * The participles of drawing, writing and designing before `by X` (`drawn by X`, `designed by X`);
 * not `created` (`the threat created by X` is a part's deed).
 */
export const MADE_PARTICIPLES: ReadonlySet<string> = new Set([
  'drawn', 'written', 'designed', 'illustrated', 'penned', 'handled', 'conceived', 'authored',
]);

/** Words between a name and a making verb that keep the name its subject (`X has also built`, `X can draw`). */
export const MAKER_VERB_FILLERS: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'really', 'also', 'just', 'never', 'always', 'clearly', 'then', 'only', 'often', 'again',
  'even', 'still', 'actually', 'obviously', 'certainly', 'probably', 'somehow', 'eventually', 'finally', 'once',
  'can', 'could', 'will', 'would', 'should', 'might', 'may', 'did', 'does',
]);

/**
 * What belongs to the maker of a serial work, after `his`/`her`/`their` in the sentence of a name
 * (`X wanted his readers to`, `X destroyed his manga`), or after `that` before it (`the characters
 * that X introduces`): the readers, the pages, the cast the maker writes. A part in a story has no
 * readers, panels or chapters, nor a cast of characters of its own.
 */
export const MAKER_OWN_NOUNS: ReadonlySet<string> = new Set([
  'readers', 'viewers', 'audience', 'manga', 'mangas', 'characters', 'panels', 'chapters', 'arcs', 'villains',
]);

/**
 * The maker's craft after a possessive (`X's art`, `X's storytelling`): of {@link MAKER_POSSESSIONS}
 * only what a part in a story never owns (not `style`, `vision`, `pen`, `script`: a fighter's style,
 * a hero's vision, a pen that kills), with the maker's readers and pages.
 */
export const MAKER_CRAFTS: ReadonlySet<string> = new Set([
  'art', 'artwork', 'artstyle', 'manga', 'mangas', 'writing', 'storytelling', 'panels', 'paneling', 'panelling',
  'pacing', 'worldbuilding', 'world-building', 'readers', 'chapters',
]);

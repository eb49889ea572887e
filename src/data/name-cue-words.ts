/**
 * Word lists the names stage (`src/stages/4-names/`) reads around a capitalised piece: the words that
 * extend or end a name, and the words around a casting phrase or a maker's work.
 */
import type { PersonRole } from '../types';
import { NAME_JOINERS } from './work-cues';
import { CHARACTER_NOUNS, FAMILY_WORDS } from './name-kind-features';
import { DESCRIPTOR_NOUNS } from './role-words';

/** Words after a surname that are not the surname ("Jr", "III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv']);

/**
 * The suffixes of {@link NAME_SUFFIXES} written short with a dot ("Jr.", "Snr."): the dot is the
 * name's, and ends a sentence only where a new one starts after it.
 */
export const ABBREVIATED_NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jnr', 'sr', 'snr']);

/** Lower-case particles inside a surname ("Olivia de Havilland", "Pepe le Moko", "Hans van der Berg"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'di', 'da', 'du', 'del', 'della', 'des', 'le', 'la', 'van', 'von', 'der', 'den', 'ter', 'ten', 'dos', 'das']);

/**
 * Parts of speech of a word that opens a new sentence after a one-letter initial's full stop
 * ("Malcolm X. Besides, …", "Malcolm X. Later he …"): function words and adverbs, never a surname,
 * so the initial ends the name there. A verb or a noun may still be a surname the tagger misreads
 * ("Marshall D. Teach", "Michael J. Fox").
 */
export const AFTER_INITIAL_BREAK_POS: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'ADV', 'AUX', 'PART', 'INTJ']);

/** Words that set two sides against each other ("Naruto VS Pain", "Moped Vs Santa"): never inside a name. */
export const VERSUS_WORDS: ReadonlySet<string> = new Set(['vs', 'versus']);

/**
 * Verbs whose object is someone the subject is set against or bound to in a told story, in every
 * form a review writes them (`kills X`, `has to fight X`, `fought X`, `marries X`). Not what a place
 * or a firm is the object of as often (`leaves`, `joins`, `attacks`, `protects`, `saves`), nor
 * `meets`, which pitches one work as two others (`Alien meets Jaws`).
 */
export const AGAINST_VERBS: ReadonlySet<string> = new Set([
  'kill', 'kills', 'killed', 'killing', 'defeat', 'defeats', 'defeated', 'defeating', 'beat', 'beats', 'beating',
  'betray', 'betrays', 'betrayed', 'betraying', 'marry', 'marries', 'married', 'marrying', 'rescue', 'rescues', 'rescued',
  'murder', 'murders', 'murdered', 'kidnap', 'kidnaps', 'kidnapped', 'befriend', 'befriends', 'befriended',
  'kiss', 'kisses', 'kissed', 'seduce', 'seduces', 'seduced', 'stab', 'stabs', 'stabbed', 'avenge', 'avenges', 'avenged',
  'confront', 'confronts', 'confronted', 'fight', 'fights', 'fought', 'fighting', 'battle', 'battles', 'battled',
  'duel', 'duels', 'dueled', 'duelled',
]);

/**
 * A verb and the preposition after it that set its subject against or beside someone (`fights
 * with X`, `falls for X`, `teams up with X`): the words before the object, in lower case, one space
 * apart.
 */
export const AGAINST_VERB_PHRASES: ReadonlySet<string> = new Set([
  'fight with', 'fights with', 'fought with', 'fighting with', 'fight against', 'fights against', 'fought against', 'fighting against',
  'battle with', 'battles with', 'battled with', 'battle against', 'battles against', 'battled against',
  'duel with', 'duels with', 'dueled with', 'duelled with', 'clash with', 'clashes with', 'clashed with',
  'fall for', 'falls for', 'fell for', 'falling for', 'team up with', 'teams up with', 'teamed up with',
]);

/** Nouns of a contest or a bond that a name owns, before `with` or `against` and someone (`X's duel with Y`). */
export const AGAINST_NOUNS: ReadonlySet<string> = new Set(['fight', 'battle', 'duel', 'rivalry', 'showdown', 'clash', 'feud', 'romance']);

/** The prepositions between a contest noun and its other side (`X's fight with Y`, `X's battle against Y`). */
export const AGAINST_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'against']);

/** Verbs a headline writes capitalised right after a name ("Jared Harris Stars"): no part of it. */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(['stars', 'plays', 'returns', 'shines', 'directs', 'narrates', 'hosts', 'stuns', 'dazzles', 'sparkles']);

/** Parts of speech that never start a name: a capitalised one is sentence-initial, not a name. */
export const LEADING_NON_NAME_POS: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'ADV', 'AUX', 'PART', 'INTJ', 'VERB']);

/** Lower-case words between a casting word and the role: "as the long-suffering stage manager Madge". */
export const MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'ADV', 'NUM']);

/** Possessive determiners, which describe a role ("as his wife Mary"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Verbs of performing, whatever part of speech the tagger gives them ("starred" may read as a
 * noun), and the words of coming back to a part: a sequel's cast list gives each actor as "A
 * returns as C" or, with no verb at all, "A back as C", and the tagger reads a `returns` after a
 * name as a plural noun.
 */
export const PERFORMS: ReadonlySet<string> = new Set([
  'starred', 'stars', 'starring', 'cast', 'appears', 'appeared', 'shines', 'shone', 'performs', 'performed', 'gives', 'gave',
  'delivers', 'delivered', 'turns', 'turned', 'plays', 'played', 'playing', 'excels', 'excelled',
  'returns', 'returned', 'returning', 'back',
]);

/** Verbs of making a role, not playing it ("created the character of Buffy"). */
export const AUTHORING_VERBS: ReadonlySet<string> = new Set([
  'created', 'creates', 'create', 'creating', 'wrote', 'writes', 'write', 'writing', 'written', 'invented', 'invents',
  'conceived', 'devised', 'imagined', 'drew', 'draws', 'designed', 'adapted', 'cut', 'dropped', 'removed', 'added',
]);

/** Determiners before "role of" / "part of" that make it a casting phrase ("the role of", "their roles of"). */
export const ROLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', 'my', 'your', 'our']);

/** Words that end a role phrase before the name: "an odd boy named Owen". */
export const NAMING_WORDS: ReadonlySet<string> = new Set(['named', 'called']);

/**
 * Words that never stand between an actor and a casting word: an object or reflexive pronoun says
 * someone else is cast ("she sees him as Bob"), `by` starts another clause, `same` and `such`
 * compare ("the same quips as George").
 */
export const NOT_BEFORE_CUE: ReadonlySet<string> = new Set([
  'him', 'them', 'us', 'me', 'it', 'himself', 'herself', 'themselves', 'itself', 'myself', 'yourself', 'by', 'than',
  'same', 'such',
]);

/** Prepositions of place: a name after one is a place or a work, not an actor ("in Rome as …"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'into', 'inside', 'near', 'across', 'throughout']);

/**
 * Words before a one-word name that make it a place (`in Holland`, `from Oz`, `his native Wales`):
 * the prepositions of place, `from` and `native`. A known surname after one is no person there.
 */
export const PLACE_LEADS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, 'from', 'native']);

/** Words right before `plays`/`played` that make its subject someone else: `and`, a passive. */
export const NOT_BEFORE_PLAYS: ReadonlySet<string> = new Set(['and', 'is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** Pronouns that can be the subject of a casting verb. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'you']);

/**
 * Subject pronouns that never stand for one named actor before them ("A said they played C", "A
 * thinks we see C"): a casting verb after one has that subject, not the name.
 */
export const OTHER_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'you']);

/**
 * Words right after the `as` that follows a part which say how the part is played, not who plays
 * it ("plays C as a nervous wreck", "played C as an adult", "plays C as if she were a ghost"): an
 * actor's name follows a casting `as`, never an article or a conjunction.
 */
export const MANNER_AFTER_AS: ReadonlySet<string> = new Set(['a', 'an', 'if', 'though', 'someone', 'somebody']);

/**
 * Verbs right after the `as` that follows a part which make it an inverted comparison ("great as
 * C, as is A as D", "as does A"): the name after them is the next subject compared, not the part's
 * actor, so the part before `as` stays a part.
 */
export const COMPARISON_AFTER_AS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'does', 'did', 'do', 'has', 'had']);

/**
 * Casting verbs that may open a bracket after an actor's name as `as` does ("A (plays C)", "A
 * (portrays C)"): the name outside plays the one inside. No past participle, which opens the
 * other order ("C (played by A)", "C (portrayed with menace by A)").
 */
export const BRACKET_PLAYS_VERBS: ReadonlySet<string> = new Set(['plays', 'portrays', 'voices', 'playing', 'portraying', 'voicing']);

/** `as` in these asides is no casting word ("brilliant as always as Miss Marple"). */
export const AS_ASIDES: ReadonlySet<string> = new Set(['always', 'usual', 'ever']);

/**
 * Words between a character and `played by`: "Rudy who is played by", "Charlie is beautifully
 * portrayed by", "the Rudy character as played by".
 */
export const BEFORE_PLAYED_BY: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'who', 'that', 'which', 'also', 'here', 'now', 'as', 'character', 'role', 'part']);

/**
 * Words of the modal or planned passive news uses to announce a casting, between a character and
 * `be played by` ("C will be played by", "C would likely be voiced by", "C is to be played by").
 */
export const MODAL_BEFORE_PLAYED_BY: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'to', 'likely']);

/** Relative words that open a clause of the name before them ("C, who will be played by A"). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/**
 * Words that give the name of an actor's part after `A's character`: `, whose name is C`,
 * `named C`, `is called C`.
 */
export const NAMING_CUES: readonly (readonly string[])[] = [
  ['whose', 'name', 'is'], ['who', 'is', 'called'], ['who', 'is', 'named'], ['is', 'called'], ['is', 'named'], ['called'], ['named'],
];

/** Parts of speech between a played-by verb and `by`: "played reasonably well by", "played in the film by". */
export const BETWEEN_PLAYED_AND_BY: ReadonlySet<string> = new Set(['ADV', 'ADP', 'DET', 'NOUN']);

/** Parts of speech that make a bracket more than a name and a few describing words ("(the book by X)"). */
export const CLAUSE_POS: ReadonlySet<string> = new Set(['ADP', 'AUX', 'CCONJ', 'SCONJ', 'PRON', 'PART']);

/** Words before a place: a lone first name after one is a town or a state ("from Georgia"). */
export const BEFORE_PLACE: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'across', 'throughout', 'inside', 'into', 'around', 'outside']);

/** Nouns after a lone name's possessive that make it a maker or a performer ("Hitchcock's film"). */
export const MAKER_NOUNS: ReadonlyMap<string, PersonRole> = new Map<string, PersonRole>([
  ['film', 'other'], ['films', 'other'], ['movie', 'other'], ['movies', 'other'], ['picture', 'other'], ['pictures', 'other'],
  ['filmography', 'other'], ['career', 'other'], ['oeuvre', 'other'], ['masterpiece', 'other'], ['masterpieces', 'other'],
  ['direction', 'director'], ['directing', 'director'], ['camera', 'director'], ['cinematography', 'other'],
  ['script', 'writer'], ['screenplay', 'writer'], ['dialogue', 'writer'],
  ['novel', 'author'], ['novels', 'author'], ['book', 'author'], ['books', 'author'], ['prose', 'author'],
  ['performance', 'actor'], ['performances', 'actor'], ['acting', 'actor'], ['portrayal', 'actor'], ['interpretation', 'actor'],
  ['depiction', 'actor'], ['rendition', 'actor'], ['delivery', 'actor'],
  // A writer's other forms: `Kipling's classic poem`, `Wilde's play`. Not `story`: a character has
  // a story too (`Mary's story`).
  ['poem', 'author'], ['poems', 'author'], ['poetry', 'author'], ['verse', 'author'], ['sonnet', 'author'], ['sonnets', 'author'],
  ['play', 'writer'], ['plays', 'writer'], ['libretto', 'writer'], ['lyrics', 'writer'],
  // A film's or a stage work's genre owned by who made or led it (`X's road-trip comedy`, `X's
  // tragic opera`). Not `drama` (someone's own trouble) nor `album` or `song` (a band owns one as
  // often as a singer).
  ['comedy', 'other'], ['comedies', 'other'], ['thriller', 'other'], ['thrillers', 'other'],
  ['documentary', 'other'], ['documentaries', 'other'], ['biopic', 'other'], ['sitcom', 'other'],
  ['opera', 'other'], ['operas', 'other'], ['symphony', 'other'], ['symphonies', 'other'], ['concerto', 'other'],
]);

/** Nouns after `a X` that make X a maker or a star ("a Kubrick film", "an Altman picture"). */
export const BRAND_NOUNS: ReadonlySet<string> = new Set(['film', 'movie', 'picture', 'flick', 'vehicle', 'production']);

/** Words before `X film` that make X a maker or a star, as `a` does ("another Scorsese picture"). */
export const BRAND_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'every', 'any']);

/**
 * Nouns of a maker's manner after a lone word (`the Lubitsch touch`, `a Hitchcock trademark`): only
 * a person's way of making things is named after the person so.
 */
export const STYLE_NOUNS: ReadonlySet<string> = new Set(['touch', 'trademark', 'hallmark']);

/** Parts of speech allowed between a maker's possessive and the work noun ("'s successful first"). */
export const MAKER_MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'NUM']);

/** Determiners before `(adj*) X touch`: a maker's manner is spoken of as one thing. */
export const STYLE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'that', 'this', 'another']);

/**
 * Pronouns that stand for one person (`he`, `him`, `herself`). Not `his` and `her`: a possessive as
 * often speaks of the owner of something named before (`the Nostromo's computer … her lines`).
 */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'himself', 'herself']);

/** Words before a lone word that make it a place or a thing someone has (`goes to X`, `her X`). */
export const NOT_BEFORE_LONE: ReadonlySet<string> = new Set(['to', ...POSSESSIVE_DETERMINERS]);

/**
 * Words before a word that make it a common noun or a place, not someone's name carelessly written
 * in lower case: a determiner (`the hokage`, `his chakra`, `one genin`) or a preposition of place
 * (`in wano`, `on hoth`). Fans write both a hero's name and their fandom's terms in either case;
 * only the terms and the places take these. Not `that` or `no`, which lead a clause or deny someone as
 * often (`so that naruto wins`, `still no sasuke`).
 */
export const COMMON_NOUN_LEADS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'one', 'this', 'these', 'those', 'every', 'each', 'some', 'any', 'another', 'on', ...POSSESSIVE_DETERMINERS, ...BEFORE_PLACE,
]);

/** Relative pronouns of a person: `X, who …` and `X, whose …` speak of someone. */
export const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'whom']);

/**
 * Ties a plot gives one person to another, after a possessive and before a name (`his pal X`,
 * `her rival X`, `their sensei X`, `his crush X`): a story introduces its cast through one another,
 * as it does with the family words. Not `colleague`, `protege` or `student`: news names real people
 * through them as often.
 */
export const STORY_TIE_WORDS: ReadonlySet<string> = new Set([
  'pal', 'crush', 'rival', 'archrival', 'nemesis', 'teammate', 'sensei', 'mentor', 'pupil', 'apprentice',
  'classmate', 'roommate', 'companion',
]);

/**
 * Nouns of a person before `named` or `called` (`a young boy named X`, `a character called X`):
 * a plot introduces someone so, where `a planet called X` or `a show named X` names a thing. The
 * kin, job and story-part nouns of a character, and the plain nouns of a person.
 */
export const NAMED_PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...DESCRIPTOR_NOUNS, ...CHARACTER_NOUNS, ...FAMILY_WORDS,
  'kid', 'child', 'teen', 'teenager', 'youngster', 'youth', 'orphan', 'person', 'someone', 'somebody', 'stranger',
  'gentleman', 'fellow', 'lad', 'dude', 'gal', 'baby', 'newcomer', 'guard', 'thief', 'maid', 'butler', 'knight',
]);

/**
 * Verbs of one subject that may open a `who` clause (`X who is`, `X who has`): after a name that
 * ends in `s` the clause may speak of a crowd (`Christians who ranked`, `Jawas who sell`) unless its
 * verb is of one subject. A lexical verb with `-s` is read from its spelling.
 */
export const SINGULAR_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'does', "isn't", 'isn’t', "wasn't", 'wasn’t', "hasn't", 'hasn’t', "doesn't", 'doesn’t',
]);

/** Verbs of several subjects: a `who` clause opening with one speaks of a group (`X who are lame`). */
export const PLURAL_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'are', 'were', 'have', 'do', "aren't", 'aren’t', "weren't", 'weren’t', "haven't", 'haven’t', "don't", 'don’t',
]);

/**
 * Nouns for a group or a firm written right before its name (`rock band X`, `literary agency X`,
 * `trade publication X`): a person is named by a role noun (`singer X`), never so. Lower case.
 */
export const GROUP_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'band', 'group', 'duo', 'trio', 'quartet', 'quintet', 'orchestra', 'choir', 'agency', 'publication', 'label', 'magazine',
  'newspaper', 'publisher', 'publishers', 'firm', 'company', 'studio', 'channel', 'network', 'website', 'outfit', 'retailer', 'chain',
]);

/** Nouns for a group written right after its name (`the X gang`, `X's Y crew`). Lower case. */
export const GROUP_NOUNS_AFTER: ReadonlySet<string> = new Set(['group', 'band', 'gang', 'crew', 'label', 'collective', 'posse']);

/**
 * Plural nouns of the people who belong to a place or a body, after its name (`Grace Hall pupils`,
 * `Brookfield residents`): a person's name takes a possessive before them (`Ms Hall's pupils`).
 * Not the nouns a person's name stands before as often (`fans`, `supporters`, `voters`, `followers`).
 */
export const MEMBER_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'pupils', 'students', 'alumni', 'graduates', 'schoolchildren', 'schoolboys', 'schoolgirls', 'residents', 'villagers',
  'townspeople', 'locals', 'parishioners', 'staff', 'employees', 'workers', 'inmates', 'patients', 'councillors', 'councilors',
]);

/** The plural verbs `be` a band or a firm takes in British English (`X are touring`); a person takes `is`. */
export const PLURAL_BE: ReadonlySet<string> = new Set(['are', 'were', 'aren\'t', 'weren\'t']);

/** Verbs after a name that take a single subject: the name is someone, or one thing (`X is`, `X has`). */
export const SINGULAR_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does', 'isn\'t', 'wasn\'t', 'hasn\'t', 'doesn\'t']);

/** Words that open a relative clause inside a subject (`Critics who hate X are`). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that', 'which', 'whom', 'whose']);

/**
 * Words shortly before a name that make it one of several subjects of a plural verb (`A and B
 * are`, `A and his partner B are`) or the subject of a wish or a condition (`if X were`).
 */
export const PLURAL_SUBJECT_BLOCKERS: ReadonlySet<string> = new Set([
  'and', 'or', 'nor', 'with', 'both', 'plus', 'if', 'though', 'wish', 'wished', 'unless', 'whether',
]);

/**
 * Articles and prepositions that, right before a name or before adjectives before it, make it part
 * of a noun phrase or a preposition's object, not the subject (`fans of X are`, `the first black X
 * were`).
 */
export const PLURAL_PHRASE_BLOCKERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'on', 'to', 'for', 'by', 'from', 'in', 'at', 'about', 'like', 'as', 'than',
]);

/** Words after a name that join another name to it (`duo A and B`): a group noun before names the pair. */
export const LIST_JOINERS: ReadonlySet<string> = new Set([...NAME_JOINERS, 'nor', 'with']);

/**
 * Determiners before a capitalised run that names a thing (`the Chicago Underground`, `that Halla
 * Re`): a person's full name takes none, so a run led by a rarer first name after one is no name.
 */
export const THING_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'that', 'this', 'these', 'those', 'another', 'every', 'each', 'any']);

/**
 * Capitalised words that describe the name right after them and are never part of it ("Late
 * Ada Brook", "Former Tom Bell"); a name run starts after them.
 */
export const DESCRIBING_LEADS: ReadonlySet<string> = new Set(['late', 'former', 'veteran']);

/**
 * Nouns that name one member of a band by the band's own name in the singular (`Beatle`, `Rolling
 * Stone`, `Sex Pistol`): written capitalised before a member's full name, they say who the member
 * is and are no part of the name. Lower case.
 */
export const BAND_MEMBER_NOUNS: ReadonlySet<string> = new Set(['beatle', 'monkee', 'stone', 'pistol', 'ramone', 'stooge', 'pogue', 'wiggle']);

/**
 * Last parts of a hyphenated describing word before a name ("Ten-year-old", "Dutch-born",
 * "Leeds-based", "Oscar-winning", "President-elect"): the word says something of the name and is
 * no part of it. A romanised given name keeps its hyphen ("Chan-wook"): its last part is none of these.
 */
export const COMPOUND_LEAD_HEADS: ReadonlySet<string> = new Set([
  'old', 'born', 'based', 'bred', 'raised', 'winning', 'winner', 'nominated', 'nominee', 'elect', 'time', 'turned', 'trained',
]);

/**
 * Last parts of {@link COMPOUND_LEAD_HEADS} that say where someone comes from or works
 * ("Tunisian-born", "London-based"): no work, firm or band is named so, and no name holds one, so
 * such a word describes whoever is named after it, a surname alone as much as a full name.
 */
export const ORIGIN_LEAD_HEADS: ReadonlySet<string> = new Set(['born', 'based', 'bred', 'raised']);

/**
 * Number words that count an age in a hyphenated age word ("Ten-year-old", "twenty-five-year-old");
 * digits count one too ("10-year-old").
 */
export const AGE_NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred',
]);

/** Units of an age word before its last part `old` or `olds` ("month" in "six-month-old"). */
export const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);

/**
 * Words that open a clause before its subject (`…, while X are also playing`): a comma before them
 * ends the clause before, so it does not list the name with the words there.
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['while', 'whereas', 'because', 'since', 'when', 'but', 'although', 'after', 'before', 'until', 'once']);

/**
 * Plural nouns of members that open a group's name before `of` (`Kings of X`, `Sons of the Y`,
 * `Friends of the Z`): the capitalised words after `of` end the group's name, not a person's.
 * Not the plural nouns of a work's title (`Adventures of`, `Tales of`), which name a story's hero.
 */
export const GROUP_OF_HEADS: ReadonlySet<string> = new Set([
  'kings', 'queens', 'princes', 'lords', 'knights', 'sons', 'daughters', 'children', 'sisters', 'brothers', 'mothers', 'fathers',
  'friends', 'guardians', 'masters', 'soldiers', 'servants', 'disciples', 'followers', 'sinners', 'saints', 'angels', 'ghosts',
  'men', 'women', 'boys', 'girls', 'people', 'citizens', 'rebels', 'pirates', 'heroes', 'warriors', 'keepers', 'prophets',
]);

/**
 * Lower-case nouns of an institution after a person's name that names it (`the X drama school`,
 * `the X theatre academy`, `the X foundation`): the name is the institution's, not a mention of the person.
 */
export const NAMED_INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'academy', 'school', 'college', 'university', 'institute', 'foundation', 'trust', 'museum', 'gallery', 'library', 'centre',
  'center', 'theatre', 'theater', 'hall', 'stadium', 'arena', 'hospital', 'prize', 'award', 'trophy', 'medal', 'scholarship',
  'fellowship', 'clinic',
]);

/** Words that open a relative clause about a person named before their comma ("who", "whose", "whom"). */
export const PERSON_RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'whose', 'whom']);

/**
 * Indefinite articles: before a name past describing words (`a young Dune Rider`, `a renegade Sky
 * Marshal`) they make it a kind of someone, not someone.
 */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Nouns a possessive name owns in an idiom or an eponym (`for Heaven's sake`, `X's disease`): the
 * name is no one the review speaks of.
 */
export const POSSESSIVE_IDIOM_NOUNS: ReadonlySet<string> = new Set(['sake', 'disease', 'syndrome']);

/**
 * Words before a lone possessive that make its owner a body, a people, a family or a kind rather
 * than someone (`the Empire's fleet`, `a Jedi's weapon`, `every Cylon's belief`).
 */
export const OWNER_BLOCKING_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'every', 'each', 'some', 'any', 'another', 'no', 'our', 'your', 'their',
]);

/**
 * Words a work, a studio or a team owns as often as someone does (`Bleach's music`, `the arc's
 * pacing`, `the club's fans`): after a lone possessive they do not tell that its owner is someone.
 * The maker's own words (`X's art`, `X's writing`) are read with these.
 */
export const WORK_OWNED_WORDS: ReadonlySet<string> = new Set([
  'music', 'soundtrack', 'soundtracks', 'ost', 'opening', 'openings', 'ending', 'endings', 'animation', 'fans', 'fanbase', 'history',
]);

/** Tags of the word a lone possessive owns (`Sue's boyfriend`; `Seagal's driving`, which the tagger takes for a verb). */
export const OWNED_HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'VERB']);

/**
 * Determiners that make a role noun before a comma the head of a phrase the name after it restates
 * (`the director, X`, `its star, X`); `a director, X` may open a list of trades instead.
 */
export const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'his', 'her', 'their', 'our']);

/**
 * Nouns of a told story: `X's story` is a writer's work as often as a character's life, so the
 * possessive alone tells neither (`X's story`, `X's tales`).
 */
export const TOLD_STORY_NOUNS: ReadonlySet<string> = new Set(['story', 'stories', 'tale', 'tales']);

/**
 * Letters that, written alone without a stop between two capitalised words, stand for a word
 * rather than a middle initial: `a`, `versus` (`Batman V Superman`), `and` (`Guns N Roses`),
 * `cross` or `times` (`Spy X Family`), `of` (`Land O Lakes`).
 */
export const JOINING_LETTERS: ReadonlySet<string> = new Set(['a', 'n', 'o', 'v', 'x']);

/**
 * Possessives of one person: `X and his crew` refers back to someone, where a place, a firm or a
 * work takes `its` and a crowd `their`.
 */
export const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her']);

/**
 * What a story's someone has after `X and his` or `X and her`: the companions a hero travels or
 * fights with (`Luffy and his crew`, `Mirel and her allies`) and the course of the hero's story
 * (`X and his journey`, `X and her quest`). Not the words a real person has as often: a team or a
 * band, a family, films, fans, work (`the director and his team`, `the actor and his family`).
 */
export const STORY_COMPANION_NOUNS: ReadonlySet<string> = new Set([
  'crew', 'crewmates', 'friends', 'companions', 'comrades', 'allies', 'nakama', 'gang', 'pals', 'buddies',
  'sidekick', 'sidekicks', 'henchmen', 'minions', 'underlings', 'subordinates', 'followers', 'pupil', 'pupils',
  'army', 'journey', 'quest', 'adventures', 'backstory',
]);

/**
 * Nouns of a told story's parts (`the plot`, `every scene`, `the villain`): a text that uses two or
 * more of them speaks of a story, as a review does and a news report seldom does.
 */
export const STORY_PART_NOUNS: ReadonlySet<string> = new Set([
  'character', 'characters', 'plot', 'scene', 'scenes', 'villain', 'villains', 'hero', 'heroes', 'heroine',
  'protagonist', 'storyline', 'episode', 'episodes', 'sequel', 'ending',
]);

/**
 * Words of a review's voice that a news report seldom writes: speaking to the reader, judging the
 * work, and speaking of watching a series. A review written in the third person (no `I`) still
 * uses them.
 */
export const REVIEW_VOICE_WORDS: ReadonlySet<string> = new Set([
  // The reader addressed.
  'you', 'your', 'yourself',
  // Judgement.
  'great', 'awesome', 'amazing', 'boring', 'terrible', 'awful', 'worst', 'overrated', 'underrated', 'masterpiece',
  'brilliant', 'favorite', 'favourite', 'recommend', 'disappointing', 'excellent', 'fantastic', 'horrible',
  'enjoyable', 'superb', 'stupid', 'dumb', 'cheesy', 'lame',
  // Watching a series.
  'episode', 'episodes', 'season', 'seasons', 'anime', 'manga', 'arc', 'arcs', 'watch', 'watching', 'watched', 'rewatch', 'filler',
]);

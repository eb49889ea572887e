/** Words that shape lists of titles: joiners, tails repeated after each item, and the words that lead a list. Lower case. */

/**
 * Joiners between the last two titles of a list: "plus" joins works as "and" does in news ("the
 * soaps X, Y plus Z"). "&" is left out, as it joins the words of one title as often.
 */
export const TITLE_LIST_JOINERS: readonly string[] = ['and', 'or', 'plus'];

/**
 * Openings of a chart place written after each title of a list ("X at number 20, Y at number 27
 * and Z at number 37"), each followed by the place in figures: the tail is read over between items.
 */
export const CHART_TAIL_LEADS: readonly string[] = [' at number ', ' at no ', ' at no. '];

/**
 * Plural verbs of being and having that may follow a list's last title: the list joined by "and" is
 * then their subject as a whole ("X and Y are the best of the decade"), not its last item alone
 * the subject of a new clause, which a singular verb or any other verb leaves open.
 */
export const LIST_SUBJECT_VERBS: ReadonlySet<string> = new Set(['are', 'were', 'have']);

/** Words that close an open list ("(X, Y etc.)"): the list holds more of the same sort, as a joiner says. */
export const LIST_CLOSERS: readonly string[] = ['etc', 'etc.'];

/**
 * Plural kinds of work besides {@link KIND_LIST_PLURALS} that may stand right before a list of
 * their titles ("soap operas X, Y plus Z", "the programmes X and Y"). Not "programs", which names
 * schemes as often, nor "serials", which fans write for a show's arcs.
 */
export const MORE_KIND_LIST_PLURALS: ReadonlySet<string> = new Set(['operas', 'programmes', 'sitcoms', 'soaps', 'cartoons']);

/**
 * Verbs that link a plural kind of work, maybe after a short relative clause, to the list of its
 * titles ("other shows which won praise were X, Y and Z", "the films that stood out include X and Y").
 */
export const KIND_LIST_LINKS: ReadonlySet<string> = new Set(['were', 'are', 'include', 'included', 'includes']);

/** Words that open a relative clause about things, after a plural kind of work ("shows which won praise were …"). */
export const THING_RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'that']);

/** Most words of a relative clause between a plural kind of work and its linking verb. */
export const RELATIVE_REACH = 5;

/** Last words of a programme's title named after its host ("The Ann Lee Show"). Lower case. */
export const HOSTED_TITLE_ENDS: ReadonlySet<string> = new Set(['show']);

/** Most figures of a chart place read over after a listed title ("at number 100"). */
export const CHART_PLACE_DIGITS = 3;

/** Articles that lead titles and no name of a person, a place or a body ("A Passage to India"). Lower case. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Lower-case words inside a title-case phrase that mark it a title rather than a name ("Places in
 * the Heart", "A Passage to India"). Not "of", "and", "for" or "upon", which names of places and
 * bodies hold ("Isle of Man", "Department for Transport").
 */
export const TITLE_SHAPE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'to', 'from']);

/** Words after which a lower-case "the" inside a phrase marks no title: bodies and groups hold it there ("Friends of the Earth"). */
export const NAME_THE_LEADS: ReadonlySet<string> = new Set(['of', 'and']);

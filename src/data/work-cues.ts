/** Words that announce the title of a work right after them. Lower case. */

/** "a webtoon titled X": these name a work on their own. */
export const TITLE_CUES: ReadonlySet<string> = new Set(['titled', 'entitled']);

/**
 * "a series called X": these name a work only after a work noun; alone they name people and
 * places too ("a girl called Anne").
 */
export const NAMING_CUES: ReadonlySet<string> = new Set(['called', 'dubbed', 'named']);

/** Kinds of work; "the webtoon X", "Netflix's drama X". Scraped text may glue them to the title. */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'webtoon', 'manhwa', 'manga', 'novel', 'book', 'film', 'movie', 'series', 'drama', 'kdrama',
  'k-drama', 'show', 'sitcom', 'anime', 'album', 'single', 'documentary', 'musical', 'play', 'miniseries', 'song',
]);

/**
 * Romanised Japanese particles inside a title ("Kimetsu no Yaiba", "Shingeki no Kyojin",
 * "Kaguya-sama wa Kokurasetai", "Ore no Imouto ga Konna ni"): a title run goes on over one of them
 * when a capitalised word follows it. Not "to", which English writes between names ("from Tokyo
 * to Osaka").
 */
export const ROMANISED_PARTICLES: ReadonlySet<string> = new Set(['no', 'wa', 'ga']);

/**
 * Lower-case particles of titles and names in Romance and Germanic languages ("Cama de Gato", "Le
 * Roi de Lahore", "Ariadne auf Naxos", "Jules et Jim"): a title run goes on over one of them when a
 * capitalised word follows it, as over a romanised particle ({@link ROMANISED_PARTICLES}). English
 * writes none of them between two capitalised words; a person's name joined so ("Vincent van
 * Gogh") keeps its person's shape (a given name first).
 */
export const FOREIGN_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'les', 'el', 'los', 'las', 'von', 'van', 'der', 'auf', 'et',
]);

/**
 * The {@link FOREIGN_PARTICLES} that no person's name holds in lower case ("Ariadne auf Naxos",
 * "Jules et Jim", "Les Liaisons les Plus"): unlike "de", "van" or "von" ({@link
 * NAME_PARTICLES} of the names stage), one of them between capitalised words makes a title, even
 * when a given name opens it.
 */
export const TITLE_ONLY_PARTICLES: ReadonlySet<string> = new Set(['auf', 'et', 'les', 'los', 'las']);

/**
 * Definite articles of Romance and Germanic languages that open a title ("La Traviata", "Le Mans",
 * "Il Trovatore", "Der Rosenkavalier", "El Cid"): after a maker's possessive such a word opens the
 * work, not a person's given name or a part, though "La" and "Der" also lead names ("La Toya").
 */
export const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'les', 'il', 'der', 'die', 'das', 'el', 'los', 'las']);

/**
 * wink's part-of-speech tags of English function words and verbs ("Does", "Before", "But",
 * "Despite"): no word of a romanised title carries one.
 */
export const ENGLISH_TAGS: ReadonlySet<string> = new Set(['AUX', 'ADP', 'CCONJ', 'SCONJ', 'DET', 'PRON', 'PART', 'VERB', 'ADV']);

/**
 * Words before a romanised "X no Y" that make it a thing someone has or uses, not a title ("the
 * Gomu Gomu no Mi", "his Kage Bunshin no Jutsu"): an article or a possessive.
 */
export const ROMANISED_OWNER_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'its', 'our', 'their']);

/**
 * Words after a title that make it a work: "All Of Us Are Dead season one", "the Top Gun
 * soundtrack", "his Star Trek reboot": only a work is remade, rebooted or scored (a composer's name
 * before "soundtrack" is shaped as a person's and left to the names).
 */
export const WORK_FOLLOWERS: ReadonlySet<string> = new Set([
  'season', 'seasons', 'episode', 'episodes', 'finale', 'sequel', 'trailer', 'premiere', 'universe', 'franchise', 'cast', 'fans',
  'remake', 'remakes', 'reboot', 'soundtrack',
]);

/**
 * Work followers a maker's name stands before as often as a title ("the John Carpenter remake",
 * "the Ann Vale soundtrack"): a run shaped as a person's name before one is left to the names.
 */
export const MAKER_LED_FOLLOWERS: ReadonlySet<string> = new Set(['remake', 'remakes', 'reboot', 'soundtrack']);

/** Capitalised words that end a title-case run ("... Season 2" is not part of the title). */
export const RUN_BREAKERS: ReadonlySet<string> = new Set(['season', 'episode', 'part', 'vol', 'volume', 'chapter', 'ep']);

/** Lower-case words that may stand inside a title ("All of Us Are Dead", "Lord of the Rings"). */
export const TITLE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'and', '&', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'vs', 'is', 'are', 'or']);

/**
 * Function words a title written in title case capitalises inside it ("Stranger Than Fiction",
 * "Murder By Numbers", "Coming To America"), which no personal name holds after its first word: a
 * run with one of them past its first word is a title, not a player. Not "a" (a middle initial),
 * nor the joiners of two names ("and", "or").
 */
export const TITLE_CASE_INNER_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'an', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'is', 'are', 'than']);

/**
 * Verbs whose object is often a title ("I watched All of Us Are Dead"). Their object counts as a
 * work only when it cannot be a personal name: three words or more, or a connector inside.
 */
export const WATCH_VERBS: ReadonlySet<string> = new Set([
  'watch', 'watched', 'watching', 'rewatch', 'rewatched', 'rewatching', 're-watched', 'binge', 'binged',
  'binging', 'bingeing', 'finished', 'started', 'saw', 'seen', 'see', 'seeing', 'read', 'reading',
  'reviewing', 'reviewed', 'rent', 'rented', 'renting', 'caught',
]);

/**
 * Watch verbs whose object is hardly ever a person: after these, two capitalised words that do not
 * start with a given name or a title are a work too ("I watched Kill Bill"), and one word that
 * closes its phrase ("I finished Naruto."); a character's name they take is the work named after
 * the character ("I watched Shrek with my kids"), as one does not watch a character unless
 * something follows that it does ("watching Shrek fight"). "Saw" and "read" are left out: "I saw
 * Meryl Streep", "I read Stephen King".
 */
export const STRONG_WATCH_VERBS: ReadonlySet<string> = new Set([
  'watch', 'watched', 'watching', 'rewatch', 'rewatched', 'rewatching', 're-watched', 'binge', 'binged',
  'binging', 'bingeing', 'rent', 'rented', 'renting', 'finished', 'finishing',
]);

/** Plurals of work nouns: a list cue counts after them too ("movies like The Exorcist"). */
export const WORK_NOUN_PLURALS: ReadonlySet<string> = new Set([
  'webtoons', 'novels', 'books', 'films', 'movies', 'dramas', 'kdramas', 'k-dramas', 'shows', 'sitcoms', 'albums',
  'singles', 'documentaries', 'musicals', 'plays', 'miniseries', 'westerns', 'thrillers', 'comedies', 'flicks', 'pictures', 'songs',
  // Reviewers write the Japanese words with an English plural ("one of my favorite mangas").
  'animes', 'mangas', 'manhwas',
]);

/**
 * Words that make a quoted or ALL-CAPS phrase a label of the review, not a title ("CONTAINS MILD
 * SPOILERS", "Spoiler Warning").
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'spoiler', 'spoilers', 'warning', 'warnings', 'alert', 'contains', 'update', 'edit', 'note', 'summary',
  'rating', 'verdict', 'review', 'plot', 'synopsis', 'ps', 'grade', 'score',
]);

/**
 * First words of short quoted speech ("Oh No!", "Yes"): a quoted phrase that opens with one of
 * these, in three words or fewer, is someone speaking, not a title.
 */
export const SPEECH_OPENERS: ReadonlySet<string> = new Set([
  'yes', 'no', 'oh', 'ah', 'wow', 'hey', 'hi', 'hello', 'ok', 'okay', 'please', 'thanks', 'well', 'um',
  'uh', 'yeah', 'nope', 'i', 'you', 'we', 'he', 'she', 'they',
]);

/**
 * Lower-case words after which a long title-case run is cut ("the film The Family at the Three
 * Penny in Chicago" → "The Family"; "from New Jack City to Baby Boy" → "New Jack City"; "the novel,
 * Child of the Marsh by Ann Lee" → "Child of the Marsh").
 */
export const RUN_SPLITTERS: ReadonlySet<string> = new Set(['at', 'in', 'to', 'from', 'on', 'by', 'with']);

/**
 * The Latin abbreviations that open examples, as their words ("movies e.g. X, Y", "the anime (i.e.
 * X)", "eg. X"): a list cue of {@link TITLE_LIST_CUES} only when written with their dots, and read
 * as "such as" is, with a kind of work earlier in the sentence.
 */
export const EXAMPLE_ABBREVIATIONS: readonly (readonly string[])[] = [['e', 'g'], ['i', 'e'], ['eg']];

/**
 * Words before a list of titles ("the likes of Squid Game, Hellbound, and others", "a thriller
 * worse than X", "an anime often compared to X"). The list is taken for titles only when a work noun or
 * a kind of work stands earlier in the same sentence ("the show ...").
 */
export const TITLE_LIST_CUES: readonly (readonly string[])[] = [
  ['the', 'likes', 'of'], ['such', 'as'], ['such', 'works', 'as'], ['such', 'films', 'as'], ['such', 'movies', 'as'],
  ['such', 'shows', 'as'], ['such', 'books', 'as'], ['such', 'novels', 'as'], ['such', 'albums', 'as'], ['such', 'songs', 'as'],
  ['such', 'hits', 'as'], ['such', 'classics', 'as'], ['including'], ['like'], ['than'], ['compared', 'to'], ['compared', 'with'],
  ...EXAMPLE_ABBREVIATIONS,
];

/**
 * Cues of likeness a fan review sets before another work with no kind of work near ("it reminds me
 * of X", "unlike X, this one", "very much in the vein of X", "a cross between X and Y", "a poor
 * man's X"): a title-shaped run of two words or more after them is a work. "Reminiscent of" is
 * left out: a review writes it of a maker's style as often ("camera work reminiscent of Ann Vale").
 */
export const LIKENESS_CUES: readonly (readonly string[])[] = [
  ['reminds', 'me', 'of'], ['reminded', 'me', 'of'], ['unlike'],
  ['remind', 'me', 'of'], ['reminding', 'me', 'of'], ['reminds', 'you', 'of'], ['reminded', 'of'],
  ['in', 'the', 'vein', 'of'], ['cross', 'between'],
  ['ripoff', 'of'], ['knockoff', 'of'], ['fans', 'of'],
  ['poor', 'man'],
];

/** Likeness cues whose last word is read only as a possessive ("a poor man's X", not "a poor man Ann met"). */
export const POSSESSIVE_LIKENESS_CUES: ReadonlySet<string> = new Set(['poor']);

/** Words after a name in a likeness cue's run that place its bearer in a work ("reminds me of Kenji Oda from X"). */
export const LIKENESS_PART_LINKS: ReadonlySet<string> = new Set(['from']);

/**
 * Plurals for works by their success or standing ("hits", "blockbusters", "classics"): before a
 * list cue in the same sentence they make the list one of titles ("six hits, including X").
 */
export const LIST_KIND_PLURALS: ReadonlySet<string> = new Set(['hits', 'blockbusters', 'classics', 'tracks', 'sequels', 'soaps', 'cartoons', 'biopics', 'epics']);

/**
 * Plurals of kinds of work that may stand right before a list of their titles ("the singles X and
 * Y", "BBC hits X and Y", "ITV shows X and Y"): the work nouns' plurals and the plurals for works
 * by their standing.
 */
export const KIND_LIST_PLURALS: ReadonlySet<string> = new Set([...WORK_NOUN_PLURALS, ...LIST_KIND_PLURALS]);

/**
 * Verbs of speaking that a person or a band does and a work never does: a headline's phrase the
 * body writes right before one, with no comma, names a speaker ("X told the paper", "X said"), not
 * a work. Narrower than the speech verbs: "began", "continued", "announced" fit a show or a firm.
 */
export const SPEAKER_ONLY_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'admitted', 'admits', 'insisted', 'insists', 'joked', 'jokes']);

/**
 * Nouns for performers and bands that news writes right before a name ("US rappers X", "rock band
 * X", "chart stars X"), with the role nouns of one person.
 */
export const ACT_NOUNS: ReadonlySet<string> = new Set([
  'band', 'group', 'duo', 'trio', 'quartet', 'stars', 'singers', 'rappers', 'rockers', 'actors', 'comedians', 'musicians', 'legend',
]);

/**
 * The {@link ACT_NOUNS} for a band or a group, that name more than one performer: one written
 * right before or after a title ("pop group X", "the X band") makes it a band's name in that text
 * for the learned-titles script.
 */
export const BAND_NOUNS: ReadonlySet<string> = new Set(['band', 'group', 'duo', 'trio', 'quartet']);

/**
 * Nouns for a member of a band written right after its name ("X dancer Y", "X frontman"): like
 * {@link BAND_NOUNS}, only after the name ("star" is not one: a show's star is no band member).
 */
export const BAND_MEMBER_NOUNS: ReadonlySet<string> = new Set(['frontman', 'frontwoman', 'guitarist', 'drummer', 'bassist', 'singer', 'dancer', 'keyboardist']);

/**
 * Nouns for a band's member that say the name next to them is a band's in the whole text: after
 * the name ("X frontman Y", "X's bassist"), or before `of` and the name ("the drummer of X").
 * Narrower than {@link BAND_MEMBER_NOUNS}: a show has singers and dancers too ("X Factor singer
 * Y"), so those two count only after the name's possessive ("X's singer").
 */
export const BAND_ONLY_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'frontman', 'frontwoman', 'guitarist', 'guitarists', 'drummer', 'drummers', 'bassist', 'bassists', 'keyboardist', 'bandmate', 'bandmates', 'vocalist',
]);

/**
 * Nouns for a performer written right after a band's name ("X star Y") that make the name a band's
 * only with more evidence: a word of past membership before the name ({@link BAND_PAST_MEMBER_WORDS})
 * or a text about music. Without either a show or a film names its star so far more often.
 */
export const BAND_STAR_NOUNS: ReadonlySet<string> = new Set(['star', 'stars']);

/**
 * Words before a name and a {@link BAND_STAR_NOUNS} noun that say the star has left the name's
 * group ("former X star Y"): one leaves a band and stays its former star, while an actor is
 * written a former actor of a show as often as its former star.
 */
export const BAND_PAST_MEMBER_WORDS: ReadonlySet<string> = new Set(['former']);

/** Member nouns that make a band of the name only after its possessive ("X's singer", "X's dancer"). */
export const BAND_POSSESSIVE_MEMBER_NOUNS: ReadonlySet<string> = new Set(['singer', 'singers', 'dancer', 'dancers']);

/**
 * Words of an award's name that make it a prize for a work ("best short film for X", "best album
 * award for X", "best screenplay for X"), with the work nouns and kinds of work.
 */
export const AWARD_WORK_WORDS: ReadonlySet<string> = new Set(['picture', 'screenplay', 'video', 'animation', 'animated', 'feature', 'soundtrack', 'score', 'record', 'programme']);

/** Nouns for people before a list cue ("actors like X", "stars such as Y"): the list names people. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'actor', 'actors', 'actress', 'actresses', 'star', 'stars', 'director', 'directors', 'people', 'names',
  'performers', 'comedians', 'singers', 'writers', 'authors', 'guys', 'men', 'women', 'characters', 'guests',
  'filmmakers', 'artists', 'bands', 'musicians', 'cities', 'places', 'countries',
]);

/** Middle words of "as … as" that join rather than compare ("as well as X", "as long as", "as far as"). */
export const JOINING_AS_WORDS: ReadonlySet<string> = new Set(['well', 'long', 'soon', 'far', 'such']);

/** Comparatives that are no comparison of works ("other than X", "rather than X", "more than"). */
export const NON_COMPARING: ReadonlySet<string> = new Set(['other', 'rather', 'more', 'less', 'fewer', 'longer', 'later', 'earlier', 'sooner']);

/**
 * Words that make a title line a review of a work ("Squid Game Review", "All of Us Are Dead – My
 * Review", "Review: Hellbound"): the rest of the line's title-case phrase is the work.
 */
export const REVIEW_WORDS: ReadonlySet<string> = new Set(['review', 'reviews', 'recap', 'recaps', 'analysis', 'thoughts', 'impressions', 'rewatch', 'log', 'verdict']);

/** Words stripped with a review word from the ends of a title phrase ("My Review of X"). */
export const REVIEW_FILLERS: ReadonlySet<string> = new Set(['my', 'our', 'a', 'an', 'the', 'of', 'for', 'on', 'first', 'final', 'full', 'honest', 'quick', 'short', 'spoiler', 'spoiler-free', 'movie', 'drama', 'film', 'series', 'show', 'season', 'episode']);

/** Capitalised words a title does not start with; cut from the start of a run ("Will There Be X"). */
export const NON_TITLE_LEADS: ReadonlySet<string> = new Set([
  'will', 'there', 'be', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'can',
  'could', 'should', 'would', 'what', 'how', 'why', 'who', 'when', 'where', 'which', 'whose', 'i', 'we',
  'you', 'my', 'our', 'your', 'if', 'but', 'and', 'so', 'then', 'also',
]);

/**
 * Lower-case words a quoted title may hold besides {@link TITLE_CONNECTORS} ("Clean as a Whistle",
 * "Fly Away Home"): the quote marks bound the title, so they cannot swallow the sentence.
 */
export const QUOTED_CONNECTORS: ReadonlySet<string> = new Set([
  'as', 'into', 'up', 'out', 'about', 'over', 'under', 'through', 'not', 'like', 'than', 'upon',
  // Connectors of titles in other languages ("Cama de Gato", "La Dolce Vita").
  'de', 'del', 'la', 'le', 'les', 'di', 'da', 'du', 'des', 'von', 'van', 'el', 'los', 'y', 'et',
]);

/** Verbs before a quoted role name (`who plays 'Lacy Rand'`): the quoted words are a character. */
export const CASTING_VERBS: ReadonlySet<string> = new Set(['plays', 'played', 'playing', 'portrays', 'portrayed', 'portraying']);

/** Words before a quoted nickname (`Morty, or "Micky"`, `aka "The Kid"`). */
export const NICKNAME_CUES: ReadonlySet<string> = new Set(['or', 'aka', 'nicknamed', 'alias']);

/**
 * Words before a quoted term, not a title (`the so-called "Pre-Code" scene`, `the word "Clean"`),
 * and nouns of a line written on or about something that quote it (`the disclaimer "Based on
 * Real Events"`, `the headline "Save the Show"`, `her epithet "Iron Lady"`): what they quote is a
 * notice or a name, not a work.
 */
export const TERM_CUES: ReadonlySet<string> = new Set([
  'so-called', 'word', 'words', 'term', 'phrase', 'expression', 'label', 'slogan', 'motto', 'disclaimer', 'tagline',
  'caption', 'headline', 'catchphrase', 'sign', 'epithet', 'moniker', 'mantra',
]);

/**
 * Plurals of {@link DERIVED_WORK_NOUNS} ("two screen versions of X", "both adaptations of X"):
 * several works made from one still name it, but they reach a maker's several works as often
 * ("versions of Ann Lee books"), so a run before a noun is no title after them.
 */
export const DERIVED_WORK_PLURALS: ReadonlySet<string> = new Set([
  'versions', 'remakes', 'sequels', 'prequels', 'adaptations', 'productions', 'rip-offs', 'ripoffs', 'parodies',
  'spoofs', 'screenings', 'showings', 'stagings', 'revivals', 'reboots', 'homages', 'spin-offs', 'spinoffs', 'follow-ups',
]);

/**
 * Nouns whose "of" / "to" names a work ("the edited version of X", "a rip-off of X", "the sequel
 * to X", "a production of X", "a revival of X", "my review of X"), and their plurals ({@link
 * DERIVED_WORK_PLURALS}).
 */
export const DERIVED_WORK_NOUNS: ReadonlySet<string> = new Set([
  'version', 'remake', 'sequel', 'prequel', 'adaptation', 'production', 'rip-off', 'ripoff', 'parody',
  'spoof', 'screening', 'showing', 'staging', 'revival', 'reboot', 'homage', 'review', 'spin-off', 'spinoff', 'follow-up',
  ...DERIVED_WORK_PLURALS,
]);

/**
 * Kinds of work that may end a short lead before the source of a derived work ("a remake of the
 * horror classic X", "an adaptation of Ann Lee's novel X", "based on the manga X").
 */
export const SOURCE_KINDS: ReadonlySet<string> = new Set([
  'classic', 'novel', 'book', 'bestseller', 'manga', 'comic', 'webtoon', 'manhwa', 'film', 'movie', 'play', 'musical',
  'series', 'show', 'story', 'tale', 'cartoon', 'game', 'anime', 'hit', 'original', 'franchise', 'opera', 'poem',
]);

/**
 * People who make a work, whose "of" names it ("the creator of X", "the writer of X", "key
 * animator of X"): nouns for those who make nothing but works.
 */
export const MAKER_OF_NOUNS: ReadonlySet<string> = new Set([
  'creator', 'creators', 'co-creator', 'author', 'authors', 'writer', 'writers', 'screenwriter', 'composer', 'composers',
  'animator', 'animators', 'mangaka', 'illustrator', 'showrunner', 'director', 'directors', 'producer', 'producers',
]);

/**
 * Makers who also head bodies, festivals and firms ("the director of the Venice festival"): their
 * "of" names a work only when no article follows it ("the director of Your Name").
 */
export const HEADS_OF_BODIES: ReadonlySet<string> = new Set(['director', 'directors', 'producer', 'producers']);

/**
 * Adjectives that, after "the", set a work against its later versions ("the original Blade
 * Runner", "the original FMA"): the run right after them names the earlier work.
 */
export const ORIGINAL_WORDS: ReadonlySet<string> = new Set(['original']);

/**
 * Nouns that say what kind of work a sentence's subject is ("X is an outstanding thriller", "X is
 * the story of"), with {@link WORK_NOUNS}.
 */
export const KIND_OF_WORK_NOUNS: ReadonlySet<string> = new Set([
  'thriller', 'comedy', 'western', 'horror', 'romcom', 'story', 'tale', 'satire', 'sequel', 'remake',
  'cartoon', 'flick', 'picture', 'epic', 'biopic', 'adaptation', 'melodrama', 'romance', 'mystery',
  'prequel', 'spin-off', 'spinoff', 'reboot',
]);

/**
 * Words that open a sentence before a title ("But The Violent Men is …", "In Bonanza, …"): cut
 * from the start of a title-case run that begins a sentence, when a capitalised word follows.
 */
export const SENTENCE_LEADS: ReadonlySet<string> = new Set([
  'but', 'and', 'so', 'also', 'yet', 'or', 'even', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'after',
  'during', 'like', 'unlike', 'as', 'while', 'although', 'though', 'since', 'because', 'unless', 'until',
  'whereas', 'whilst', 'yes', 'no', 'former', 'veteran', 'besides', 'sadly', 'unfortunately', 'fortunately', 'overall', 'basically',
  'perhaps', 'maybe',
]);

/**
 * Quantifiers that take a noun after them ("Most One Piece fans", "Many Star Wars fans"): cut
 * from the start of a run that opens a sentence, and no learned title opens with one. Not the
 * possessives and "some", "all", "every", which open titles ("Your Name", "Some Like It Hot",
 * "All About Eve").
 */
export const LEAD_DETERMINERS: ReadonlySet<string> = new Set(['most', 'many', 'several', 'few', 'both', 'each', 'any']);

/**
 * Nouns a quoted title may qualify ("the "Heat" actor", "a "Misery" type of plot", "the "Glory"
 * director"). Any other lower-case noun right after a quoted word makes it a term ("the "Gypsy"
 * scene", "the "Rivers" family").
 */
export const TITLE_QUALIFIED_NOUNS: ReadonlySet<string> = new Set([
  'actor', 'actress', 'director', 'star', 'co-star', 'writer', 'producer', 'composer', 'creator', 'author',
  'alum', 'veteran', 'fame', 'fan', 'type', 'kind', 'style', 'fashion', 'mold', 'mould', 'vein', 'territory',
  'formula', 'satire', 'parody', 'spoof', 'homage', 'rip-off', 'ripoff', 'knockoff', 'clone', 'wannabe',
]);

/**
 * Kinds of work that name a title right after them in news and reviews ("ITV's comedy X", "the
 * mini-series X", "the adaptation X", "his hit X"), taken only when the title is not shaped like a
 * person's name ("the comedy Tom Hanks made").
 */
export const GENRE_CUES: ReadonlySet<string> = new Set([
  'comedy', 'thriller', 'biopic', 'adaptation', 'sequel', 'prequel', 'remake', 'blockbuster', 'hit',
  'epic', 'cartoon', 'mini-series', 'soap', 'serial', 'programme', 'track', 'ballad', 'anthem', 'opera',
  'romcom', 'melodrama', 'western', 'satire', 'spoof', 'franchise', 'trilogy', 'saga', 'chiller', 'whodunnit',
  'tale', 'fable',
]);

/**
 * Nouns that name a kind of work only after a word that places it in a maker's output ("her debut
 * feature X", "his second feature X", "the animated feature X"); alone they are common words ("a
 * feature of the city", "a new feature Apple added").
 */
export const QUALIFIED_KIND_NOUNS: ReadonlySet<string> = new Set(['feature']);

/** Words right before a {@link QUALIFIED_KIND_NOUNS} noun that make it a film ("debut feature", "first feature", "animated feature"). */
export const FEATURE_LEADS: ReadonlySet<string> = new Set([
  'debut', 'first', 'second', 'third', 'fourth', 'fifth', 'new', 'latest', 'next', 'last', 'final', 'animated', 'full-length', 'directorial',
]);

/** Words after a title and a comma that say it was made ("X, directed by Y", "X starring Y"). */
export const MADE_CUES: ReadonlySet<string> = new Set(['directed', 'written', 'produced', 'starring', 'co-starring', 'narrated', 'scripted', 'helmed']);

/**
 * Head words of names of places, bodies, offices and events that are written like titles ("Statue
 * of Liberty", "Secretary of State", "Academy of Motion Picture Arts", "Battle of Britain"): a
 * title-case run with one of these is not taken for a work by its shape alone.
 */
export const NOT_WORK_HEADS: ReadonlySet<string> = new Set([
  'statue', 'isle', 'bank', 'museum', 'battle', 'war', 'hall', 'park', 'lake', 'bay', 'state', 'states',
  'republic', 'secretary', 'president', 'minister', 'member', 'chamber', 'council', 'society', 'institute',
  'association', 'union', 'party', 'centre', 'center', 'club', 'league', 'board', 'commission', 'committee',
  'court', 'parliament', 'senate', 'congress', 'order', 'prize', 'fame', 'walk', 'square', 'theatre', 'theater',
  'palace', 'gallery', 'foundation', 'trust', 'fund', 'games', 'olympics', 'championship', 'cup', 'district',
  'region', 'coast', 'valley', 'sea', 'ocean', 'gulf', 'arts', 'sciences', 'technology', 'affairs', 'defence',
  'defense', 'justice', 'health', 'education', 'commons', 'lords', 'governor', 'mayor', 'duke', 'duchess',
  'prince', 'princess', 'earl', 'bishop', 'archbishop', 'pope', 'director', 'head', 'chief', 'chairman',
  'professor', 'doctor', 'captain', 'general', 'colonel', 'sergeant', 'officer', 'bureau', 'service', 'services',
  'airport', 'port', 'bridge', 'castle', 'cathedral', 'abbey', 'stadium', 'arena', 'market', 'exchange',
  'conference', 'summit', 'convention', 'treaty', 'act', 'bill', 'law', 'day', 'week', 'year', 'month', 'time',
  'times', 'post', 'news', 'magazine', 'journal', 'gazette', 'herald', 'tribune', 'press', 'radio', 'television',
  'brothers', 'bros', 'sisters', 'family', 'band', 'orchestra', 'choir', 'group', 'team', 'people', 'programme',
  'awards', 'festival', 'bowl', 'city', 'county', 'island', 'islands', 'mountains', 'river', 'street', 'road', 'avenue',
  'school', 'university', 'college', 'academy', 'hospital', 'church', 'company', 'corporation', 'ministry',
  'department', 'studios', 'studio', 'pictures', 'records', 'network', 'channel', 'office', 'agency',
]);

/**
 * Words for a part someone plays or a showing, before "in" / "on" and a title ("her role in X", "his
 * performance in X", "starred in X", "a cameo in X", "the Lt. on X").
 */
export const ROLE_IN_CUES: ReadonlySet<string> = new Set([
  'role', 'roles', 'character', 'characters', 'performance', 'cameo', 'cameos', 'turn',
  'starred', 'stars', 'star', 'starring', 'co-starred', 'co-stars', 'co-starring', 'appeared', 'appears',
  'appear', 'appearing', 'worked',
]);

/** Cues of {@link ROLE_IN_CUES} that name a work only before "on" ("worked on X"; "worked in" names a place or a trade). */
export const ROLE_ON_CUES: ReadonlySet<string> = new Set(['worked']);

/**
 * The cues of {@link ROLE_IN_CUES} that news uses as often for a part in an affair ("his role in
 * the merger"); "roles in X and Y" lists parts in works.
 */
export const INVOLVEMENT_CUES: ReadonlySet<string> = new Set(['role']);

/**
 * Words shortly before "role" that make it a performer's part ("her leading role in X", "for his
 * role in X" in award news, "landed a role in X"); without one, "his role in X" is involvement.
 */
export const PERFORMER_ROLE_WORDS: ReadonlySet<string> = new Set([
  'leading', 'lead', 'starring', 'title', 'supporting', 'voice', 'cameo', 'acting', 'breakthrough', 'breakout',
  'guest', 'recurring', 'latest', 'debut', 'screen', 'film', 'movie', 'tv', 'stage', 'comic', 'comedy',
  'dramatic', 'winning', 'award-winning', 'oscar-winning', 'oscar-nominated', 'for', 'landed', 'lands', 'land',
  'reprise', 'reprises', 'reprised', 'reprising', 'onto', 'cast',
]);

/** How many words before "role" {@link PERFORMER_ROLE_WORDS} are looked for. */
export const PERFORMER_REACH = 3;

/** Cues of {@link ROLE_IN_CUES} that name several parts: "roles in X and Y" lists two titles. */
export const ROLE_IN_PLURALS: ReadonlySet<string> = new Set([
  'roles', 'characters', 'cameos', 'starred', 'co-starred', 'appeared', 'appearing', 'starring', 'co-starring', 'worked',
]);

/**
 * Nouns for cast and crew after a title and before a name ("Friends actor Matt Kane", "Carry On
 * star Ann Lee", "Blue Peter presenter X"): the run before them is a work.
 */
export const CREW_NOUNS: ReadonlySet<string> = new Set([
  'star', 'actor', 'actress', 'director', 'creator', 'writer', 'co-star', 'presenter', 'host',
  'screenwriter', 'scriptwriter', 'co-creator', 'showrunner', 'judge', 'mogul',
  'film-maker', 'filmmaker', 'author', 'novelist', 'composer',
]);

/**
 * Crew nouns of {@link CREW_NOUNS} that make a work of two words or more only ("Pop Idol judge X",
 * "Pop Idol mogul X", "Silver Dawn film-maker X", "Copper Moon author X"): one word before them is a
 * court's, a trade's or a nation's as often ("Federal judge X", "Music mogul X", "Independent
 * film-maker X", "Dutch film-maker X").
 */
export const CREW_NOUNS_AFTER_TWO: ReadonlySet<string> = new Set(['judge', 'mogul', 'film-maker', 'filmmaker', 'author', 'novelist', 'composer']);

/**
 * Heads of {@link NOT_WORK_HEADS} that name a body, a venue or an event that employs or hosts cast
 * and crew ("Northgate Theatre director X", "Film Festival director X", "Coast Radio presenter X"): before
 * a crew noun and a full name they still make the run no title. The other heads name what a story is
 * about as often as a place or a body does ("Harbour City actor X", "Our Family creator X", "Cold Bill
 * director X"), and there the crew noun and the full name say the run is the work.
 */
export const CREW_EMPLOYER_HEADS: ReadonlySet<string> = new Set([
  'museum', 'hall', 'council', 'society', 'institute', 'association', 'union', 'party', 'centre', 'center',
  'club', 'league', 'board', 'commission', 'committee', 'court', 'parliament', 'senate', 'congress', 'theatre',
  'theater', 'palace', 'gallery', 'foundation', 'trust', 'fund', 'games', 'olympics', 'championship', 'cup',
  'bureau', 'service', 'services', 'stadium', 'arena', 'conference', 'convention', 'times', 'post', 'news',
  'magazine', 'journal', 'gazette', 'herald', 'tribune', 'press', 'radio', 'television', 'brothers', 'bros',
  'sisters', 'band', 'orchestra', 'choir', 'group', 'team', 'awards', 'festival', 'school', 'university',
  'college', 'academy', 'hospital', 'church', 'company', 'corporation', 'ministry', 'department', 'studios',
  'studio', 'pictures', 'records', 'network', 'channel', 'agency', 'programme', 'prize', 'fame', 'order',
  'bank', 'exchange', 'market', 'port', 'airport', 'state', 'states', 'republic', 'cathedral', 'abbey', 'castle',
]);

/** Nouns after "the X" that make X a series of works ("the Harry Potter films", "the Bond franchise"). */
export const SERIES_NOUNS: ReadonlySet<string> = new Set(['films', 'movies', 'books', 'novels', 'series', 'franchise', 'franchises', 'saga', 'trilogy', 'sequels', 'episodes', 'comics', 'anime', 'manga', 'universe']);

/** Connectors that also join two names ("Nick and Gatsby"): a run with one is two names as often as a title. */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'or']);

/**
 * Kinds of work that a pair of presenters is named after as often ("the show Ant and Dec", "the
 * programme Bethan and Huw"): two words joined by "and" after them may be the pair.
 */
export const HOSTED_KINDS: ReadonlySet<string> = new Set(['show', 'programme', 'series', 'serial']);

/** Articles: a lone word in capitals after one is a common noun shouted ("the POINT of"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Nouns for a told story or a programme that end a work's title ("The Motorcycle Diaries", "West
 * Side Story", "the Tonight Show") and no name of a person, a place or a body. Not "saga": fans
 * name a long work's arcs so ("the Harbour Saga").
 */
export const STORY_HEAD_NOUNS: ReadonlySet<string> = new Set(['story', 'diaries', 'chronicles', 'tales', 'show']);

/** Words that end no title: a run reaching into the next clause ("Shallow Hal and I'm") is cut before them. */
export const CLAUSE_STARTS: ReadonlySet<string> = new Set(['i', "i'm", 'i’m', "i've", 'i’ve', "i'd", 'i’d', "i'll", 'i’ll']);

/**
 * Subjects that open a new clause right after a watch verb's one-word object with no mark between
 * (`when I watched Bleach I was hooked`, `before you watch Brotherhood we should talk`): the
 * writer's and the reader's pronouns, which no name of someone watched is followed by as its own
 * verb's subject. Lower case.
 */
export const OBJECT_CLOSING_SUBJECTS: ReadonlySet<string> = new Set([...CLAUSE_STARTS, 'we', 'you', 'they']);

/**
 * A person's pronouns: in the sentence a capitalised word opens, they make that word a being's
 * name there ("Kenji lives alone and his sister visits"), as a work is "it". Lower case.
 */
export const BEING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him']);

/** Most words after a sentence's first word looked over for a {@link BEING_PRONOUNS} pronoun. */
export const BEING_PRONOUN_REACH = 10;

/** What may stand between two words of one title: a space, or a colon, comma, dash or `&` with spaces. */
export const TITLE_GAPS: ReadonlySet<string> = new Set([' ', ', ', ': ', ' - ', ' – ', ' — ', ' & ', '&', ' &amp; ']);

/** Numbers after a title's words that make a sequel ("Peter Pan II"), so the words are no person's name. */
export const SEQUEL_NUMBERS: ReadonlySet<string> = new Set(['2', '3', '4', '5', 'ii', 'iii', 'iv', 'v']);

/**
 * Words between "the" and a sequel's title without its number that name the work the sequel
 * follows ("the first Cruel Intentions" in a text about "Cruel Intentions 3").
 */
export const SEQUEL_BASE_LEADS: ReadonlySet<string> = new Set(['first', '1st']);

/** Nouns after a number that make it a count ("25 years", "3 times"), not a sequel's number. */
export const COUNTED: ReadonlySet<string> = new Set(['years', 'year', 'times', 'minutes', 'hours', 'days', 'weeks', 'months', 'seconds', 'million', 'billion', 'percent', 'episodes', 'seasons', 'people', 'films', 'movies']);

/**
 * Nouns after a number that make it a count and not the figure of a title before it ("Bleach 60
 * fps", "Naruto 700 chapters"): {@link COUNTED} and the units of reading, rating and viewing.
 */
export const NUMBER_COUNT_NOUNS: ReadonlySet<string> = new Set([
  ...COUNTED, 'chapters', 'chapter', 'pages', 'volumes', 'issues', 'parts', 'fps', 'votes', 'stars', 'points', 'reviews', 'views', 'eps', 'mins', 'hrs',
]);

/** Speech verbs whose object is often a title ("she wrote …", "Pink Floyd sings …", "a film called …"). */
export const TITLE_VERBS: ReadonlySet<string> = new Set(['write', 'writes', 'wrote', 'sing', 'sings', 'sang', 'call', 'calls', 'called', 'recall', 'recalls', 'recalled', 'describe', 'describes', 'described']);

/** Words of speech addressed to someone: a quoted question or exclamation with one is speech ("Are you mad?"). */
export const SPEECH_PRONOUNS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'you', 'your', 'we', 'us', 'our', "i'm", 'i’m', "you're", 'you’re', "don't", 'don’t']);

/** Lower-case words a title in capitals may follow inside a clause ("from CAMILLE", "like GOODFELLAS"). */
export const CAPS_LEAD_INS: ReadonlySet<string> = new Set([...TITLE_CONNECTORS, 'like', 'than', 'as', 'into', 'about', 'before', 'after', 'unlike', 'including', 'of']);

/**
 * Lower-case words after which words in capitals are a shouted predicate, not a title: a copula or
 * an intensifier right before them (`I was SHOCKED TO DEATH`, `they are CARDBOARD`, `really WORST
 * SHOWDOWN`), where a title is rare unless readers know it (`This is STAR WARS`).
 */
export const CAPS_PREDICATE_LEADS: ReadonlySet<string> = new Set(['is', 'was', 'am', 'are', 'were', 'be', 'been', 'being', 'so', 'too', 'very', 'really']);

/** Kinds of work a list of titles may follow ("a comedy like X"); "story" and "tale" follow people as often. */
export const GENRE_NOUNS: ReadonlySet<string> = new Set(['thriller', 'comedy', 'western', 'horror', 'romcom', 'satire', 'cartoon', 'flick', 'biopic', 'melodrama', 'sequel', 'remake']);

/** Adverbs that may stand before the last item of a list ("Lost, Dexter and even Invasion"). */
export const LIST_ADVERBS: ReadonlySet<string> = new Set(['even', 'also', 'especially', 'perhaps', 'maybe', 'more', 'most', 'recently', 'lately', 'later']);

/**
 * Lower-case words that join the parts of a title shaped like one ("Nights of Cabiria"). Other
 * prepositions join a person or a thing to a place, a prize or a work as often ("X in Paris", "X for
 * Monster"), so they are left to the cues.
 */
export const SHAPE_CONNECTORS: ReadonlySet<string> = new Set(['of']);

/** Lower-case words a title shaped like one may hold besides {@link SHAPE_CONNECTORS}. */
export const SHAPE_FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Endings of nationality words ("Polish actor", "Chinese star"): no title before a crew noun. */
export const NATIONALITY_ENDINGS: readonly string[] = ['ish', 'ese', 'ian'];

/** Words whose "'s" is "is" or "has" ("What's Eating X", "Something's Gotta Give"): no maker's possessive. */
export const CONTRACTED: ReadonlySet<string> = new Set(['who', 'what', 'that', 'it', 'she', 'he', 'there', 'here', 'something', 'nothing', 'everything', 'everyone', 'everybody', 'nobody', 'somebody', 'someone', 'let', 'all', 'where', 'how']);

/** Words that open a bracket naming an actor's or a maker's work: "(before Spiderman)", "(in Jericho)". */
export const BRACKET_LEADS: ReadonlySet<string> = new Set(['in', 'before', 'after', 'from']);

/** Nouns whose "of" leads to the kind of work they are ("the kind of movie that"). */
export const KIND_WORDS: ReadonlySet<string> = new Set(['kind', 'sort', 'type']);

/** wink's tags of a noun: a work noun counts as a cue only as one ("the play X", not "to play with X"). */
export const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** wink's tags a word of a title in capitals may have (no adverbs, pronouns or conjunctions: "ABSOLUTELY", "BECAUSE"). */
export const CAPS_TITLE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'NUM', 'X', '']);

/**
 * Nouns for a person or a part inside a work: after "is" / "was" they say the subject is one, so
 * a work noun after them is where it stands ("X was the star of the film", "X is the best
 * character in the show", "X is the heart of the film"), with {@link CREW_NOUNS} and {@link PEOPLE_NOUNS}.
 */
export const PART_IN_WORK_NOUNS: ReadonlySet<string> = new Set([
  'hero', 'heroine', 'villain', 'villains', 'character', 'protagonist', 'antagonist', 'lead', 'role', 'part', 'highlight', 'member', 'cast',
  // What holds a work up from inside ("X is the heart of the show"): a player or a part, never the work.
  'center', 'centre', 'heart', 'soul', 'backbone', 'anchor',
]);

/**
 * Superlatives that end "one of his best." with the noun left out: after a maker's owner word the
 * noun understood is what the maker made ("X is not one of his best"), so the subject is a work.
 */
export const OWNED_SUPERLATIVES: ReadonlySet<string> = new Set([
  'best', 'worst', 'finest', 'weakest', 'greatest', 'strongest', 'better', 'lesser', 'poorest', 'funniest', 'scariest',
]);

/** Owner words before {@link OWNED_SUPERLATIVES} that name a maker, not the writer ("his best", not "my best"). */
export const MAKER_OWNER_WORDS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/**
 * Words that open a bracket after a title which says what kind of work it is ("X (another Mike
 * Nichols film)", "X (a forgotten western)", "X (his best film)"): an article, "another" or an owner.
 */
export const BRACKET_KIND_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'the', 'his', 'her', 'their', 'its', 'my', 'our']);

/** Most words between {@link BRACKET_KIND_LEADS} and the kind of work that closes the bracket. */
export const BRACKET_KIND_GAP = 4;

/** Verbs that say what a subject became or still is ("X became a cult film", "X remains the best anime"). */
export const BECOMING_VERBS: ReadonlySet<string> = new Set(['became', 'remains', 'remained']);

/** wink's tags of the words a kind of work may follow when it heads the phrase ("a horribly flawed film"). */
export const HEAD_LEAD_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PART']);

/** wink's tags a one-word subject called a work may not have ("This is the story of", "It was a film"). */
export const NOT_SUBJECT_TAGS: ReadonlySet<string> = new Set(['PRON', 'DET', 'ADV', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'INTJ', 'NUM']);

/** Tags a lone word closing its phrase after a role may not have: a pronoun or a function word ("starred in It."). */
export const CLOSED_LONE_TAGS: ReadonlySet<string> = new Set([...NOT_SUBJECT_TAGS].filter((t) => t !== 'ADV'));

/** wink's tags of a verb: a cue word with one is an action, not a kind of work ("they film X"). */
export const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/**
 * Last words of the names of firms ("High Art Studios", "Four Star Productions", "Ann Vale Media"):
 * a title-case phrase that ends with one names a firm, not a work, nor a person ("That's Entertainment", with a possessive or
 * a contraction before it, is a film). "Company" and "Pictures" end titles as often ("Moving
 * Pictures"), so they are not here.
 */
export const FIRM_ENDINGS: ReadonlySet<string> = new Set([
  'studios', 'corporation', 'corp', 'productions', 'entertainment', 'records', 'ltd', 'llc', 'plc',
  'industries', 'enterprises', 'holdings', 'broadcasting', 'media',
]);

/** "is" and "was" negated in one word: "X isn't a great movie" still calls X a movie. */
export const NEGATED_COPULAS: ReadonlySet<string> = new Set(["isn't", 'isn’t', "wasn't", 'wasn’t']);

/**
 * Verbs after a text's opening subject that make it one thing, not a band or a pair: the singular
 * and past forms of "be" and "have", their negations, and the modals ("X is", "X has", "X should
 * be"). Other verbs count by their "-s" or "-ed" ending.
 */
export const OPENING_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', "isn't", 'isn’t', "wasn't", 'wasn’t', 'has', 'had', "hasn't", 'hasn’t', "hadn't", 'hadn’t',
  'will', 'would', 'should', 'could', 'can', 'may', 'might', 'must', "won't", 'won’t', "can't", 'can’t', 'remains', 'became',
]);

/** Nouns for a name: quoted words just after one are a name, not a title ("his name from "Bo" to "Beau""). */
export const NAME_NOUNS: ReadonlySet<string> = new Set(['name', 'names', 'nickname', 'nicknames', 'moniker', 'surname', 'alias']);

/** Capitalised words that number the parts of a work after its title ("Godfather Part 2", "Kill Bill Vol. 2"). */
export const PART_WORDS: ReadonlySet<string> = new Set(['part', 'chapter', 'volume', 'vol']);

/** Numbers a part word takes besides digits ("Part Two", "Chapter III"). */
export const PART_NUMBERS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x',
]);

/**
 * Verbs of ranking in news of the takings: their subject takes a place ("X entered in third
 * place", "X topped the box office", "X dropped to number five").
 */
export const CHART_VERBS: ReadonlySet<string> = new Set([
  'topped', 'tops', 'took', 'takes', 'entered', 'enters', 'opened', 'opens', 'debuted', 'grossed', 'earned', 'slipped', 'slips',
  'fell', 'falls', 'dropped', 'drops', 'climbed', 'climbs', 'rose', 'rises', 'stayed', 'stays', 'remained', 'remains', 'held',
  'holds', 'finished', 'came', 'comes', 'was', 'is', 'made', 'moved', 'leapt', 'jumped', 'retained', 'kept', 'claimed', 'went', 'goes',
]);

/** Auxiliaries before a verb of ranking ("X has topped", "X had slipped"). */
export const CHART_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'have']);

/** Words of a place in the takings ("third place", "number four", "the top spot", "the box office"). */
export const CHART_PLACE_WORDS: ReadonlySet<string> = new Set(['place', 'spot', 'number', 'position', 'box', 'top', 'summit', 'chart', 'charts']);

/** The words that name the takings ("box office", "box-office"), found in one search: a text with them ranks films. */
export const BOX_OFFICE = /box[ -]office/;

/** Words for winning or being up for a prize, before "for" and a title ("won the Oscar for X", "nominated for X"). */
export const WIN_CUES: ReadonlySet<string> = new Set([
  'won', 'wins', 'win', 'winning', 'nominated', 'nomination', 'nominations', 'nominee', 'triumphed', 'honoured', 'honored', 'scooped',
]);

/** Prizes and their categories: after "won … for" they name no title ("nominated for Best Actor", "for Oscars"). */
export const PRIZE_WORDS: ReadonlySet<string> = new Set([
  'best', 'award', 'awards', 'prize', 'prizes', 'oscar', 'oscars', 'bafta', 'baftas', 'grammy', 'grammys', 'emmy', 'emmys', 'globe',
  'globes', 'brit', 'brits', 'cesar', 'academy', 'medal', 'trophy', 'honour', 'honours', 'category',
]);

/**
 * Nouns written right after a prize's one-word name ("Brit award", "Bafta nominations", "the Emmy
 * ceremony"): a capitalised word before one names a prize, and the plural of that word names its
 * yearly event ("the Brits", "the Baftas"), not a person.
 */
export const PRIZE_NAME_NOUNS: ReadonlySet<string> = new Set([
  'award', 'awards', 'nomination', 'nominations', 'nominee', 'nominees', 'ceremony', 'ceremonies', 'trophy', 'trophies', 'statuette',
  'statuettes', 'prize', 'prizes', 'winner', 'winners',
]);

/** Words before "single" that make it a record, not a count ("their new single X", "the first single X"). */
export const SINGLE_LEADS: ReadonlySet<string> = new Set([
  'his', 'her', 'their', 'its', 'my', 'our', 'new', 'latest', 'debut', 'first', 'second', 'third', 'last', 'next', 'lead', 'hit', 'comeback', 'forthcoming',
  'recent', 'current', 'upcoming', 'final', 'solo', 'charity',
]);

/**
 * Kinds of work after a title, a comma and an owner's possessive ("The Aviator, Martin Scorsese's
 * biopic of …", "X, Ann Lee's account of her trek"): the work nouns, the kinds, and words for a
 * book's or a record's kind.
 */
export const APPOSITION_KINDS: ReadonlySet<string> = new Set([
  ...WORK_NOUNS, ...GENRE_CUES, ...GENRE_NOUNS, 'account', 'memoir', 'biography', 'debut', 'version', 'collection', 'ep', 'lp',
]);

/** Suffixes of likeness glued to a title by a hyphen ("a Pop Idol-style contest", "Big Brother-type shows"). */
export const STYLE_SUFFIXES: ReadonlySet<string> = new Set(['style', 'type', 'esque', 'like', 'inspired', 'themed']);

/**
 * Last words of what a director or a producer heads besides a work ("director of Regular Music",
 * "director of Opera North"): a run with one after "director of" names a body or a department.
 * Kept apart from {@link NOT_WORK_HEADS}, as a title may end with them ("The Sound of Music").
 */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set([
  'music', 'opera', 'ballet', 'dance', 'photography', 'programmes', 'programming', 'communications', 'marketing',
  'operations', 'sport', 'sports', 'football', 'festivals', 'events', 'promotions', 'media', 'films', 'arts', 'entertainment',
]);

/**
 * Plural makers whose "of" names several works ("the directors of X and Y", "the writers of X, Y"):
 * the titles after them are split at each "and".
 */
export const MAKER_PLURALS: ReadonlySet<string> = new Set(['creators', 'authors', 'writers', 'composers', 'animators', 'directors', 'producers']);

/**
 * Parts only a work has, after its possessive ("Bonanza's cast", "Bleach's finale"): no person or
 * character has a finale or a remake. Not "story", "plot", "ending", "arc" or "storyline", which a
 * character has too ("Danzo's plot to take over"), nor "pacing", "animation", "visuals", "music",
 * "soundtrack", "dub" or "cinematography", which a maker, a studio or a distributor owns as often
 * ("Kubo's pacing", "Zimmer's soundtrack", "Crunchyroll's dub"), nor "fandom", "fanbase",
 * "characters" or "villains", which a character or an author has ("Goku's fandom").
 */
export const WORK_PART_NOUNS: ReadonlySet<string> = new Set([
  'cast', 'episodes', 'finale', 'runtime', 'sequel', 'sequels', 'prequel', 'remake', 'adaptation', 'trailer', 'seasons',
]);

/**
 * Parts only a work has, before "of" and the work ("the plot of Redline", "every episode of
 * Bonanza"); not the parts a maker, a studio or a body is said to give as often ("the animation of
 * MAPPA", "the soundtrack of Zimmer", "the production of Toho", "the opening of Walmart", "the
 * premise of Christianity"). "The characters of X" names an author as often and is left out, as are
 * "the story of" and "the cast of", which a list of actors follows as often ("the supporting cast of A, B").
 */
export const WORK_PART_OF_NOUNS: ReadonlySet<string> = new Set([
  'plot', 'episode', 'episodes', 'finale', 'runtime', 'season', 'seasons', 'ending',
]);

/**
 * Parts of a work counted by a number before "of" and the work's title ("series two of X", "season
 * 3 of X", "part two of X", "volume 2 of X"): a person or a place has no numbered seasons, so what
 * follows is the work.
 */
export const NUMBERED_PART_NOUNS: ReadonlySet<string> = new Set(['season', 'series', 'episode', 'part', 'chapter', 'volume', 'vol']);

/** Last words of an animation studio's name ("Toei Animation", "Kyoto Animation"), which owns a pacing as a maker does. */
export const STUDIO_ENDINGS: ReadonlySet<string> = new Set(['animation', 'studio', 'pictures', 'films']);

/** Quantifiers that open a phrase, not a title, which wink may tag otherwise in capitals ("ALL of"). */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'every', 'each', 'some', 'most', 'both', 'any', 'none', 'many', 'few']);

/** How many words before a work noun a noun for a person or a part takes its apposition. */
export const APPOSED_REACH = 5;

/**
 * Nouns for a person or a part in a work, which the word in apposition may name instead ("the
 * villain of the film, X,"); not "star", as often a verb ("will star in the drama, X").
 */
export const PART_OR_PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...[...PEOPLE_NOUNS].filter((w) => w !== 'star' && w !== 'stars'),
  'role', 'roles', 'character', 'part', 'villain', 'hero', 'heroine', 'protagonist', 'antagonist', 'lead',
]);

/**
 * Last words of sport contests and leagues ("the Ashes", "the Premier League", "the US Open"): a
 * "series" or a "season" after one is a contest, not a work.
 */
export const SPORT_EVENTS: ReadonlySet<string> = new Set([
  'ashes', 'league', 'cup', 'open', 'championship', 'championships', 'premiership', 'olympics', 'paralympics',
  'trophy', 'bowl', 'slam', 'nations', 'prix', 'playoffs', 'playoff', 'masters',
]);

/** Roman numerals a sequel's title ends with ("Evil Dead II", "Ghoulies IV"). */
export const SEQUEL_NUMERALS: ReadonlySet<string> = new Set(['ii', 'iii', 'iv']);

/**
 * Words before a Roman numeral that make it the number of something other than a work: a war
 * ("World War II"), a part, episode or volume of a work (kept with the work's name by other passes),
 * a grade, class or rating ("Grade II", "Category III"), a stage or a model.
 */
export const NUMBERED_NOT_WORKS: ReadonlySet<string> = new Set([
  'war', 'world', 'episode', 'episodes', 'episodio', 'episódio', 'part', 'parts', 'volume', 'vol', 'chapter', 'book', 'act',
  'phase', 'stage', 'step', 'grade', 'class', 'category', 'cat', 'type', 'level', 'tier', 'mark', 'mk', 'model', 'series',
  'division', 'league', 'round', 'section', 'article', 'title', 'gen', 'generation', 'vatican',
  // Machines numbered by model ("Playstation 2", "Xbox 360").
  'playstation', 'xbox', 'windows', 'iphone', 'ipod',
]);

/**
 * The aspects a review's score form rates, each before its mark ("Story 8 Art 9 Sound 7"): a
 * number after one of them is a mark, not a sequel's number.
 */
export const SCORE_ASPECTS: ReadonlySet<string> = new Set([
  'story', 'art', 'sound', 'character', 'characters', 'enjoyment', 'overall', 'animation', 'music', 'plot', 'visuals', 'acting',
  'setting', 'pacing', 'direction', 'writing', 'cast', 'ost', 'soundtrack', 'rating', 'score', 'grade', 'total',
]);

/**
 * Words that label a part a review rates besides {@link SCORE_ASPECTS} and the part headings of
 * `heading-words.ts` ("Conclusion", "Verdict"): with them, a title made of nothing else is the
 * review's label for a part ("OVERALL", "Art & Sound"), not a work.
 */
export const PART_LABEL_WORDS: ReadonlySet<string> = new Set([
  'conclusion', 'conclusions', 'verdict', 'summary', 'characterization', 'characterisation', 'visual', 'graphics',
]);

/**
 * Words that follow a part's word in a two-word label ("Character Development", "Sound Effects",
 * "Art Style", "Voice Acting"); alone they label nothing, so a label needs one part word besides.
 */
export const PART_LABEL_QUALIFIERS: ReadonlySet<string> = new Set([
  'development', 'effects', 'design', 'designs', 'style', 'quality', 'value', 'values', 'voice', 'direction', 'acting',
]);

/**
 * Words for the kinds of work that come in sequels numbered with a digit, and for their release
 * ("Fortress 2 … the worst movie", "the Predator films", "on DVD"): near one of them, one
 * capitalised word and a digit name a work ("Shrek 2"), not a place, a band or a part.
 */
export const SEQUEL_KIND_WORDS: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'movies', 'sequel', 'sequels', 'prequel', 'franchise', 'trilogy', 'remake', 'dvd', 'cinema', 'cinemas',
  'horror', 'horrors', 'thriller', 'thrillers', 'comedy', 'comedies', 'flick', 'flicks', 'blockbuster', 'blockbusters', 'series', 'show', 'game', 'games',
]);

/** Words that set two sides against each other ("Gaara vs Lee"): a run holding one is a fight or a match. */
export const VERSUS_WORDS: ReadonlySet<string> = new Set(['vs', 'v', 'versus']);

/**
 * Given names that kings, queens, popes and emperors reign under ("Henry IV", "Elizabeth II",
 * "Pius XII"): one of these and a Roman numeral is a ruler. Another given name and a numeral is a
 * sequel named after its hero ("Rocky II"). Lower case.
 */
export const RULER_NAMES: ReadonlySet<string> = new Set([
  'henry', 'edward', 'george', 'elizabeth', 'richard', 'louis', 'charles', 'james', 'william', 'john', 'mary', 'anne',
  'philip', 'felipe', 'juan', 'carlos', 'frederick', 'friedrich', 'wilhelm', 'peter', 'paul', 'pius', 'benedict',
  'leo', 'gregory', 'innocent', 'clement', 'urban', 'alexander', 'nicholas', 'ivan', 'catherine', 'victor', 'umberto',
  'ferdinand', 'francis', 'joseph', 'leopold', 'otto', 'ludwig', 'gustav', 'gustavus', 'christian', 'harald', 'olav',
  'haakon', 'carl', 'albert', 'robert', 'david', 'malcolm', 'alfonso', 'pedro', 'manuel', 'stephen', 'andrew',
  'constantine', 'michael', 'boris', 'rainier', 'napoleon', 'ramesses', 'ramses', 'amenhotep', 'thutmose', 'sancho',
  'matilda', 'isabella', 'isabel', 'victoria', 'margaret', 'rama', 'mohammed', 'muhammad', 'hussein', 'abdullah',
]);

/**
 * Singular verbs after a subject ("X and Y is"): a pair of things joined by "and" takes the plural,
 * so a pair that takes one of these is one thing.
 */
export const SINGULAR_VERBS: ReadonlySet<string> = new Set(['is', 'was', "isn't", 'isn’t', "wasn't", 'wasn’t', 'has', "hasn't", 'hasn’t', 'remains']);

/**
 * Broadcasters, streamers and studios whose possessive names a programme or film of theirs
 * ("HBO's X", "the BBC's X", "Disney's X"), lower case, as one word.
 */
export const CHANNEL_OWNERS: ReadonlySet<string> = new Set([
  'bbc', 'bbc1', 'bbc2', 'bbc3', 'bbc4', 'itv', 'itv1', 'itv2', 'itv3', 'hbo', 'nbc', 'cbs', 'abc', 'fox', 'mtv', 'pbs', 'amc',
  'cnn', 'netflix', 'showtime', 'hulu', 'starz', 'syfy', 'nickelodeon', 'disney', 'pixar', 'dreamworks', 'miramax', 'paramount',
  'rte', 'e4', 'uktv', 'cbbc', 'vh1', 'fx', 'tnt', 'tbs', 'upn', 'wb', 'bravo', 'lifetime',
]);

/** First words of a channel's two-word name, whose second word is a number ("BBC One's X", "Channel 4's X"). */
export const CHANNEL_HEADS: ReadonlySet<string> = new Set(['bbc', 'channel', 'sky', 'radio', 'itv', 's4c']);

/**
 * Plural nouns for a group of people: a capitalised run that ends in one names a group or a
 * programme about one ("Harbour Girls", "Tyne Lads"), never one person, though its first word may
 * be a given name.
 */
export const GROUP_PLURALS: ReadonlySet<string> = new Set([
  'girls', 'boys', 'men', 'women', 'ladies', 'lads', 'kids', 'wives', 'husbands', 'mums', 'dads', 'mothers', 'fathers',
  'friends', 'guys', 'babes', 'gals', 'blokes', 'housewives', 'neighbours', 'neighbors',
]);

/** The numbers that end a channel's two-word name ("BBC Two", "Channel 4", "Sky One"). */
export const CHANNEL_NUMBERS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', '1', '2', '3', '4', '5']);

/** Group plurals that after a place name its sports side, not a programme ("England Women", "Wales Men"). */
export const SIDE_PLURALS: ReadonlySet<string> = new Set(['men', 'women', 'boys', 'girls', 'ladies']);

/** Verbs in the plural: one quoted word before them is a term for many things ("“Twists” are rare"), as a title takes the singular. */
export const PLURAL_VERBS: ReadonlySet<string> = new Set(['are', 'were']);

/** wink's tags of a word that can be a title on its own; a quoted word of another tag closed by `?` is a remark ("“Why?”"). */
export const TITLE_WORD_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM']);

/** Tags of the word after a verb that wink reads as a noun ("X changes that", "X overtook its rivals"). */
export const OBJECT_LEAD_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON']);

/**
 * Words of a contest of prizes that make "A Person for X" in their sentence a nominee and the work
 * they are up for ("nominees include Ann Lee for X", "Best actor - Ann Lee for X"): the words of
 * winning and of prizes, and the words for a prize's field.
 */
export const NOMINEE_CONTEXT: ReadonlySet<string> = new Set([
  ...WIN_CUES, ...PRIZE_WORDS, 'nominees', 'nominations', 'shortlist', 'shortlisted', 'nods', 'categories', 'winners', 'contenders', 'awarded',
]);

/**
 * Fields and honours a prize is given in or for ("Ann Lee for Chemistry", "for Lifetime
 * Achievement", "for Outstanding Contribution"): a run of these words after a nominee's "for" is
 * the category, not a work.
 */
export const PRIZE_FIELDS: ReadonlySet<string> = new Set([
  'chemistry', 'physics', 'medicine', 'physiology', 'economics', 'literature', 'peace', 'poetry', 'fiction', 'non-fiction', 'journalism',
  'achievement', 'contribution', 'contributions', 'lifetime', 'outstanding', 'special', 'services', 'excellence', 'merit', 'distinguished',
]);

/** The most words read back from a nominee's "for" to find a word of a contest in its sentence. */
export const NOMINEE_REACH = 40;

/**
 * Capitalised words that open a sentence before a crew noun and a full name as a kind of performer,
 * not a work ("Rock star X", "Veteran actor X", "Festival director X"): a field, a rank or an age.
 */
export const CREW_QUALIFIERS: ReadonlySet<string> = new Set([
  'rock', 'pop', 'rap', 'soul', 'jazz', 'folk', 'country', 'punk', 'film', 'movie', 'tv', 'television', 'screen', 'stage',
  'theatre', 'theater', 'radio', 'music', 'festival', 'veteran', 'former', 'leading', 'lead', 'top', 'child', 'teen',
  'young', 'fellow', 'guest', 'cult', 'action', 'porn', 'chat', 'comedy', 'co', 'award', 'oscar', 'bafta',
  'reality', 'soap', 'sitcom', 'opera', 'ballet', 'dance', 'indie', 'hollywood', 'bollywood', 'broadway', 'youtube', 'tiktok',
  'instagram', 'internet', 'sports', 'sport', 'football', 'soccer', 'tennis', 'cricket', 'rugby', 'golf', 'boxing', 'athletics',
  'olympic', 'basketball', 'baseball', 'hockey', 'racing', 'wrestling', 'fashion', 'catwalk', 'disco', 'metal', 'gospel', 'blues',
]);

/** Prizes before a word for what won or was up for them ("Oscar-winning X", "Bafta nominee X"). */
export const PRIZE_LEAD_PRIZES: ReadonlySet<string> = new Set([
  'oscar', 'bafta', 'emmy', 'grammy', 'award', 'cesar', 'booker', 'whitbread', 'globe', 'palme',
]);

/** Words for what won or was up for a prize, after it and before a title ("Oscar-winning X", "Oscar contenders X and Y"). */
export const PRIZE_LEAD_NOUNS: ReadonlySet<string> = new Set([
  'winning', 'nominated', 'nominee', 'nominees', 'shortlisted', 'tipped', 'hopeful', 'hopefuls', 'contender', 'contenders', 'favourite',
]);

/**
 * Verbs of making in the active voice whose object is the work made ("who directed X and Y", "she
 * co-wrote X"): the object is read as a list of titles, as a maker's "of" is.
 */
export const MAKER_VERBS: ReadonlySet<string> = new Set([
  'directed', 'co-directed', 'wrote', 'co-wrote', 'penned', 'scripted', 'produced', 'co-produced', 'created', 'co-created', 'composed',
  'remake', 'remade', 'remaking', 'adapted', 'adapting',
]);

/** Words before a verb of {@link MAKER_VERBS} that make it passive or a participle ("was produced", "had been created"): no maker's object follows. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s"]);

/**
 * Verbs of {@link MAKER_VERBS} whose object is a character as often as a work ("they created
 * Midoriya"): one word after them is not read as a title.
 */
export const CHARACTER_MAKING_VERBS: ReadonlySet<string> = new Set(['created', 'co-created']);

/**
 * Prepositions that, before "the", lead from a made work to whom it was made for or with
 * ("produced X for the Byrds"): the object of a verb of making ends before them.
 */
export const FOR_WHOM: ReadonlySet<string> = new Set(['for', 'with', 'at']);

/**
 * Plurals for what a maker or performer made, before "include" and a list of titles ("her films
 * have included X and Y", "his credits include X, Y and Z", "hits include X"), or the mass noun
 * "work" ("his work, which includes X and Y"): works of someone's, so the list is one of titles.
 * Not "roles", whose items are parts.
 */
export const OWNED_WORK_PLURALS: ReadonlySet<string> = new Set([...WORK_NOUN_PLURALS, 'work', 'credits', 'hits', 'works', 'series', 'records', 'recordings', 'classics', 'bestsellers', 'best-sellers']);

/** Forms of "include" after {@link OWNED_WORK_PLURALS} that open their list of titles. */
export const INCLUDE_VERBS: ReadonlySet<string> = new Set(['include', 'includes', 'included', 'including']);

/**
 * Words that may stand between the plural of what someone made and "include" ("her films have
 * also included X", "his work, which includes X"): an auxiliary, "also", or the relative pronoun
 * that opens the clause. Lower case.
 */
export const INCLUDE_LINKS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'also', 'which', 'that']);

/** Most words between an owner ("his", "whose", "Ann's") and the plural of what they made ("her many acclaimed films"). */
export const OWNED_PLURAL_REACH = 4;

/**
 * Words whose "'s" is "is" or "has", never an owner's ("What's Eating X", "Do They Know It's
 * Christmas", "That's Life", "All's Well That Ends Well"): a title-case run goes on over them.
 */
export const CONTRACTED_IS_WORDS: ReadonlySet<string> = new Set([
  'it', 'that', 'what', 'who', 'there', 'here', 'he', 'she', 'let', 'all', 'where', 'how', 'everybody', 'everyone', 'nobody', 'somebody',
]);

/**
 * Kinds of work after a title, a comma and "a" / "an" ("Fat Albert, a live-action adaptation of …",
 * "The Wedding Date, a comedy starring …"): the kinds of {@link APPOSITION_KINDS} and a story's
 * words, but not "hit" or "debut", which describe a person as often ("Ann, a hit with critics").
 */
export const ARTICLE_APPOSITION_KINDS: ReadonlySet<string> = new Set(
  [...APPOSITION_KINDS, 'story', 'tale', 'novella', 'fable', 'docudrama', 'series'].filter((w) => w !== 'hit' && w !== 'debut'),
);

/** The most lower-case words read between "a" / "an" and the kind of work ("a quirky low-budget comedy"). */
export const ARTICLE_APPOSITION_GAP = 3;

/**
 * A performer's categories between "best" and "for" ("best supporting actor for X"): one word after
 * them that closes its phrase and is no surname of the text names the work, not the performer.
 * Music's categories ("best act", "best singer") name bands and singers by one word as often, and
 * "best director for" / "best performance for" a director by surname or a team ("best performance
 * for Arsenal").
 */
export const AWARD_PERFORMER_WORDS: ReadonlySet<string> = new Set(['actor', 'actress', 'newcomer']);

/**
 * Irregular participles that open what a work is after its kind ("a drama set in Leeds", "a comedy
 * shot in a week"); regular ones are told by their ending.
 */
export const KIND_PARTICIPLES: ReadonlySet<string> = new Set(['set', 'made', 'shot', 'told', 'put', 'built', 'cut', 'sung', 'spun', 'run']);

/**
 * Who presents or sits on a show, before "of" / "on" and its title ("the host of X", "presenter of
 * X", "a judge on X", "a regular on X"): the run after them is the show, unless it is a place, a
 * person, a day or a run that qualifies a noun ("a host of Hollywood stars").
 */
export const HOST_NOUNS: ReadonlySet<string> = new Set(['host', 'co-host', 'presenter', 'co-presenter', 'judge', 'regular', 'panellist', 'anchor', 'contestant']);

/**
 * Words that make a kind of work a definite one, a few describing words before it ("the bleak
 * comedy X", "their latest thriller X"): a phrase so led names one work, and a title-case run that
 * closes it is that work's title even in a person's shape.
 */
export const DEFINITE_KIND_LEADS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The most describing words read between {@link DEFINITE_KIND_LEADS} and the kind of work ("the dark gothic comedy"). */
export const DEFINITE_KIND_GAP = 2;

/**
 * Words that open a clause about a thing or a place after a comma ("his next film, X, where he
 * plays", "her new series, X, which"): a name in apposition before them is no person's.
 */
export const THING_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['which', 'where']);

/**
 * Owners' words before a title and its kind of work ("his X single", "their X album", "whose X
 * series"): what someone made, named by its title before the kind.
 */
export const OWNED_TITLE_LEADS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'whose']);

/** Kinds of work in the singular that follow an owner's title ({@link OWNED_TITLE_LEADS}): "her X album". */
export const OWNED_TITLE_KINDS: ReadonlySet<string> = new Set(['album', 'single', 'ep', 'series', 'novel', 'film', 'movie', 'show', 'sitcom', 'trilogy', 'saga', 'franchise']);

/**
 * Number words that open titles of two words or more ("One Piece", "Twelve Monkeys", "Seven
 * Samurai") and never a person's name: such a title is no hero's name whatever verb follows it
 * ("One Piece says a lot about friendship").
 */
export const HERO_NUMBER_LEADS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundred', 'thousand',
]);

/**
 * Verbs right after a work's title that only a living being does (`Naruto fled`, `Ponyo
 * escapes`, `Kestrel says`): the title names its hero there (`src/stages/4-works/5-hero-mentions.ts`).
 * Not what a work is said to do as well (`tries`, `wants`, `loses`, `falls flat`, `goes on`,
 * `feels`), nor `fights`, as often the noun (`the show's fights are smart`): see {@link HERO_OBJECT_VERBS}.
 */
export const HERO_VERBS: ReadonlySet<string> = new Set([
  'kills', 'killed', 'dies', 'died', 'marries', 'married', 'escapes', 'escaped', 'murders', 'murdered', 'flees', 'fled',
  'hides', 'hid', 'steals', 'stole', 'fought', 'realizes', 'realises', 'realized', 'realised', 'learns', 'learnt',
  'vows', 'vowed', 'swears', 'swore', 'says', 'said', 'punched', 'kissed', 'hugged', 'slapped', 'screams',
  'screamed', 'shouts', 'shouted', 'yells', 'yelled', 'cries', 'cried', 'whispers', 'whispered', 'smiles', 'smiled',
  'laughs', 'laughed', 'rescues', 'rescued', 'betrays', 'betrayed', 'confronts', 'confronted', 'befriends', 'befriended',
]);

/**
 * Verbs a living being does that read so after a work's title only with an object after them
 * (`Iron Man fights Thanos`, `Kestrel saves the day`, `Kestrel loved her`): alone they are as often
 * a plural noun (`the show's fights are smart`) or a participle (`a film loved by many`), and a
 * work `loves to` do what it does.
 */
export const HERO_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'fights', 'punches', 'kisses', 'hugs', 'slaps', 'saves', 'saved', 'loves', 'loved',
]);

/**
 * Words that open the object of a {@link HERO_OBJECT_VERBS} verb (`fights the`, `saves his`,
 * `fights back`); a capitalised word opens one too (`fights Thanos`).
 */
export const HERO_OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'him', 'them', 'their', 'me', 'us', 'everyone', 'everybody', 'someone', 'back', 'against', 'alongside',
]);

/**
 * Adverbs that may stand between a work's title and a verb a being does (`Kestrel later dies`,
 * `Iron Man still fights`): the verb reads as it would right after the title.
 */
export const HERO_VERB_ADVERBS: ReadonlySet<string> = new Set([
  'still', 'also', 'then', 'later', 'finally', 'eventually', 'even', 'just', 'soon', 'suddenly', 'immediately', 'nearly', 'almost', 'never', 'once', 'quickly',
]);

/**
 * Pronouns of a person right after a work's title at the head of its sentence (`Kestrel, he never
 * gives up`): the title is the pronoun's person there, as a work is `it`.
 */
export const HERO_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Possessive pronouns of a person after the verb of a work's title at the head of its sentence,
 * before a being's possession (`Kestrel loses his father`, `Kestrel finds her sword`).
 */
export const HERO_OWNER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);

/** Every pronoun of one person that may follow a work's title in its sentence: it ends the search for a thing's pronoun ({@link HERO_THING_PRONOUNS}). */
export const HERO_PERSON_PRONOUNS: ReadonlySet<string> = new Set([...HERO_SUBJECT_PRONOUNS, ...HERO_OWNER_PRONOUNS, 'him']);

/**
 * Pronouns of a thing: one after a work's title and a being's verb, in the same sentence and before
 * any person's pronoun, says the text speaks of the work as doing it (`Bleach realizes that it is
 * no fighting show`, `X never died, but it is back`).
 */
export const HERO_THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'itself', "it's", 'it’s']);

/**
 * Verbs of being, having, becoming, making and winning, of which a work is the subject as often,
 * with a person's pronoun after them that is no hero's (`Kestrel was her dream`, `Kestrel has his
 * moments`, `Kestrel made her a star`, `Kestrel won him an award`): no pronoun reading after them.
 */
export const HERO_NOT_ACTION_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'made', 'makes', 'won', 'earned', 'gave', 'gives', 'became', 'becomes']);

/**
 * Reflexive pronouns of a person right after a work's title (`Naruto himself`, `Moana herself`):
 * the title names its hero there; a work is `itself`.
 */
export const HERO_REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself']);

/**
 * Nouns of a part in a story that, with `of` after them, name the part the title after them is
 * (`the role of Kestrel`, `the character of Kestrel`): the title names its hero there. Not `part`,
 * which is a share of the work as often (`part of Kestrel was shot abroad`).
 */
export const HERO_PART_NOUNS: ReadonlySet<string> = new Set(['role', 'character']);

/** Words after a {@link HERO_VERBS} verb that make it a phrase a work does too (`the show died down`). */
export const HERO_VERB_PARTICLES: ReadonlySet<string> = new Set(['down', 'off', 'out', 'away', 'up']);

/**
 * Nouns after a work's title's possessive that only a living being has (`Naruto's father`,
 * `Naruto's childhood`, `Iron Man's team`, `Kestrel's sword`): the title names its hero there. Not
 * what a work has as well (`family of films`, `story`, `arc`, `fight scenes`, `battles`,
 * `development`, `heart`, `crew`, `head writer`, `power`, `romance`).
 */
export const HERO_POSSESSIONS: ReadonlySet<string> = new Set([
  'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'boyfriend', 'girlfriend', 'uncle',
  'aunt', 'mom', 'mum', 'dad', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'cousin', 'grandmother', 'grandfather', 'parents',
  'childhood', 'past', 'backstory', 'dream', 'dreams', 'training', 'transformation', 'personality', 'feelings',
  'powers', 'abilities', 'sensei', 'mentor', 'rival', 'revenge', 'motivation', 'motives',
  // Kin.
  'siblings', 'grandson', 'granddaughter', 'niece', 'nephew', 'stepmother', 'stepfather', 'grandma', 'grandpa',
  // The body.
  'face', 'eyes', 'hands', 'arms', 'body', 'hair', 'voice',
  // The team and the people about a being.
  'team', 'squad', 'teammates', 'friend', 'friends', 'allies', 'ally', 'enemy', 'enemies', 'nemesis', 'sidekick', 'comrades', 'companions',
  'lover', 'crush',
  // What a being fights with and can do.
  'strength', 'skills', 'suit', 'armor', 'armour', 'sword', 'shield', 'weapon', 'weapons',
]);

/** Verbs of taking a prize between a winner and "best …" ("X won best foreign film", "X took the best drama prize"). */
export const PRIZE_TAKING_VERBS: ReadonlySet<string> = new Set(['won', 'wins', 'took', 'takes', 'scooped', 'claimed', 'collected', 'grabbed', 'landed', 'bagged']);

/**
 * The kinds of work a prize category for a film, a show or a play names ("best foreign film", "best
 * new comedy", "best animated feature"): what wins it is a work. Music's categories are left out, as
 * a singer or a band wins "best album" as often as the album does.
 */
export const WORK_CATEGORY_NOUNS: ReadonlySet<string> = new Set([
  'film', 'picture', 'movie', 'musical', 'play', 'drama', 'comedy', 'documentary', 'programme', 'series', 'show', 'sitcom', 'feature', 'thriller', 'soap', 'miniseries', 'animation',
]);

/**
 * Verbs of a work going out to its public ("X was released", "X aired on", "X premiered at"):
 * a person is released from prison or airs a grievance, so each counts only in the form a work
 * takes (see `4-work-verbs.ts`).
 */
export const RELEASE_VERBS: ReadonlySet<string> = new Set(['aired', 'airs', 'premiered', 'premieres']);

/** Adverbs that may stand between a work and its release verb ("X first aired", "X was originally released"). */
export const RELEASE_ADVERBS: ReadonlySet<string> = new Set(['first', 'originally', 'initially', 'finally', 'eventually', 'theatrically', 'officially', 'only', 'later']);

/**
 * Nouns only a work has, after "has" / "had" / "boasts" ("X had two directors", "X has a huge
 * cast", "X boasts a fine soundtrack"); not a plot, a script, a score or an ending, which a maker
 * or a character is said to have as often.
 */
export const HELD_WORK_PARTS: ReadonlySet<string> = new Set([
  'cast', 'actors', 'directors', 'soundtrack', 'episodes', 'seasons', 'cinematography', 'runtime',
]);

/** Verbs of having before {@link HELD_WORK_PARTS}. */
export const HAVING_VERBS: ReadonlySet<string> = new Set(['has', 'had', 'boasts', 'boasted']);

/** Most lower-case words read between a verb of having and the part ("had quite charismatic actors"). */
export const HELD_PART_GAP = 3;

/**
 * Words of an event: the last word of a run after a year's possessive that makes it an event of
 * that year, not a work ("2004's Super Bowl", "2012's London Olympics", "2019's Glastonbury
 * Festival"), or a lower-case noun after a one-word title that makes the title its name ("the
 * Vertigo tour"): the contests of {@link SPORT_EVENTS}, the prizes of {@link PRIZE_WORDS} and the
 * words below.
 */
export const EVENT_WORDS: ReadonlySet<string> = new Set([
  ...SPORT_EVENTS, ...PRIZE_WORDS, 'festival', 'election', 'elections', 'tour', 'games', 'ceremony', 'ceremonies', 'summit', 'war', 'crisis', 'budget',
]);

/** Words before a year's possessive that make what follows a happening at a time, not a work ("at 1985's Live Aid"). */
export const YEAR_EVENT_LEADS: ReadonlySet<string> = new Set(['at', 'during']);

/**
 * Possessive determiners that can only lead a noun phrase ("their hit X", "his play X", "its track
 * X"): a kind of work right after one is a noun, whatever the tagger reads. Not "her", which is an
 * object as often ("let her play Juliet").
 */
export const OWNER_DETERMINERS: ReadonlySet<string> = new Set(['his', 'their', 'its', 'my', 'our', 'your', 'whose']);

/**
 * The broadcasters of {@link CHANNEL_OWNERS} whose one-word name is no English word and no studio
 * ("BBC", "HBO", "ITV1", "Netflix"; not "Fox", "Bravo", "Lifetime"): such a name ending a title-case
 * run after a connector is the channel, not the title's last word ("Hollyoaks to BBC Two", "X on HBO").
 */
export const CHANNEL_TAIL_NAMES: ReadonlySet<string> = new Set([
  'bbc', 'bbc1', 'bbc2', 'bbc3', 'bbc4', 'itv', 'itv1', 'itv2', 'itv3', 'hbo', 'nbc', 'cbs', 'abc', 'mtv', 'pbs', 'amc', 'cnn',
  'netflix', 'hulu', 'rte', 'e4', 'uktv', 'cbbc', 'vh1', 'fx', 'tnt', 'tbs', 'upn',
]);

/**
 * Verbs of taking or holding a number of prizes ("X won nine awards", "X took home 11 Oscars", "X
 * has seven nominations"): the winner stands before them.
 */
export const PRIZE_COUNT_VERBS: ReadonlySet<string> = new Set([
  'won', 'wins', 'took', 'takes', 'scooped', 'scoops', 'collected', 'collects', 'received', 'receives', 'earned', 'earns', 'garnered',
  'secured', 'landed', 'bagged', 'grabbed', 'claimed', 'swept', 'picked', 'picks', 'gained', 'got', 'has', 'had', 'have',
]);

/** Words that may follow a verb of {@link PRIZE_COUNT_VERBS} as one verb with it ("took home", "picked up"). */
export const PRIZE_COUNT_PARTICLES: ReadonlySet<string> = new Set(['home', 'up']);

/** Lower-case words between the verb and the count ("a total of 10", "a record 11", "another two"). */
export const PRIZE_COUNT_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'total', 'of', 'record', 'further', 'another', 'impressive', 'just', 'only']);

/**
 * Plural nouns of prizes counted after a verb of taking ("nine Annies", "11 Oscars", "two Golden
 * Globes", "seven nominations"): the prizes of film and television by name, and the plain words.
 */
export const PRIZE_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'oscars', 'baftas', 'annies', 'emmys', 'globes', 'oliviers', 'cesars', 'awards', 'prizes', 'nominations', 'trophies', 'accolades', 'gongs',
]);

/**
 * The prizes of music ("three Grammys", "two Brit nominations", "Mobo awards"): a singer or a band
 * wins them as often as a record does, so a count of them names no work.
 */
export const MUSIC_PRIZE_WORDS: ReadonlySet<string> = new Set(['grammy', 'grammys', 'brit', 'brits', 'mobo', 'mobos', 'mtv', 'billboard', 'ivor', 'novello', 'mercury']);

/** Plain words of prizes in {@link PRIZE_COUNT_NOUNS}: in a text about music, a singer or a band takes them. */
export const PLAIN_PRIZE_NOUNS: ReadonlySet<string> = new Set(['awards', 'prizes', 'nominations', 'trophies', 'accolades', 'gongs']);

/** Nouns of a prize before "went to" ("the animation award went to X", "the best film prize went to X"). */
export const WENT_TO_PRIZE_NOUNS: ReadonlySet<string> = new Set(['award', 'prize', 'trophy', 'honour', 'honor', 'accolade', 'gong', 'title']);

/** Verbs of a prize going to its winner, before "to" ("went to X", "goes to X"). */
export const WENT_TO_VERBS: ReadonlySet<string> = new Set(['went', 'goes', 'go']);

/**
 * Nouns of one work right after a character's name that make the name the work's title there
 * (`the Shrek movie`, `the first Rocky film`, `the Naruto manga`): a character has no film or book
 * of its own, only the work named after it does. Singular only: in the plural a maker's name or a
 * kind leads them as often (`other Clark movies`, `the best Miyazaki films`). Not nouns that are
 * verbs as often after a name (`Ann and Tom show up`, `the kids play`), nor the words of music
 * (`the Kestrel musical theme`), nor `saga`, a long story's arc named after its villain as often.
 */
export const HERO_TITLE_NOUNS: ReadonlySet<string> = new Set([
  'film', 'movie', 'series', 'franchise', 'trilogy', 'sequel', 'prequel', 'remake', 'anime', 'manga', 'novel', 'book', 'cartoon',
  'sitcom', 'webtoon', 'manhwa',
]);

/**
 * Kinds of work a sentence calls a name that it makes a work's title there (`X is a tense little
 * thriller`, `"X" is a terrible film`, `X is a great anime`, `X is one of my favourite shows`): no one
 * in a story is a film or a show, while a person may be a mystery, a picture or a cartoon, and a hero
 * the heart of the series (the reading stops at `of`) or a manga character (a noun after the kind).
 */
export const HERO_CALLED_NOUNS: ReadonlySet<string> = new Set([
  'film', 'movie', 'flick', 'thriller', 'sequel', 'prequel', 'remake', 'reboot', 'biopic', 'documentary', 'blockbuster',
  'show', 'series', 'anime', 'manga', 'franchise',
]);

/** Verbs that call their subject the kind of work after them (`X is a film`, `X remains one of the best films`). */
export const HERO_CALLED_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'remains']);

/**
 * {@link HERO_CALLED_NOUNS} in the plural, after `one of` (`X is one of those few movies`); `series`,
 * `anime` and `manga` are their own plurals, and reviewers also write `animes` and `mangas`.
 */
export const HERO_CALLED_PLURALS: ReadonlySet<string> = new Set([
  'films', 'movies', 'flicks', 'thrillers', 'sequels', 'prequels', 'remakes', 'reboots', 'biopics', 'documentaries', 'blockbusters',
  'shows', 'series', 'anime', 'animes', 'manga', 'mangas', 'franchises',
]);

/**
 * Kinds a sentence calls a run that no stage took as a name (`X is a true classic`, `X is one of
 * the masterpieces of its decade`): {@link HERO_CALLED_NOUNS} and words of praise only a work
 * earns, which a hero's name is called as often (`the hero is a classic`) and so only here.
 */
export const UNTAKEN_CALLED_NOUNS: ReadonlySet<string> = new Set([...HERO_CALLED_NOUNS, 'masterpiece', 'classic']);

/** {@link UNTAKEN_CALLED_NOUNS} in the plural, after `one of`. */
export const UNTAKEN_CALLED_PLURALS: ReadonlySet<string> = new Set([...HERO_CALLED_PLURALS, 'masterpieces', 'classics']);

/**
 * Words right before a name and a kind of work that make the name a kind, not a title (`a
 * Shonen anime`, `every Rocky-style film`, `another Clark movie`): one of many works, where the
 * work named after a hero is one.
 */
export const HERO_TITLE_KIND_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'any', 'every', 'each', 'another', 'some', 'most', 'many', 'other', 'typical', 'no']);

/**
 * wink's tags of the word before a watch verb that leave the watcher the writer or the reader: an
 * auxiliary, `to`, an adverb or a verb before it (`I have watched`, `to watch`, `finally watched`,
 * `started watching`); a first or second person's pronoun is read apart. Not `and` after a
 * story's sentence (`Anne stood and watched Diana`), nor a name or a third person's pronoun.
 */
export const HERO_TITLE_WATCHER_TAGS: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV', 'VERB']);

/** Pronouns of the writer or the reader before a watch verb (`I watched Shrek`, `you read Matilda`). */
export const HERO_TITLE_WATCHERS: ReadonlySet<string> = new Set(['i', 'we', 'you']);

/**
 * Verbs of reading, read as {@link STRONG_WATCH_VERBS} only after the writer's or the reader's
 * pronoun or an auxiliary (`I read Matilda`, `I've reread Matilda`): after `to` one reads a
 * story's script or a mind as often (`knows how to read Kestrel`).
 */
export const HERO_TITLE_READ_VERBS: ReadonlySet<string> = new Set(['read', 'reread', 're-read', 'rereading', 're-reading', 'reading']);

/**
 * wink's tags of the word after a watched name that close the verb's object: a preposition, an
 * adverb or a conjunction of clauses (`watched Shrek with my kids`, `watched Shrek again`,
 * `watched Shrek when`); a verb after it makes the name someone seen doing something (`watching
 * Shrek fight`). A mark is read from the text itself: a word tagged as one after a space is a
 * stray symbol, not the clause's end.
 */
export const HERO_TITLE_OBJECT_ENDS: ReadonlySet<string> = new Set(['ADP', 'ADV', 'SCONJ']);

/**
 * Words of time after a watched character's name that close the verb's object whatever their tag
 * (`watched Shrek last night`, `watched Shrek this weekend`, `watched Shrek yesterday`).
 */
export const HERO_TITLE_TIME_WORDS: ReadonlySet<string> = new Set(['last', 'this', 'every', 'yesterday', 'tonight', 'today', 'again', 'twice', 'once']);

/** Words between a kind of work and a quoted title it compares with (`a film like "X"`, `better movies than "X"`). */
export const LIKENESS_WORDS: ReadonlySet<string> = new Set(['like', 'than', 'as']);

/**
 * Words that may stand between a name and a passive casting verb after it ("C would likely be
 * played by A", "C is to be voiced by A"): auxiliaries, `to` and a few hedging adverbs.
 */
export const PASSIVE_CAST_LEADS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'will', 'would', 'could', 'might', 'should', 'be', 'been', 'being', 'to', 'likely', 'probably',
  'surely', 'also', 'now', 'first', 'originally',
]);

/**
 * Words after a title's subtitle written alone that say it names something else than the work:
 * a part of the story (`the Pain arc`) or a series the work belongs to (`the best Harbour Park
 * sequel`, `the Harbour Park films`).
 */
export const SUBTITLE_OTHER_FOLLOWERS: ReadonlySet<string> = new Set([
  'arc', 'arcs', 'saga', 'sagas', 'filler', 'fillers', 'era', 'chapter', 'chapters', 'volume', 'volumes',
  'sequel', 'sequels', 'franchise', 'series', 'trilogy', 'films', 'movies', 'universe',
]);

/**
 * Verbs of one entrant outdoing others in a race for a prize or a chart ("X beat Y and Z to the
 * comedy trophy", "…, beating Y and Z"): what a work beats is a work of the same race.
 */
export const RIVAL_VERBS: ReadonlySet<string> = new Set(['beat', 'beats', 'beating', 'beaten', 'pipped', 'pipping', 'outsold', 'outsells', 'outselling', 'trounced', 'trouncing']);

/** The forms of {@link RIVAL_VERBS} that hang on a clause before them after a comma ("X took the award, beating Y"). */
export const RIVAL_PARTICIPLES: ReadonlySet<string> = new Set(['beating', 'pipping', 'outselling', 'trouncing']);

/** Auxiliaries between a subject and a verb of {@link RIVAL_VERBS} ("X has beaten Y", "X will beat Y"). */
export const RIVAL_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'might', 'may', 'did', 'is', 'was', 'are', 'were']);

/**
 * Verbs of a race that take their rivals after "with" / "against" ("X will compete with Y", "It is
 * competing against Y"); "up" takes them after "against" only ("X is up against Y").
 */
export const RACE_VERBS: ReadonlySet<string> = new Set(['compete', 'competes', 'competing', 'competed', 'up']);

/** Lower-case words between a verb of {@link RIVAL_VERBS} and the rival it names ("beat fellow X", "beating the favourite X"). */
export const RIVAL_LEADS: ReadonlySet<string> = new Set(['fellow', 'rival', 'rivals', 'the', 'favourite', 'favourites', 'both']);

/** Word lists the section segmenter uses to tell headings from prose and script lines. */

/**
 * Function words that stay lower case in title case ("The Main Character is Unclear"). They are
 * not counted when measuring how title-cased a line is. `i` is here because it is always upper case
 * and so says nothing about the line.
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with',
  'from', 'into', 'onto', 'over', 'as', 'vs', 'via', 'per', 'is', 'are', 'was', 'were', 'be', 'am',
  'i', '&', 'about',
]);

/**
 * One-word lines review writers use as headings. A single title-case word is otherwise too weak
 * to call a heading ("Cut", "Yes").
 */
export const ONE_WORD_HEADINGS: ReadonlySet<string> = new Set([
  'introduction', 'intro', 'overview', 'summary', 'synopsis', 'plot', 'story', 'storyline', 'premise',
  'cast', 'characters', 'acting', 'performances', 'direction', 'directing', 'writing', 'script',
  'cinematography', 'visuals', 'music', 'soundtrack', 'ost', 'pacing', 'ending', 'spoilers',
  'verdict', 'conclusion', 'conclusions', 'thoughts', 'rating', 'ratings', 'score', 'review',
  'pros', 'cons', 'likes', 'dislikes', 'highlights', 'lowlights', 'recognition', 'recommendation',
  'recommendations', 'takeaways', 'background', 'themes', 'trivia', 'update', 'epilogue', 'prologue',
  'faq', 'tl;dr', 'tldr',
]);

/**
 * The parts of a work that reviews written part by part name on a line of their own ("Enjoyment",
 * "Overall", "Art"): one-word headings for the segmenter only. Apart from {@link ONE_WORD_HEADINGS}
 * because the works, names and sentiment stages read that list too, and these words are common
 * (a person named Art, "the sound of it").
 */
export const PART_HEADINGS: ReadonlySet<string> = new Set([
  'art', 'animation', 'sound', 'audio', 'character', 'enjoyment', 'overall', 'setting', 'graphics',
  'presentation', 'worldbuilding', 'humor', 'humour',
]);

/**
 * Words that name a spoiler ("SPOILERS AHEAD", "*Minor spoiler*"): a line holding one warns the
 * reader, unless it reads as a title ("Spoiler Talk"). Lower case; "spoiler-free" is none of them.
 */
export const SPOILER_WORDS: ReadonlySet<string> = new Set(['spoiler', 'spoilers', 'spoilery', 'spoilerish']);

/** Speech verbs that make a line ending in a colon a lead-in to a quote, not a heading. */
export const COLON_LEAD_IN_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'wrote', 'writes', 'added', 'adds', 'explained', 'explains', 'asked',
  'asks', 'replied', 'replies', 'told', 'tweeted', 'posted', 'stated', 'states', 'elaborated',
  'continued', 'shouted', 'whispered', 'answered', 'declared', 'noted', 'commented',
]);

/**
 * Subject pronouns that open a sentence ("I'll end with a song:", "We learn three things:"): a
 * line ending in a colon that opens with one is a lead-in sentence, not a heading. Lower case, with
 * the contracted forms.
 */
export const SENTENCE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'i', "i'll", "i'm", "i've", "i'd", 'we', "we'll", "we're", "we've", "we'd", 'you', "you'll", "you're",
  "you've", "you'd", 'he', "he's", 'she', "she's", 'they', "they're", "they'll", "they've", 'it', "it's",
]);

/** Labels written like a script speaker ("Note: …", "Disclaimer: …") that are not speakers. Lower case. */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'note', 'notes', 'nb', 'edit', 'update', 'updated', 'disclaimer', 'spoiler', 'spoilers', 'warning', 'ps', 'p.s',
  'pps', 'source', 'sources', 'credit', 'credits', 'photo', 'image', 'via', 'rating', 'ratings', 'score', 'verdict',
  'pros', 'cons', 'genre', 'genres', 'episodes', 'episode', 'cast', 'director', 'writer', 'runtime', 'network',
  'released', 'release', 'date', 'title', 'tags', 'categories', 'summary', 'synopsis', 'plot', 'tl;dr', 'tldr',
  'question', 'answer', 'q', 'a', 'bonus', 'fun fact', 'trivia', 'also', 'example', 'quote', 'season', 'year',
  'where to watch', 'watch', 'country', 'language', 'status', 'airs', 'aired', 'platform', 'length', 'duration',
]);

/**
 * Abbreviations whose full stop ends no sentence ("Marvel vs. DC"), besides honorifics and single
 * letters. Lower case, without the stop.
 */
export const MID_SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set(['vs', 'etc']);

/**
 * Characters that open a quote or a block quote: a line ending in a colon over one of them leads
 * into the quote.
 */
export const QUOTE_OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '«', '>', '「']);

/**
 * Short words a title leaves in lower case ("Dazed and Confused", "Lord of the Rings"), read to
 * tell a quoted title by its capitals: fewer than {@link TITLE_SMALL_WORDS}, which also passes
 * over verbs of being and `i` when measuring a line.
 */
export const TITLE_INNER_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'to', 'for', 'at', 'with', 'from', 'by', 'as']);

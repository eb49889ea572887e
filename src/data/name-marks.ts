/**
 * Marks the names stage reads around a name: quote marks that may open a name, and marks after
 * which a capital may open a sentence or a quote rather than a name.
 */

/** Quote marks that may open a quoted name ("known as 'Deku'", "as “Corvin”"). */
export const OPEN_QUOTES = '"“\'‘';

/** Quote marks that may close a quoted name ("(nicknamed 'Deku')", "(aka “Corvin”)"). */
export const CLOSE_QUOTES = '"”\'’';

/** Each opening quote mark and the mark that closes it, for a name quoted alone ("plays 'Ruth'"). */
export const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([['"', '"'], ['“', '”'], ["'", "'"], ['‘', '’']]);

/** Marks after which a capital may open a sentence or a quote, so the word it starts says nothing of a name. */
export const SENTENCE_OPENING_MARKS = '.!?;:\n"“‘(\'[';

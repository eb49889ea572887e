/**
 * Marks the names stage reads around a name: quote marks that may open a name, and marks after
 * which a capital may open a sentence or a quote rather than a name.
 */

/** Quote marks that may open a quoted name ("known as 'Deku'", "as “Corvin”"). */
export const OPEN_QUOTES = '"“\'‘';

/** Quote marks that may close a quoted name ("(nicknamed 'Deku')", "(aka “Corvin”)"). */
export const CLOSE_QUOTES = '"”\'’';

/** Marks after which a capital may open a sentence or a quote, so the word it starts says nothing of a name. */
export const SENTENCE_OPENING_MARKS = '.!?;:\n"“‘(\'[';

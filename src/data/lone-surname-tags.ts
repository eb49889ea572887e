/**
 * Parts of speech (wink-nlp's universal tags) around a word that is both a family name and a common
 * word (`May`, `King`, `West`): they tell the word standing alone for a person's full name ("West
 * said", "May's guitar") from the word naming a month, a place, a people or a title ("in May",
 * "French films", "King of Spain").
 */

/** Parts of speech before a place or a month, never before a person's family name ("in May", "the West", "last May"). */
export const NOT_BEFORE_SURNAME: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NUM']);

/** Parts of speech the tagger gives such a word standing for a person ("May" may be read as a noun, "French" as an adjective). */
export const SURNAME_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ']);

/** Parts of speech after a word that qualifies what follows it ("French films", "King of Spain", "May 5"), or after a modal ("May we …"). */
export const NOT_AFTER_SURNAME: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'ADP', 'NUM', 'PRON']);

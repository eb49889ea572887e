/**
 * Review phrases whose polarity the word lexicon gets wrong or misses, read as whole phrases: the
 * phrase's score replaces the scores of the words inside it. Chosen by hand as review idiom (half
 * A of the IMDb reviews showed which ones the word scores turn round); scores on wink's scale.
 */

/** What a phrase says: the writer's verdict on the work, or an idiom that is no opinion of the work. */
export type PhraseKind = 'verdict' | 'idiom';

/** One phrase: its words' normal forms, its score, its kind. */
export type ReviewPhrase = readonly [words: readonly string[], score: number, kind: PhraseKind];

/**
 * The writer's own judgement of the work, whatever words it is made of: "a must-see", "worth
 * watching", "a waste of time", "save your money", "I loved it". A sentence holding one is a
 * verdict: it counts as much as one opening with "Overall". A negator before one turns it round
 * ("not worth watching", "never a waste of time").
 */
const VERDICTS: readonly ReviewPhrase[] = [
  // As a noun only ("a must-see"): "if you must watch it" is no praise.
  [['a', 'must', 'see'], 0.6, 'verdict'],
  [['a', 'must', '-', 'see'], 0.6, 'verdict'],
  [['a', 'must', 'watch'], 0.6, 'verdict'],
  [['a', 'must', '-', 'watch'], 0.6, 'verdict'],
  [['worth', 'watching'], 0.6, 'verdict'],
  [['worth', 'seeing'], 0.6, 'verdict'],
  [['worth', 'a', 'watch'], 0.6, 'verdict'],
  [['worth', 'a', 'look'], 0.4, 'verdict'],
  [['worth', 'the', 'watch'], 0.6, 'verdict'],
  [['worth', 'the', 'price'], 0.6, 'verdict'],
  [['worth', 'every', 'penny'], 0.8, 'verdict'],
  [['worth', 'your', 'time'], 0.6, 'verdict'],
  [['worth', 'the', 'time'], 0.6, 'verdict'],
  [['highly', 'recommend'], 0.8, 'verdict'],
  [['highly', 'recommended'], 0.8, 'verdict'],
  [['loved', 'it'], 0.8, 'verdict'],
  [['love', 'this', 'movie'], 0.8, 'verdict'],
  [['love', 'this', 'film'], 0.8, 'verdict'],
  [['loved', 'this', 'movie'], 0.8, 'verdict'],
  [['loved', 'this', 'film'], 0.8, 'verdict'],
  [['enjoyed', 'it'], 0.6, 'verdict'],
  [['enjoyed', 'this', 'movie'], 0.6, 'verdict'],
  [['enjoyed', 'this', 'film'], 0.6, 'verdict'],
  [['hated', 'it'], -0.8, 'verdict'],
  [['hated', 'this', 'movie'], -0.8, 'verdict'],
  [['hated', 'this', 'film'], -0.8, 'verdict'],
  [['made', 'my', 'day'], 0.6, 'verdict'],
  [['waste', 'of', 'time'], -0.8, 'verdict'],
  [['waste', 'of', 'money'], -0.8, 'verdict'],
  [['wastes', 'of', 'money'], -0.8, 'verdict'],
  [['wastes', 'of', 'time'], -0.8, 'verdict'],
  [['waste', 'of', 'film'], -0.8, 'verdict'],
  [['waste', 'of', 'celluloid'], -0.8, 'verdict'],
  [['waste', 'of', 'talent'], -0.6, 'verdict'],
  [['save', 'your', 'money'], -0.6, 'verdict'],
  [['save', 'your', 'time'], -0.6, 'verdict'],
  [['recommend', 'avoiding'], -0.6, 'verdict'],
  [['recommend', 'not', 'watching'], -0.6, 'verdict'],
  [['recommend', 'skipping'], -0.6, 'verdict'],
  [['avoid', 'this', 'movie'], -0.6, 'verdict'],
  [['avoid', 'this', 'film'], -0.6, 'verdict'],
  [['avoid', 'it', 'at', 'all', 'costs'], -0.8, 'verdict'],
  [['skip', 'this', 'one'], -0.6, 'verdict'],
  [['give', 'it', 'a', 'miss'], -0.6, 'verdict'],
  [['falls', 'flat'], -0.6, 'verdict'],
  [['fell', 'flat'], -0.6, 'verdict'],
  [['fall', 'flat'], -0.6, 'verdict'],
];

/**
 * Idioms whose words the lexicon reads the wrong way: "stole the show" is praise of an actor, not a
 * theft; "no wonder" ("no wonder I liked it") holds no opinion; "edge of my seat" is suspense the
 * writer enjoyed. A score of 0 only takes the words' own scores away.
 */
const IDIOMS: readonly ReviewPhrase[] = [
  [['stole', 'the', 'show'], 0.6, 'idiom'],
  [['steals', 'the', 'show'], 0.6, 'idiom'],
  [['steal', 'the', 'show'], 0.6, 'idiom'],
  [['stole', 'every', 'scene'], 0.6, 'idiom'],
  [['steals', 'every', 'scene'], 0.6, 'idiom'],
  [['no', 'wonder'], 0, 'idiom'],
  [['edge', 'of', 'my', 'seat'], 0.6, 'idiom'],
  [['edge', 'of', 'your', 'seat'], 0.6, 'idiom'],
];

/** All the phrases read as wholes. */
export const SENTIMENT_PHRASES: readonly ReviewPhrase[] = [...VERDICTS, ...IDIOMS];

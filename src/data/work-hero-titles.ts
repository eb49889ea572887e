/**
 * Words for the titles named after their hero ("Harry Potter and the Prisoner of Azkaban"; pass
 * `4-hero-and-the.ts`).
 */

/**
 * Head nouns of an office, a rank or a body that news writes after "X and the" to name a second
 * party, not a title ("Ann Lee and the Duke of York", "Tom Vale and the Bank of England", "Ann Lee
 * and the University of Leeds"): before their "of" the run is a list of two.
 */
export const PARTNER_HEADS: ReadonlySet<string> = new Set([
  'duke', 'duchess', 'prince', 'princess', 'king', 'queen', 'earl', 'count', 'countess', 'lord', 'lady', 'bishop',
  'archbishop', 'pope', 'president', 'vice-president', 'secretary', 'minister', 'governor', 'mayor', 'director',
  'head', 'chief', 'chairman', 'chair', 'professor', 'doctor', 'captain', 'general', 'colonel', 'sergeant', 'officer',
  'member', 'members', 'bank', 'museum', 'university', 'council', 'society', 'institute', 'association', 'union',
  'board', 'commission', 'committee', 'court', 'federation', 'department', 'ministry', 'academy', 'college',
  'school', 'house', 'church', 'league', 'club', 'party', 'city', 'state', 'republic', 'government', 'people',
  'band', 'friends', 'family', 'team',
]);

/** Plurals without an "s" ("the Mice of", "the Men of"): a group after "X and the", as a plural with one is. */
export const UNMARKED_PLURALS: ReadonlySet<string> = new Set(['men', 'women', 'children', 'mice', 'geese', 'people', 'feet', 'teeth', 'folk', 'police']);

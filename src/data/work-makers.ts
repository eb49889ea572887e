/**
 * Surnames of film, television and anime makers whom reviews name by the surname alone ("the
 * original Spielberg", "the Kubrick films"), and studios named by one word ("the Ghibli movies"):
 * a lone one of these after a cue names the maker, not a work. Only words that are no common title
 * on their own. Lower case.
 */
export const KNOWN_MAKER_SURNAMES: ReadonlySet<string> = new Set([
  'spielberg', 'kubrick', 'hitchcock', 'scorsese', 'tarantino', 'coppola', 'lucas', 'cameron', 'nolan', 'fincher',
  'eastwood', 'kurosawa', 'miyazaki', 'takahata', 'anno', 'oshii', 'kon', 'shinkai', 'hosoda', 'ozu', 'bergman',
  'fellini', 'godard', 'truffaut', 'welles', 'wilder', 'lynch', 'cronenberg', 'carpenter', 'craven', 'romero', 'raimi',
  'zemeckis', 'burton', 'verhoeven', 'villeneuve', 'anderson', 'coen', 'coens', 'allen', 'polanski', 'leone',
  'bay', 'snyder', 'whedon', 'abrams', 'jackson', 'cuaron', 'cuarón', 'inarritu', 'iñárritu', 'bong',
  'park', 'wong', 'tolkien', 'rowling', 'king', 'dickens', 'austen', 'shakespeare', 'tolstoy', 'urasawa', 'toriyama',
  'oda', 'kishimoto', 'isayama', 'araki', 'tezuka', 'mamet', 'ritchie', 'scott', 'gilliam',
  'ghibli', 'pixar', 'disney', 'dreamworks', 'kyoani', 'ufotable', 'mappa', 'madhouse', 'toei', 'gainax', 'aardman',
]);

/**
 * Nouns of a maker's trade before a name ("the composer Ann Vale's", "director Ann Vale's"): whose
 * possessive they lead owns a work, so the one word after it is that work's title ("composer Ann
 * Vale's Lumen"). Makers of works only, not performers, whose possessive as often owns a part.
 * Lower case.
 */
export const WORK_MAKER_NOUNS: ReadonlySet<string> = new Set([
  'director', 'film-maker', 'filmmaker', 'composer', 'novelist', 'author', 'writer', 'playwright', 'dramatist',
  'screenwriter', 'songwriter', 'poet', 'librettist', 'lyricist', 'animator', 'auteur',
]);

/**
 * Participles of making before "by" ("directed by Ann Vale", "composed by Vane"): the name after
 * "by" is a maker's, as after a maker's noun ({@link WORK_MAKER_NOUNS}). Lower case.
 */
export const WORK_MAKER_VERBS: ReadonlySet<string> = new Set([
  'directed', 'co-directed', 'written', 'co-written', 'composed', 'penned', 'scripted', 'helmed',
]);

/**
 * Prepositions that front a phrase before a clause ("In her latest film, Ann Vale plays"): the
 * capitalised words after that phrase's comma are the clause's subject, not a title. Lower case.
 */
export const FRONTING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'for', 'with', 'on', 'from', 'after', 'since', 'during', 'throughout', 'as', 'like', 'unlike', 'despite', 'before', 'through', 'by',
]);

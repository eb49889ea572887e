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

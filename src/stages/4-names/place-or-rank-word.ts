/**
 * The words that end or fill a run naming a place, a body, a firm, an office, a rank or a date,
 * which no surname is: read by the strong shapes of step 2 and by the full name a describing run
 * leads to.
 */
import { VENUE_WORDS } from '../../data/casting-vocab';
import { HONORIFICS } from '../../data/honorifics';
import { CALENDAR, PLACES_AND_PEOPLES } from '../../data/not-names';
import { ROLE_NOUNS } from '../../data/role-words';
import { FIRM_ENDINGS, NOT_WORK_HEADS } from '../../data/work-cues';

/**
 * True for a word (lower case) that ends or fills a run naming a place, a body, a firm, an office,
 * a rank or a date (`Hyde Park`, `Tyrell Corp`, `Marx Brothers`, `Jedi Master`, `Dallas London`,
 * `Paris Monday`), never a surname after a rarer first name.
 */
export const placeOrRankWord = (l: string): boolean =>
  NOT_WORK_HEADS.has(l) || FIRM_ENDINGS.has(l) || VENUE_WORDS.has(l) || HONORIFICS.has(l) || ROLE_NOUNS.has(l) || PLACES_AND_PEOPLES.has(l) || CALENDAR.has(l);

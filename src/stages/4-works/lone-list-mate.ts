/**
 * Pass 5b's one-word list item: a lone word listed right beside titles ("The Aviator, Million
 * Dollar Baby and Ray", "Die Hard 2 and Cliffhanger") is a title when nothing in the text reads it
 * as a name of a person, a place or a story's character.
 */
import { HONORIFICS } from '../../data/honorifics';
import { PLACES_AND_PEOPLES } from '../../data/not-names';
import { KNOWN_MAKER_SURNAMES } from '../../data/work-makers';
import { isLetter } from '../../text/chars';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import type { WorksContext } from './context';
import { allCaps, isNoTitleWord } from './shapes';

/** Fewest letters of a lone word taken as a title here: shorter ones are initials and codes ("UK", "Mr"). */
const MIN_LETTERS = 3;

/**
 * Most times the text may write the word: a title listed in passing is named once or twice, a
 * character the text follows again and again ("Black Panther and Killmonger" … "Killmonger's plan").
 */
const MAX_MENTIONS = 2;

/**
 * True when the one word of `run`, an item of a list held to titles whose neighbours in the list are
 * all titles found, may be a title itself. Not in talk of animation or music, where a lone word in a
 * list is as often a character or a band ("Naruto, Sasuke and Gaara", "Oasis and Blur"); not a given
 * name, a maker's surname, nor a word the text writes as part of a person's full name or after a
 * maker's noun (a person listed with titles: "Kinsey and Condon"); not a word the text also writes
 * in lower case (a word of the language: "Drama and Comedy") or more than {@link MAX_MENTIONS}
 * times; not one in capitals, with an apostrophe ("I'm"), a place, a body, a date or a title of
 * address.
 */
export function loneListMate(ctx: WorksContext, run: Run): boolean {
  if (run.first !== run.last || ctx.aboutAnimation() || ctx.aboutMusic()) return false;
  const w = ctx.word(run.first);
  const l = w.lower;
  if (!w.capitalised || w.possessive || w.end - w.start < MIN_LETTERS || allCaps(ctx.view, w) || !lettersOnly(l)) return false;
  if (isListedFirstName(l) || KNOWN_MAKER_SURNAMES.has(l) || HONORIFICS.has(l) || PLACES_AND_PEOPLES.has(l) || isNoTitleWord(w)) return false;
  if (ctx.writesLower(l) || ctx.startsOf(l).length > MAX_MENTIONS) return false;
  return !ctx.isSurname(l) && !ctx.leadsFullName(l) && !ctx.followsGivenName(l) && !ctx.namedAsMaker(l);
}

/** True when every character of `lower` is a letter. */
function lettersOnly(lower: string): boolean {
  for (const ch of lower) if (!isLetter(ch)) return false;
  return true;
}

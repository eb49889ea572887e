/**
 * Pass 3d: what an award was won for ("best actor for Ray", "best director prize for Million Dollar
 * Baby", "best album award for Stardust", "won the Oscar for X", "nominated for X"): news of prizes
 * names the work after "best … for" and "won … for".
 */
import { AWARD_PERFORMER_WORDS, AWARD_WORK_WORDS, GENRE_NOUNS, NOT_SUBJECT_TAGS, PRIZE_FIELDS, PRIZE_WORDS, WIN_CUES, WORK_NOUNS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import { GIVEN_NAMES } from '../../data/given-names';
import { FIRST_NAMES, RARE_FIRST_NAMES, WORD_FIRST_NAMES } from '../../text/first-names';
import { isListedFirstName } from '../../text/listed-first-name';
import { firstAtOrAfter } from '../../text/search';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, splitAtJoiners, trimRunEnd } from './cuts';
import { allCaps, endsPhrase, nameShaped, nounQualifies, personShaped, isNoTitleWord, someWord } from './shapes';

/** The most words between "best" and "for" ("best original song award for"). */
const AWARD_REACH = 5;


/**
 * 3d. The titles after "best … for" (the "for" is the word at `i`), in one clause: two capitalised
 * words or more that are not a person's shape ("best director for Mike Leigh" names a person), or
 * one word when the award names a kind of work ("best short film for Wasp", not "best actor for
 * Cheadle"); "for X and Y" lists two.
 */
export function awardFor(ctx: WorksContext, i: number, out: Finding[]): void {
  const { view, words } = ctx;
  const next = words[i + 1];
  if (!next?.capitalised || !next.spaceBefore) return;
  let best = -1;
  let won = -1;
  let ofWork = false;
  for (let k = i - 1; k >= 0 && k >= i - AWARD_REACH; k--) {
    const w = words[k] as Word;
    if (!(words[k + 1] as Word).spaceBefore) return;
    if (w.lower === 'best') {
      best = k;
      break;
    }
    if (WIN_CUES.has(w.lower) && !w.capitalised) {
      won = k;
      break;
    }
    if (w.capitalised && w.lower !== 'best') continue;
    if (WORK_NOUNS.has(w.lower) || GENRE_NOUNS.has(w.lower) || AWARD_WORK_WORDS.has(w.lower)) ofWork = true;
  }
  const full = best >= 0 || won >= 0 ? ctx.runFrom(i + 1) : undefined;
  if (!full) return;
  const cut = trimRunEnd(words, cutLongRun(words, full));
  const items = splitAtJoiners(words, cut, false);
  // A run cut before a preposition may have lost the title's end ("for From Here to Eternity in …").
  const whole = cut.last === full.last;
  for (const item of items) {
    const lone = item.first === item.last ? (words[item.first] as Word) : null;
    // "best actress for Cate Blanchett": a first name leads a person's name.
    // "best actor for Ray.": one word after a performer's category is the work, given name or not.
    const performed = best >= 0 && lone !== null && !ofWork && performerFor(ctx, best, i, item, lone);
    if ((words[item.last] as Word).possessive || nameShaped(words, item) || (!performed && (personShaped(words, item.first, item.last) || FIRST_NAMES.has((words[item.first] as Word).lower)))) continue;
    if (someWord(words, item.first, item.last, isNoTitleWord)) continue;
    if (best >= 0) {
      if (lone && !performed && (!ofWork || GIVEN_NAMES.has(lone.lower) || allCaps(view, lone))) continue;
    } else if (!wonFor(ctx, item, lone, items.length, item === items[items.length - 1], whole)) continue;
    out.push(titleFinding(ctx.formOf(item)));
  }
}

/**
 * True for one word after a performer's category ("best actor for Kinsey.", "best supporting
 * actress for Closer,"): a performer is named by full name first and by surname after, so a word that
 * closes its phrase and is no surname of the text, no word in capitals and no prize is the work the
 * part was in, even when it is a given name ("best actor for Ray.").
 */
function performerFor(ctx: WorksContext, best: number, i: number, item: Run, lone: Word): boolean {
  const { view, words } = ctx;
  let performer = false;
  for (let k = best + 1; k < i; k++) if (AWARD_PERFORMER_WORDS.has((words[k] as Word).lower)) performer = true;
  if (!performer || !endsPhrase(words, item)) return false;
  return !allCaps(view, lone) && !isPrizeWord(lone) && !ctx.isSurname(lone.lower) && !afterFirstName(ctx, lone.lower) && !NOT_SUBJECT_TAGS.has(ctx.posAt(lone.start));
}

/** The most places a word is looked up at to tell whether a first name stands before it. */
const FIRST_NAME_LOOKUPS = 40;

/**
 * True when the text writes `lower` right after a capitalised first name somewhere, even inside a
 * longer run ("The Office's Ricky Gervais … best actor for Gervais"): a surname, not a title.
 */
function afterFirstName(ctx: WorksContext, lower: string): boolean {
  const { words } = ctx;
  const starts = ctx.startsOf(lower);
  for (let n = 0; n < starts.length && n < FIRST_NAME_LOOKUPS; n++) {
    const k = firstAtOrAfter(words, starts[n] as number);
    const before = words[k - 1];
    if (before !== undefined && before.capitalised && (words[k] as Word).spaceBefore && (isListedFirstName(before.lower))) return true;
  }
  return false;
}

/**
 * "won the Oscar for X", "a nomination for X", "nominated for X": with no "best", the prize is
 * often named after "for" ("nominated for Best Actor", "for Oscars", "for Golden Globe awards") or a
 * person is ("a nomination for Staunton"). So no prize word in the title, no noun after it, two
 * words only with a lower-case word between, and one word only alone, when it is no given name, no
 * word in capitals and no surname the text gives a person ("Imelda Staunton").
 */
function wonFor(ctx: WorksContext, item: Run, lone: Word | null, count: number, last: boolean, whole: boolean): boolean {
  const { view, words } = ctx;
  if (someWord(words, item.first, item.last, isPrizeWord)) return false;
  if (last && nounQualifies(ctx, words[item.last + 1], false)) return false;
  // Two words are a person's name as often ("nominations for Don Cheadle"), and one word in a list
  // may be half a title ("for Secrets and Lies and Topsy Turvy").
  if (!lone) return item.last - item.first >= 2 || someWord(words, item.first, item.last, isLowerWord) || (whole && twoWordTitle(ctx, item));
  if (count > 1) return false;
  return !GIVEN_NAMES.has(lone.lower) && !allCaps(view, lone) && !NOT_SUBJECT_TAGS.has(ctx.posAt(lone.start)) && !ctx.isSurname(lone.lower);
}

const isLowerWord = (w: Word): boolean => !w.capitalised;

/** A word of a prize's field or of a category of craft ("Special", "Score"). */
const isCategoryWord = (w: Word): boolean => PRIZE_FIELDS.has(w.lower) || AWARD_WORK_WORDS.has(w.lower);

/**
 * True for two capitalised words that cannot be a person's name: the first is no first name of
 * any list, and the text never writes the second alone, as it would a surname ("won a Bafta for
 * Harbour Lights"; not "for Imelda Staunton", nor "for Okonedo … Okonedo said"), nor a category
 * of craft or a prize's field ("for Special Effects").
 */
function twoWordTitle(ctx: WorksContext, item: Run): boolean {
  const a = ctx.word(item.first);
  const b = ctx.word(item.last);
  if (item.last !== item.first + 1 || isListedFirstName(a.lower) || WORD_FIRST_NAMES.has(a.lower) || RARE_FIRST_NAMES.has(a.lower)) return false;
  // A category won in ("for Special Effects", "for Original Score") is no work.
  if (isCategoryWord(a) || isCategoryWord(b)) return false;
  return !ctx.standsAlone(b.lower);
}

/** A prize or a category of one ("Oscar", "Baftas", "Best", "Awards"): no word of a title won for. */
const isPrizeWord = (w: Word): boolean => PRIZE_WORDS.has(w.lower);

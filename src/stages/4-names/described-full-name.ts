/**
 * A full name after capitalised words that say who the named one is, in one run: a people's word
 * (`New Zealander Ann Vale`), a band member's noun (`Beach Boy Ben Ode`, `Beatle Ben Ode`), an
 * office, a trade or a noun of a person written in capitals (`Police Chief Ann Vale`, `Crocodile
 * Hunter Ben Ode`). News writes such a phrase before the full name it introduces; the phrase is no
 * part of the name, and the name starts at its given name.
 */
import { KOREAN_FAMILY_NAMES, KOREAN_FAMILY_NAMES_AMBIGUOUS } from '../../data/korean-names';
import { BAND_MEMBER_NOUNS, LEADING_NON_NAME_POS, NAME_PARTICLES, NAMED_PERSON_NOUNS } from '../../data/name-cue-words';
import { OFFICE_NOUNS } from '../../data/name-kind-features';
import { JOB_LEAD_WORDS, JOB_WORD_ENDING } from '../../data/not-names';
import { ROLE_NOUNS } from '../../data/role-words';
import { isInitialism } from '../../text/chars';
import { RARE_FIRST_NAMES, WORD_FIRST_NAMES } from '../../text/first-names';
import type { Word } from '../../text/words';
import { isModelWord } from '../../wink';
import { isHyphenatedName, isInitial, isListedFirstName, isStopWord, NATIONALITY_ENDING, type NameContext } from './context';
import type { Candidate } from './piece';
import { placeOrRankWord } from './place-or-rank-word';

/** The fewest letters of a word read as a noun of a person by its ending alone (`hunter`, `Zealander`; not `super`). */
const MIN_ENDING_NOUN = 6;

/**
 * True when word `k` may describe the one a full name after it names: capitalised, two letters or
 * more, no acronym (`JK`, `AR`: a name's initials run together), no initial, no function word or
 * verb by its tag, no given name of any list, no Korean family name (`Song Kang Ho` is written
 * family name first) and no hyphenated given name. The run's first word is no given name that is
 * also a word (`Bonny`, `Royal`) or a rarer one either: there it leads the name itself.
 */
function describingWord(ctx: NameContext, k: number, lead: boolean): boolean {
  const w = ctx.words[k] as Word;
  const text = ctx.input.view.slice(w.start, w.end);
  if (!w.capitalised || w.possessive || w.end - w.start < 2 || isInitialism(text) || isInitial(w)) return false;
  if (LEADING_NON_NAME_POS.has(ctx.pos[k] ?? '') || isListedFirstName(w.lower) || KOREAN_FAMILY_NAMES.has(w.lower) || KOREAN_FAMILY_NAMES_AMBIGUOUS.has(w.lower)) return false;
  if (w.hyphenated && isHyphenatedName(text)) return false;
  return !lead || (!WORD_FIRST_NAMES.has(w.lower) && !RARE_FIRST_NAMES.has(w.lower));
}

/**
 * True when `lower` names a person, as the last word of a phrase before a full name must: a noun of
 * a person, a job, an office or a trade the lists hold (`chief`, `boy`, `boss`, `comic`), a band
 * member's noun ({@link BAND_MEMBER_NOUNS}), a people's word by its ending (`Swedish`), or a word
 * of six letters or more with a doer's or a people's ending (`hunter`, `Zealander`, `Australian`).
 * Not a word that leads a place's or a work's name (`Santa Barbara …`, `Super Mario …`, `Whole Lotta …`).
 */
function personNoun(lower: string): boolean {
  if (NAMED_PERSON_NOUNS.has(lower) || OFFICE_NOUNS.has(lower) || JOB_LEAD_WORDS.has(lower) || ROLE_NOUNS.has(lower) || BAND_MEMBER_NOUNS.has(lower)) return true;
  return NATIONALITY_ENDING.test(lower) || (lower.length >= MIN_ENDING_NOUN && JOB_WORD_ENDING.test(lower));
}

/**
 * True when word `k` ends a full name as its surname: capitalised, two letters or more, no
 * acronym, no word the text writes in lower case, no stop word (a place, a body, a people) and no
 * word of a place, a firm, an office or a rank (`Albert Hall`, `Barbara County`); a word of the
 * language only where the tagger reads it as a proper noun.
 */
function surnameAt(ctx: NameContext, k: number): boolean {
  const w = ctx.words[k] as Word;
  const text = ctx.input.view.slice(w.start, w.end);
  if (!w.capitalised || w.end - w.start < 2 || isInitialism(text) || ctx.lowerWords.has(w.lower)) return false;
  if (isStopWord(w.lower) || placeOrRankWord(w.lower)) return false;
  return ctx.pos[k] === 'PROPN' || !isModelWord(w.lower);
}

/**
 * The word where the full name starts in piece `p` of three or four words when the words before it
 * describe the one named ({@link describingWord}), the last of them a noun of a person
 * ({@link personNoun}), and a listed given name (no particle: `Di`, `La`), at most one middle
 * initial and a surname ({@link surnameAt}) end the piece; -1 otherwise, and for a titled piece,
 * whose title the names stage reads on its own.
 */
export function describedNameStart(ctx: NameContext, p: Candidate): number {
  if (p.titled || p.last - p.first < 2) return -1;
  let k = p.first;
  while (k < p.last && !isListedFirstName((ctx.words[k] as Word).lower)) {
    if (!describingWord(ctx, k, k === p.first)) return -1;
    k++;
  }
  if (k === p.first || k === p.last || !personNoun((ctx.words[k - 1] as Word).lower)) return -1;
  const given = ctx.words[k] as Word;
  if (given.possessive || NAME_PARTICLES.has(given.lower) || ctx.lowerWords.has(given.lower)) return -1;
  // The given name, one middle initial at most, the surname.
  if (p.last - k > 2 || (p.last - k === 2 && !isInitial(ctx.words[k + 1] as Word))) return -1;
  return surnameAt(ctx, p.last) ? k : -1;
}

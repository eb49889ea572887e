/**
 * Step 1: the candidate names, runs of capitalised words (at most four), split at organisations,
 * places, calendar words and other capitalised non-names. An honorific joins the word after it
 * (`Mrs.Park`); a listed first name goes on past middle initials and particles (`Edward G.
 * Robinson`, `Olivia de Havilland`); a word that only describes a listed first name after it
 * (`Dutch-born`, `Late`), or says where from before any name (`London-based Levy`, ending a run
 * before it: `New Zealand-born Campbell`), is left out; a Korean full name may hold syllables that are stop words
 * elsewhere (`Oh Eun Ji`). Words right before a score (`Enjoyment: 9`) label a rating aspect and
 * are no piece. A suffix of likeness ends a name (`a John Woo-style shootout` names `John Woo`).
 */
import { HONORIFICS, NAME_TITLES, OFFICE_TITLES, RANK_TITLES } from '../../data/honorifics';
import { KOREAN_FAMILY_NAMES, KOREAN_FAMILY_NAMES_AMBIGUOUS } from '../../data/korean-names';
import { NOT_AFTER_SURNAME, NOT_BEFORE_SURNAME, SURNAME_TAGS } from '../../data/lone-surname-tags';
import { AFTER_INITIAL_BREAK_POS, NAME_PARTICLES, VERSUS_WORDS } from '../../data/name-cue-words';
import { CALENDAR, COMPASS_LEADS, NATION_SURNAMES, ORGANISATIONS, PLACE_NAME_ENDS, PLACES_AND_PEOPLES, STOP_WORD_SURNAMES } from '../../data/not-names';
import { PLAYED_BY_VERBS, ROLE_NOUNS } from '../../data/role-words';
import { STYLE_SUFFIXES } from '../../data/work-cues';
import { codeAt, COLON, EN_DASH, HYPHEN, hyphenParts, isDigitCode, OPEN_BRACKET, SLASH, SPACE, TAB } from '../../text/chars';
import { RARE_FIRST_NAMES, WORD_FIRST_NAMES } from '../../text/first-names';
import { isKoreanFullName } from '../../text/korean';
import type { Word } from '../../text/words';
import { isModelWord } from '../../wink';
import { describesNameAfter, isAgeWord, isHyphenatedName, isInitial, isListedFirstName, isStopWord, isStopWordByEndingOnly, MAX_NAME_WORDS, NATIONALITY_ENDING, type NameContext } from './context';
import { isKnownTitleRun } from './known-title-runs';
import type { Candidate } from './piece';
import { breaksPhrase } from '../../text/phrase-break';

/** Words in a Korean full name starting at word `i` (3 or 2), or 0. */
function koreanNameAt(ctx: NameContext, i: number): number {
  const family = ctx.words[i] as Word;
  if (!family.capitalised || (!KOREAN_FAMILY_NAMES.has(family.lower) && !KOREAN_FAMILY_NAMES_AMBIGUOUS.has(family.lower))) return 0;
  // Three words, then two (loops, not callbacks: this runs at every capitalised "In", "So", "To").
  for (let n = 3; n >= 2; n--) {
    if (!nameWordsAt(ctx.words, i, n, ctx.workMask)) continue;
    const texts: string[] = [];
    for (let k = 0; k < n; k++) {
      const w = ctx.words[i + k] as Word;
      texts.push(ctx.input.view.slice(w.start, w.end));
    }
    if (isKoreanFullName(texts)) return n;
  }
  return 0;
}

/** True when `n` words from `i` can be one name: capitalised, unmasked, one space apart, no `’s` inside. */
function nameWordsAt(words: readonly Word[], i: number, n: number, blocked: Uint8Array): boolean {
  if (i + n > words.length) return false;
  for (let k = 0; k < n; k++) {
    const w = words[i + k] as Word;
    if (!w.capitalised || blocked[w.start] || (k > 0 && !w.spaceBefore) || (k < n - 1 && w.possessive)) return false;
  }
  return true;
}

/** The gap after an initial: its dot, then one space or none ("G. Robinson", "H.B."). */
const initialGap = (gap: string): boolean => gap === '.' || gap === '. ';

/** A capitalised, unmasked word at `k`, one space after the word before it: the rest of a surname. */
function nextIsSurname(words: readonly Word[], k: number, blocked: Uint8Array): boolean {
  const w = words[k];
  return w !== undefined && w.capitalised && w.spaceBefore && !blocked[w.start] && w.end - w.start > 1;
}

/**
 * True when word `i + 1`, a stop word, is the surname of the first name at word `i`: a firm's name
 * or an -ese/-ish word after a first name of the lists, or a word of {@link STOP_WORD_SURNAMES}
 * after any first name, rare ones too ("Kanye West", "Stephen King", "Brian May"), though a
 * country after a rare first name or one that is also a word is a place ("Tudor England"). A first name
 * that is also a word must be tagged a proper noun, not open its sentence ("Dawn French", "Jack
 * London"; not "Will English", where "Will" may open a question), and a month before a number
 * dates ("Ella May 5"). The stop word is the one at `at`: right after the first name, or after
 * its middle initials ("Michael J. Fox").
 */
function surnameAfterFirst(ctx: NameContext, i: number, at: number = i + 1): boolean {
  const { words } = ctx;
  const first = words[i] as Word;
  const next = (words[at] as Word).lower;
  const listed = isListedFirstName(first.lower);
  const wordName = WORD_FIRST_NAMES.has(first.lower);
  if (STOP_WORD_SURNAMES.has(next)) {
    if (!listed && !wordName && !RARE_FIRST_NAMES.has(first.lower)) return false;
    if ((wordName || !listed) && NATION_SURNAMES.has(next)) return false;
    if (wordName && (ctx.pos[i] !== 'PROPN' || ctx.sentenceStarts.has(first.start))) return false;
    const after = words[i + 2];
    return !(CALENDAR.has(next) && after !== undefined && isDigitCode(ctx.input.view.charCodeAt(after.start)));
  }
  if (!listed && !wordName) return false;
  return ORGANISATIONS.has(next) || (!PLACES_AND_PEOPLES.has(next) && NATIONALITY_ENDING.test(next));
}

/**
 * True when word `i`, a stop word that is also a listed given name (`Oscar`, a prize; `Emmy`;
 * `Asia`), opens a full name: it stands alone, not after a capitalised word (`San Francisco`), and
 * one space parts it from a capitalised word that is no stop word, no role noun and no word of the
 * language (`Oscar Isaac`, `Oscar Wilde`; not `Oscar Winner`, `Easter Special`).
 */
function givenNameBeforeSurname(ctx: NameContext, i: number): boolean {
  const { words } = ctx;
  const w = words[i] as Word;
  const next = words[i + 1];
  const before = words[i - 1];
  if (next === undefined || w.possessive || !next.capitalised || !next.spaceBefore) return false;
  if (before !== undefined && before.capitalised && w.spaceBefore) return false;
  if (!isListedFirstName(w.lower) || isStopWord(next.lower) || ROLE_NOUNS.has(next.lower) || isModelWord(next.lower)) return false;
  return !ctx.workMask[w.start] && !ctx.workMask[next.start];
}

/**
 * True when every word after word `i` up to word `last` is a middle initial or a listed given name
 * ("Michael J.", "Mary J.", "Martin Luther"): a surname may follow them as it may a first name.
 */
function initialsAfter(words: readonly Word[], i: number, last: number): boolean {
  for (let k = i + 1; k <= last; k++) {
    const w = words[k] as Word;
    if (!isInitial(w) && !(w.capitalised && !w.possessive && isListedFirstName(w.lower))) return false;
  }
  return last > i;
}

/**
 * The stop words that end a full name somewhere in the text ("West" after "Kanye West", "Fox" after
 * "Edward Fox": {@link surnameAfterFirst}), read in one pass before the pieces, so the same word
 * alone elsewhere may be that person ({@link loneSurnameAt}).
 */
function stopWordSurnames(ctx: NameContext): Set<string> {
  const { words } = ctx;
  const found = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    const next = words[i + 1] as Word;
    if (!w.capitalised || w.possessive || !next.capitalised || !next.spaceBefore || !isStopWord(next.lower)) continue;
    if (!ctx.workMask[w.start] && !ctx.workMask[next.start] && surnameAfterFirst(ctx, i)) found.add(next.lower);
  }
  // A firm named for its founder ("Walt Disney" … "good Disney films", "at Disney"): where the text
  // writes the firm's name alone as a firm once, it is the firm everywhere it stands alone.
  for (let i = 0; i < words.length && found.size > 0; i++) {
    const w = words[i] as Word;
    if (!w.capitalised || !found.has(w.lower) || STOP_WORD_SURNAMES.has(w.lower) || !ORGANISATIONS.has(w.lower)) continue;
    if (words[i - 1]?.capitalised && w.spaceBefore) continue;
    if (firmContext(ctx, i)) found.delete(w.lower);
  }
  return found;
}

/**
 * The words of `surnames` ({@link stopWordSurnames}) that are stop words by their ending alone and
 * that the text never writes in lower case: a nationality or a language the text names is listed
 * or written small somewhere ("japanese"), so a capitalised word of that ending which ends a full
 * name ("Martin Scorsese") is that family name wherever it stands, after a preposition too ("for
 * Scorsese"), as any other family name is.
 */
function endingSurnames(ctx: NameContext, surnames: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const s of surnames) if (isStopWordByEndingOnly(s) && !ctx.lowerWords.has(s)) out.add(s);
  return out;
}

/**
 * True when the words joined to word `i` make it a firm's name: a preposition, an article or an
 * adjective before it (`at Disney`, `good Disney`), or a noun after it (`Disney films`).
 */
function firmContext(ctx: NameContext, i: number): boolean {
  const { words } = ctx;
  const w = words[i] as Word;
  const before = words[i - 1];
  const after = words[i + 1];
  if (before !== undefined && w.spaceBefore && blankBetween(ctx.input.view, before.end, w.start) && NOT_BEFORE_SURNAME.has(ctx.pos[i - 1] ?? '')) return true;
  return after !== undefined && !w.possessive && blankBetween(ctx.input.view, w.end, after.start) && !after.capitalised && ctx.pos[i + 1] === 'NOUN';
}

/**
 * True when the stop word at `i` stands alone for the full name it ends elsewhere in the text
 * ("West said", "May's guitar", "Fox told" after "Kanye West", "Brian May", "Edward Fox"): no verb, no capitalised word joined
 * on either side, no preposition, article or adjective before it, and no noun, adjective,
 * preposition or number after it, where it names a place, a people or a date ("in May", "French
 * films", "King of Spain").
 */
function loneSurnameAt(ctx: NameContext, i: number, surnames: ReadonlySet<string>): boolean {
  return surnames.has((ctx.words[i] as Word).lower) && SURNAME_TAGS.has(ctx.pos[i] ?? '') && surnameContext(ctx, i);
}

/**
 * True when the words around word `i` let it stand for a person ({@link loneSurnameAt}): no
 * capitalised word, preposition, article or adjective joined before it, and no noun, adjective,
 * preposition or number joined after it.
 */
function surnameContext(ctx: NameContext, i: number): boolean {
  const { words } = ctx;
  const w = words[i] as Word;
  // Only the words joined to it by a space qualify it: not across a quote mark or a comma.
  const before = words[i - 1];
  const after = words[i + 1];
  if (before !== undefined && w.spaceBefore && blankBetween(ctx.input.view, before.end, w.start) && (before.capitalised || NOT_BEFORE_SURNAME.has(ctx.pos[i - 1] ?? ''))) return false;
  if (after === undefined || w.possessive || !blankBetween(ctx.input.view, w.end, after.start)) return true;
  return !after.capitalised && !NOT_AFTER_SURNAME.has(ctx.pos[i + 1] ?? '') && !isDigitCode(ctx.input.view.charCodeAt(after.start));
}

/** True when only spaces or tabs lie between offsets `from` and `to`. */
function blankBetween(view: string, from: number, to: number): boolean {
  return skipBlanks(view, from) >= to;
}

/** Index of the first character at or after `i` that is not a space or a tab. */
function skipBlanks(view: string, i: number): number {
  let k = i;
  for (let c = codeAt(view, k); c === SPACE || c === TAB; c = codeAt(view, k)) k++;
  return k;
}

/**
 * True when a score follows offset `end`: a colon, dash or bracket, then a number of one or two
 * digits (`Enjoyment: 9`, `Overall - 7`, `Sound (8/10)`). The words before it label a rating
 * aspect, not a person. In a bracket the number must be a fraction, since `Name (52)` gives an
 * age; a year (`(1998)`) has too many digits for a score.
 */
export function scoreFollows(view: string, end: number): boolean {
  let k = skipBlanks(view, end);
  const mark = codeAt(view, k);
  if (mark !== COLON && mark !== OPEN_BRACKET && mark !== HYPHEN && mark !== EN_DASH) return false;
  k = skipBlanks(view, k + 1);
  const bracket = mark === OPEN_BRACKET || codeAt(view, k) === OPEN_BRACKET;
  if (mark !== OPEN_BRACKET && codeAt(view, k) === OPEN_BRACKET) k = skipBlanks(view, k + 1);
  const digits = k;
  while (k - digits < 3 && k < view.length && isDigitCode(view.charCodeAt(k))) k++;
  const n = k - digits;
  if (n === 0 || n > 2) return false;
  return bracket ? codeAt(view, skipBlanks(view, k)) === SLASH : true;
}

/**
 * True when word `k` is a role noun in the singular, not a title, with a capitalised word right
 * after it (`DJ Ann`): the role names the person after it, so no name runs on through it. A plural
 * one names a body (`Screen Actors Guild`).
 */
function roleBeforeName(ctx: NameContext, k: number): boolean {
  const { words } = ctx;
  const w = words[k] as Word;
  const next = words[k + 1];
  if (!ROLE_NOUNS.has(w.lower) || (w.lower.endsWith('s') && !w.lower.endsWith('ss')) || HONORIFICS.has(w.lower) || w.possessive || next === undefined) return false;
  return next.capitalised && ctx.input.view.slice(w.end, next.start) === ' ';
}

/**
 * True when word `k` is a title with a name right after it, one space apart: any name after a
 * polite title or a rank (`Sir Paul`, `Inspector Ray Moss`, `Admiral Holdo`), which mark a titled
 * name as someone's wherever it stands, and a full name after a style (`Master Qui-Gon Jinn`). A
 * style before one word (`Jedi Master Yoda`) is read with the words before it, as the name's own.
 */
function titleBeforeName(ctx: NameContext, k: number): boolean {
  const { words } = ctx;
  const w = words[k] as Word;
  const next = words[k + 1];
  if (!HONORIFICS.has(w.lower) || w.possessive || next === undefined || !next.capitalised || ctx.input.view.slice(w.end, next.start) !== ' ') return false;
  return NAME_TITLES.has(w.lower) || RANK_TITLES.has(w.lower) || twoNameWordsAt(ctx, k + 1);
}

/** Quote marks that may open a run quoted as the form the writer gives a name in (`“Agent Ann Vale” (actor)`). */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '«']);

/**
 * True when word `k` is an office before a full name, one space apart (`Minister Ann Vale`,
 * `President Ben Ode`), in a run that starts at word `runStart` outside quote marks: the name
 * starts after the office, and any words before the office in the run qualify it (`Prime`,
 * `Culture`), not a name. A quoted run is the form the writer names someone by, office and all.
 */
function officeBeforeFullName(ctx: NameContext, k: number, runStart: number): boolean {
  const w = ctx.words[k];
  const next = ctx.words[k + 1];
  if (w === undefined || next === undefined || !OFFICE_TITLES.has(w.lower) || w.possessive || isStopWord(next.lower)) return false;
  if (OPENING_MARKS.has(ctx.input.view.charAt(((ctx.words[runStart] as Word).start) - 1))) return false;
  return ctx.input.view.slice(w.end, next.start) === ' ' && twoNameWordsAt(ctx, k + 1);
}

/** True when words `k` and `k + 1` are capitalised, one space apart, the first no possessive: a name of two words at least starts at `k`. */
function twoNameWordsAt(ctx: NameContext, k: number): boolean {
  const w = ctx.words[k];
  const next = ctx.words[k + 1];
  return w !== undefined && next !== undefined && w.capitalised && !w.possessive && next.capitalised && ctx.input.view.slice(w.end, next.start) === ' ';
}

/** Gaps a rank or an office leaves before the word after it: one space, or its abbreviation's dot and a space (`Det. Supt.`). */
const titleGap = (gap: string): boolean => gap === ' ' || gap === '. ';

/**
 * True when word `k` is a rank or an office of the forces, the police, the church or the state
 * ({@link RANK_TITLES}, {@link OFFICE_TITLES}) right before another and a full name (`Detective
 * Inspector Ray Moss`, `Det Supt Ann Vale`): the first qualifies the second, both name the post,
 * and the name starts after them. Not a royal, family or trade title (`Queen`, `Uncle`, `Coach`).
 */
function rankBeforeRank(ctx: NameContext, k: number): boolean {
  const { words, input } = ctx;
  const w = words[k] as Word;
  const next = words[k + 1];
  const after = words[k + 2];
  const post = (x: Word): boolean => RANK_TITLES.has(x.lower) || OFFICE_TITLES.has(x.lower);
  if (next === undefined || after === undefined || w.possessive || next.possessive || !next.capitalised || !post(w) || !post(next)) return false;
  return titleGap(input.view.slice(w.end, next.start)) && titleGap(input.view.slice(next.end, after.start)) && twoNameWordsAt(ctx, k + 2);
}

/** True when word `i` leads a place's name of two words (`Los Angeles`, `Hong Kong`): the word after it ends one. */
function placeNameLead(ctx: NameContext, i: number): boolean {
  const w = ctx.words[i] as Word;
  const next = ctx.words[i + 1];
  return next !== undefined && next.capitalised && PLACE_NAME_ENDS.has(next.lower) && ctx.input.view.slice(w.end, next.start) === ' ';
}

/**
 * True when word `i` is a point of the compass that opens a place's name (`North Carolina`, `East
 * Blue`): a capitalised word one space after it. Such a point reaches a run only where it opens
 * one: after a given name the run has taken it as a surname (`Oliver North`).
 */
function compassLead(ctx: NameContext, i: number): boolean {
  const w = ctx.words[i] as Word;
  const next = ctx.words[i + 1];
  return COMPASS_LEADS.has(w.lower) && !w.possessive && next !== undefined && next.capitalised && ctx.input.view.slice(w.end, next.start) === ' ';
}

/**
 * Letters of the suffix of likeness that ends word `w` (`-like` of `Rockwell-like`, `-style` of
 * `John Woo-style`, `-esque` of `Kubrick-esque`: {@link STYLE_SUFFIXES}), with its hyphen; 0 when
 * there is none or nothing stands before it. Such a word makes a comparison: the name is the part
 * before the hyphen, as a reader names the one compared with.
 */
function likenessSuffix(w: Word): number {
  if (!w.hyphenated) return 0;
  const hyphen = w.lower.lastIndexOf('-');
  return hyphen > 0 && STYLE_SUFFIXES.has(w.lower.slice(hyphen + 1)) ? w.lower.length - hyphen : 0;
}

/**
 * True when every part of hyphenated word `w` is a word the text writes in lower case elsewhere
 * (`hit-man`, `set-top`): a compound of common words, not a romanised given name (`bae-soo`).
 */
function partsAreWords(ctx: NameContext, w: Word): boolean {
  for (const part of hyphenParts(w.lower)) if (!ctx.lowerWords.has(part)) return false;
  return true;
}

/** How many lower-case words may stand between a bracket's capitalised casting verb and its `by` ("(Voiced with skill by A)"). */
const MAX_WORDS_BEFORE_BY = 3;

/**
 * True when word `i` opens a bracket (`(` right before it) with the passive of a casting verb, its
 * first word capitalised as careless typing leaves it: the verb, a few lower-case words and `by`
 * ("(Voiced by A)", "(Played with relish by A)"), or a manner adverb before the verb ("(Brilliantly
 * played by A)"). The word starts a casting phrase, not a name.
 */
function castingBracketOpener(ctx: NameContext, i: number): boolean {
  const { words, input } = ctx;
  const w = words[i] as Word;
  if (input.view[w.start - 1] !== '(' && !(input.view[w.start - 1] === ' ' && input.view[w.start - 2] === '(')) return false;
  const next = words[i + 1];
  if (next === undefined || next.capitalised) return false;
  if (!PLAYED_BY_VERBS.has(w.lower)) return w.lower.endsWith('ly') && ctx.pos[i] === 'ADV' && PLAYED_BY_VERBS.has(next.lower);
  for (let k = i + 1; k < words.length && k <= i + 1 + MAX_WORDS_BEFORE_BY; k++) {
    const x = words[k] as Word;
    const gap = input.view.slice((words[k - 1] as Word).end, x.start);
    if (x.capitalised || breaksPhrase(gap) || gap.includes(',')) return false;
    if (x.lower === 'by') return true;
  }
  return false;
}

/** Step 1: the capitalised pieces of the text, in order, none inside a work mention. */
export function findPieces(ctx: NameContext): Candidate[] {
  const { words, input, workMask: blocked } = ctx;
  const pieces: Candidate[] = [];
  const surnames = stopWordSurnames(ctx);
  const namesByEnding = endingSurnames(ctx, surnames);
  // The title a run of describing words stopped before ("Jedi Master Qui-Gon Jinn"): -1 when none.
  let describedTitle = -1;
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    if (!w.capitalised) {
      i++;
      continue;
    }
    const lower = w.lower;
    // A Korean full name may hold syllables that are stop words elsewhere ("Oh Eun Ji", "Kim So Eun").
    const korean = koreanNameAt(ctx, i);
    if (korean > 0) {
      const end = (words[i + korean - 1] as Word).end;
      if (!scoreFollows(input.view, end)) pieces.push({ first: i, last: i + korean - 1, start: w.start, end, titled: false });
      i += korean;
      continue;
    }
    // A role noun ("Filmmaker Lee Jae-Gyu") is no part of the name; step 3 reads it as a cue. A
    // capitalised title that is also a role noun ("Father Roch", "Captain Rod Cody") is the name's.
    const title = HONORIFICS.has(lower);
    // "West said" after "Kanye West": the family name alone, however the word reads elsewhere.
    if (!blocked[w.start] && loneSurnameAt(ctx, i, surnames)) {
      if (!scoreFollows(input.view, w.end)) pieces.push({ first: i, last: i, start: w.start, end: w.end, titled: false });
      i++;
      continue;
    }
    // An age ("Ten-year-olds") names nobody, wherever it stands.
    if (blocked[w.start] || (isStopWord(lower) && !namesByEnding.has(lower) && !title && !givenNameBeforeSurname(ctx, i)) || (ROLE_NOUNS.has(lower) && !title) || VERSUS_WORDS.has(lower) || isAgeWord(w)) {
      // "North Carolina", "East Blue": the word after the point is the place's, no name.
      i += !blocked[w.start] && compassLead(ctx, i) ? 2 : 1;
      continue;
    }
    // "Prime Minister Ann Vale": the office before a full name is no part of it.
    if (!blocked[w.start] && officeBeforeFullName(ctx, i, i)) {
      i++;
      continue;
    }
    // "Dutch-born Anton Vale", "Late Ada Brook": the describing word is no part of the name, nor
    // is a bracket's capitalised casting verb ("(Voiced by A)").
    if (describesNameAfter(w, words[i + 1], input.view) || castingBracketOpener(ctx, i)) {
      i++;
      continue;
    }
    let last = i;
    let titled = false;
    // A rank or style after describing words before a full name ("Chief Inspector Ray Moss", "Jedi
    // Master Qui-Gon Jinn") is part of a role phrase, not a form of address: the name starts after
    // it. Before one word ("Vice Admiral Holdo") it is the form the text calls them by, and a polite
    // title ("Sir", "Dr") is always the name's.
    // "Detective Inspector Ray Moss", "Det Supt Ann Vale": a rank or an office before another and a
    // full name qualifies the one after it, as the describing words before a rank do above.
    if (title && !blocked[w.start] && rankBeforeRank(ctx, i)) {
      describedTitle = i + 1;
      i++;
      continue;
    }
    if (title && i === describedTitle && !NAME_TITLES.has(lower) && twoNameWordsAt(ctx, i + 1)) {
      i++;
      continue;
    }
    if (title) {
      const next = words[i + 1];
      const gap = next ? input.view.slice(w.end, next.start) : '';
      if (!next || !next.capitalised || !(gap === ' ' || gap === '.' || gap === '. ')) {
        i++;
        continue;
      }
      titled = true;
      last = i + 1;
    }
    // A listed first name may go on past a middle initial ("Edward G. Robinson", "H.B. Warner")
    // and a lower-case particle ("Olivia de Havilland", "Leonardo da Vinci").
    const listedFirst = !titled && isListedFirstName(lower);
    // Set when the run stops before a role noun or a title: its words describe the one named after
    // it ("Harbour Radio DJ Ann Vale", "Acme Films Chief Ben Ode"), a firm or a place, unless a given
    // name leads them ("Tom Hanks Star Of …" in a headline).
    let describesRole = false;
    // Set when the run stops before an office past its second word: its words name where the
    // office is held even when a given name leads them.
    let describesOffice = false;
    while (last + 1 < words.length && last - i + 1 < MAX_NAME_WORDS) {
      const next = words[last + 1] as Word;
      const cur = words[last] as Word;
      // "Jeon bae-soo" goes on past a romanised given name in lower case; "hit-man", "set-up",
      // whose parts the text writes as words of their own, are no part of a name.
      const lowerGivenName = !next.capitalised && next.hyphenated && isHyphenatedName(input.view.slice(next.start, next.end)) && !partsAreWords(ctx, next);
      const particle = listedFirst && last - i + 2 < MAX_NAME_WORDS && !next.capitalised && next.spaceBefore && NAME_PARTICLES.has(next.lower) && nextIsSurname(words, last + 2, blocked);
      if (particle && !blocked[next.start]) {
        last++;
        continue;
      }
      // "Malcolm X. Later he …": a function word or an adverb after the initial's stop opens the
      // next sentence, which the tagger did not split there; the initial ends the name.
      const afterInitial = (listedFirst || last > i || isInitial(w)) && isInitial(cur) && next.capitalised && !ctx.sentenceStarts.has(next.start) && initialGap(input.view.slice(cur.end, next.start)) && !AFTER_INITIAL_BREAK_POS.has(ctx.pos[last + 1] ?? '');
      // "Sasuke VS Itachi": the two sides of a fight or a match are two names.
      if ((!next.capitalised && !lowerGivenName) || !(next.spaceBefore || afterInitial) || cur.possessive || blocked[next.start] || likenessSuffix(cur) > 0 || VERSUS_WORDS.has(next.lower) || isAgeWord(next)) break;
      // "New Zealand-born Ann Vale": a word that describes the name after it ends the run before it.
      if (next.hyphenated && describesNameAfter(next, words[last + 2], input.view)) break;
      // "Megan Fox", "Harrison Ford", "Dominic Chianese": a firm's name or a word with a
      // nationality's ending right after a first name is its surname.
      // "Michael J. Fox": so is one after the first name's middle initials.
      if (isStopWord(next.lower) && !((last === i || (listedFirst && initialsAfter(words, i, last))) && surnameAfterFirst(ctx, i, last + 1))) break;
      // "Rock DJ Ann Vale", "Acclaimed Director Ben Ode": a role noun before a capitalised word
      // ends the words that describe; the name starts after it and step 3 reads the role as a cue.
      // Not after a lone given name: there the noun is a middle name or surname ("John Singer
      // Sargent"), unless another role noun follows ("Hugo Boss Chief Executive Ann Vale").
      const middleName = last === i && listedFirst && !ROLE_NOUNS.has((words[last + 2] as Word | undefined)?.lower ?? '');
      // "Jedi Master Qui-Gon Jinn", "Marine Captain Kuro": a title before a capitalised word inside
      // the run starts the name, and the words before it describe the one it names, unless a listed
      // given name leads them: there the title word is a surname or a middle name ("Stephen King").
      const titleNext = !listedFirst && titleBeforeName(ctx, last + 1);
      // An office two words or more into the run is no surname of a given name that leads it
      // ("Jefferson Parish Sheriff Ann Vale"): the words before it name where the office is held.
      const officeNext = (!listedFirst || last > i) && officeBeforeFullName(ctx, last + 1, i);
      if ((!middleName && roleBeforeName(ctx, last + 1)) || titleNext || officeNext) {
        describesRole = true;
        describesOffice = officeNext && last > i;
        if (titleNext) describedTitle = last + 1;
        break;
      }
      last++;
    }
    const first = words[i] as Word;
    const lastWord = words[last] as Word;
    // "a Noel Coward-like Freddy", "a John Woo-style shootout": the name ends before the suffix of
    // likeness, and the next name starts after it.
    const end = lastWord.end - likenessSuffix(lastWord);
    // A rating aspect's label ("Enjoyment: 9") is no mention; the same words elsewhere still are.
    // A known title of several words names a work, not someone, even without its colon.
    const describer = describesRole && (!listedFirst || describesOffice);
    if (last === i && !titled && placeNameLead(ctx, i)) {
      i++;
      continue;
    }
    if (!describer && !scoreFollows(input.view, end) && !(last > i && isKnownTitleRun(input.view.slice(first.start, end)))) pieces.push({ first: i, last, start: first.start, end, titled });
    i = last + 1;
  }
  return pieces;
}

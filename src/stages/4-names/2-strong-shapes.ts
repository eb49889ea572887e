/**
 * Step 2: what each piece's shape says. A strong piece is a name at one mention: a title
 * (`Dr. Watson`), a hyphenated romanised given name (`Cheong-San`, `Jeon bae-soo`), a Korean or
 * English full name (`Kim Mi So`, `Kate Winslet`), a script speaker, a cited line's speaker after a
 * dash (`"…" – Name`: `quote-dash-speaker.ts`), a run led by a listed first
 * name (`Daphne Moreau`), a name with a middle initial (`Monkey D. Luffy`). Any other piece is plain, or common when it holds an acronym or a word the
 * text also writes in lower case (`Bullying` / `bullying`).
 */
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from '../../data/given-names';
import { HONORIFICS, NAME_TITLES, SURNAME_TITLES, TITLE_ABBREVIATIONS } from '../../data/honorifics';
import { KOREAN_FAMILY_NAMES, KOREAN_FAMILY_NAMES_AMBIGUOUS } from '../../data/korean-names';
import { HEADLINE_VERBS, JOINING_LETTERS, LEADING_NON_NAME_POS, NAME_PARTICLES, SINGULAR_VERBS, THING_DETERMINERS } from '../../data/name-cue-words';
import { DOTTED_ABBREVIATIONS, FAMILY_STOP_SURNAMES, INSTITUTION_WORDS, JOB_LEAD_WORDS, JOB_WORD_ENDING, SURNAME_INSTITUTION_WORDS } from '../../data/not-names';
import { ROLE_NOUNS } from '../../data/role-words';
import { COLON, HAS_LETTER_OR_DIGIT, hyphenParts, isInitialism, isUpper, SPACE, TAB } from '../../text/chars';
import { RARE_FIRST_NAMES, WORD_FIRST_NAMES } from '../../text/first-names';
import { isGivenAndKoreanFamily, isKoreanFullName } from '../../text/korean';
import { modelSingular, modelWordOrPlural } from '../../text/model-plural';
import { nameKey } from '../../text/name-key';
import { containing } from '../../text/search';
import type { Word } from '../../text/words';
import type { Span } from '../../types';
import { isModelWord } from '../../wink';
import type { DialogueLine, Segmentation } from '../stage-types';
import { castWordSurname } from './cast-word-surname';
import { isHyphenatedName, isInitial, isListedFirstName, isStopWord, MAX_NAME_WORDS, type NameContext } from './context';
import { describedNameStart } from './described-full-name';
import { isEnglishCompound } from './english-compound';
import { pieceOf, plainPieceOf, type Candidate, type Piece } from './piece';
import { placeOrRankWord } from './place-or-rank-word';
import { isQuoteDashSpeaker } from './quote-dash-speaker';

/** A hyphen and a lower-case letter after it: a compound with a common word (`Brothers-wannabe`). */
const LOWER_AFTER_HYPHEN = /[-‐‑]\p{Ll}/u;

/** A common given name and a capitalised surname ("Kate Winslet", "Samuel L Jackson"). */
function isGivenAndSurname(texts: readonly string[]): boolean {
  const last = texts[texts.length - 1] as string;
  return texts.length >= 2 && texts.length <= 3 && GIVEN_NAMES.has((texts[0] as string).toLowerCase()) && last.length > 1 && !isInitialism(last);
}

/** A candidate's text in lower case. */
const pieceText = (view: string, p: Candidate): string => view.slice(p.start, p.end).toLowerCase();

/**
 * The script speakers (in lower case) that speak one line and that the text names nowhere else,
 * not listed given names: a line that opens with one word and a colon once is as often a label of
 * a review's part (`Enjoyment: …`, `Value: …`, `Ranked: …`) as a speaker, and a script's speakers
 * speak again or are named in its prose. Such a word is judged as any other capitalised word.
 */
function onceNamedSpeakers(view: string, pieces: readonly Candidate[], inSpeaker: (p: Candidate) => boolean): Set<string> {
  const seen = new Map<string, number>();
  for (const p of pieces) {
    const t = pieceText(view, p);
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  const once = new Set<string>();
  for (const p of pieces) {
    const t = pieceText(view, p);
    if (inSpeaker(p) && seen.get(t) === 1 && p.first === p.last && !p.titled && !GIVEN_NAMES.has(t)) once.add(t);
  }
  return once;
}

/**
 * True when `lead`, a capitalised word in lower case, is a job word the English model knows, or
 * whose singular it knows (`employee`, `sprinter`, `guitarists`, `sidekick`): by its ending
 * ({@link JOB_WORD_ENDING}) or as one of {@link JOB_LEAD_WORDS}. Before a full name at a
 * sentence's start it tells who the named one is, and is no part of the name. Not the family name
 * of a name written family name first (`Song Kang Ho`), which the model may know as a word too.
 */
function jobWordLead(lead: string): boolean {
  if (KOREAN_FAMILY_NAMES.has(lead) || KOREAN_FAMILY_NAMES_AMBIGUOUS.has(lead)) return false;
  // The model knows many a plural only by its singular (`guitarists`).
  if (!modelWordOrPlural(lead)) return false;
  const one = lead.endsWith('s') ? lead.slice(0, -1) : lead;
  return JOB_WORD_ENDING.test(lead) || JOB_LEAD_WORDS.has(lead) || JOB_LEAD_WORDS.has(one);
}

/**
 * Tags a given name that is also a word may carry when it leads a full name mid-sentence (`Mark
 * Vale`, `Hope Davis`). The tagger reads a capitalised `Will` as the modal wherever it stands, but
 * the modal is written in lower case mid-sentence, so there it leads a name (`among them Will Vane,`)
 * unless its sentence asks a question.
 */
const WORD_LEAD_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'VERB', 'AUX']);

/** Tags of the word after a full name opening its sentence that go on with the clause about it (`Meg Ryan is`, `Faith Hill then`). */
const SURNAME_CLAUSE_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV']);

/** A present verb form of one subject (`plays`, `stars`, not `miss`): after a name, never after a modal or an auxiliary opening a clause. */
const ONE_SUBJECT_VERB = /^[a-z]{2,}[a-rt-z]s$/u;

/**
 * True when `lower`, ending in `s`, is a plural or a verb form of a word the model knows (`mondays`,
 * `notes`, `floats`), not a given name's patronymic (`williams`, `rogers`): after a given name that
 * is also a word it names a thing, not a family.
 */
function wordForm(lower: string): boolean {
  const one = modelSingular(lower);
  return one !== undefined && !isListedFirstName(one) && !WORD_FIRST_NAMES.has(one);
}

/** Initials a name may open with (`J.R.R. Tolkien`). */
const MAX_INITIALS = 3;

/** How far ahead, in characters, a sentence is read for its question mark. */
const QUESTION_REACH = 200;

/** Step 2: each candidate judged by its shape; candidates that are no name at all are left out. */
export function judgePieces(ctx: NameContext, pieces: readonly Candidate[], seg: Segmentation): Piece[] {
  const { words, input, sentenceStarts, pos, lowerWords: lowerCaseWords } = ctx;
  const headings = seg.blocks.filter((b) => b.isHeading);
  const inHeading = (at: number): boolean => containing(headings, at) >= 0;
  const speakers: Span[] = [];
  for (const d of seg.dialogue as readonly DialogueLine[]) speakers.push(d.speaker);
  const inSpeaker = (p: Candidate): boolean => {
    const k = containing(speakers, p.start);
    return k >= 0 && p.end <= (speakers[k] as Span).end;
  };
  const speaksOnce = onceNamedSpeakers(input.view, pieces, inSpeaker);

  const text = (w: Word): string => input.view.slice(w.start, w.end);
  // "Two-day": a hyphenated word made of words the text writes in lower case is no name.
  // "Random-Funny": one made of English words is a capitalised compound (`english-compound.ts`).
  const givenName = (w: Word): boolean => w.hyphenated && isHyphenatedName(text(w)) && !hyphenParts(w.lower).every((part) => lowerCaseWords.has(part)) && !isEnglishCompound(w.lower);
  const nameListed = (w: Word | undefined): boolean => w !== undefined && (GIVEN_NAMES.has(w.lower) || KOREAN_FAMILY_NAMES.has(w.lower) || KOREAN_FAMILY_NAMES_AMBIGUOUS.has(w.lower));
  const fullName = (p: Candidate, ws: readonly Word[]): boolean => {
    const texts: string[] = [];
    for (const w of ws) texts.push(text(w));
    // A title is no part of the name it leads ("Agent Dale Cooper" is the full name "Dale Cooper").
    const core = p.titled ? texts.slice(1) : texts;
    return isKoreanFullName(core) || isGivenAndKoreanFamily(core) || isGivenAndSurname(core);
  };
  const isAcronym = (w: Word): boolean => isInitialism(text(w));
  const isCommon = (l: string): boolean => lowerCaseWords.has(l) || l.length < 2;
  /** Every word of the piece tagged a proper noun. */
  const properNouns = (p: Candidate, from = p.first): boolean => {
    for (let k = from; k <= p.last; k++) if (pos[k] !== 'PROPN') return false;
    return true;
  };

  /**
   * The piece reads as a proper name to the tagger: its first word is tagged a proper noun. Later
   * words may carry any tag: the tagger takes surnames that are also words for verbs or nouns
   * (`Quillon Ford`), and a plain piece's words are capitalised words the text never writes in
   * lower case.
   */
  const taggedAsName = (p: Candidate): boolean => pos[p.first] === 'PROPN';

  /**
   * The surname of a run led by a given name that is also a word reads as a name to the tagger: a
   * proper noun, or a verb's plain form after a given name tagged a proper noun (`Harrison Ford`:
   * the tagger takes a surname that is also a verb for one) that the text never writes in lower
   * case and that bears no ending of a verb's other forms (`Will Lifts`, `Grace Ended`).
   */
  const surnameTagged = (p: Candidate, surname: string): boolean =>
    pos[p.last] === 'PROPN' || (pos[p.last] === 'VERB' && pos[p.first] === 'PROPN' && !lowerCaseWords.has(surname) && !surname.endsWith('s') && !surname.endsWith('ed') && !surname.endsWith('ing'));

  // Tests made once, not in the loop (an arrow function there is a new object per piece).
  const isInstitutionWord = (l: string): boolean => INSTITUTION_WORDS.has(l);

  /**
   * True when the run's one institution word is its last, a family name too (`Church`), after a
   * given name that is no word and with no determiner before the run (`Charlotte Church`, `Ann
   * Lee Church`): someone's name, where `the Riverside Church` names a body.
   */
  const surnameInstitution = (p: Candidate, lows: readonly string[]): boolean => {
    const n = lows.length;
    const lead = lows[0] as string;
    if (n < 2 || n > MAX_NAME_WORDS || !SURNAME_INSTITUTION_WORDS.has(lows[n - 1] as string) || lows.slice(0, -1).some(isInstitutionWord)) return false;
    if (!isListedFirstName(lead) || WORD_FIRST_NAMES.has(lead)) return false;
    const before = words[p.first - 1];
    return before === undefined || !THING_DETERMINERS.has(before.lower);
  };
  const isTitleOrRole = (w: Word): boolean => HONORIFICS.has(w.lower) || ROLE_NOUNS.has(w.lower);

  /**
   * A run of 2–4 words led by a listed first name, outside headings, whose other words are
   * capitalised words the text never writes in lower case, middle initials or particles
   * ("Daphne Moreau", "Edward G. Robinson", "Olivia de Havilland"): a name at one mention. A rarer
   * first name of the birth records ("Tyra Banks") leads one too, unless a determiner stands before
   * the run: "the Chicago Underground" names a thing (such lists hold places and brands as names),
   * nor with a word of a place or a rank in it, save a common family name as the second of two
   * words ("Kanye West").
   * A first name that is also a word leads one mid-sentence with every word a proper noun, or
   * opening its sentence before a surname the lexicon does not know ({@link openingWordGiven}).
   * A surname the text also writes as a word (`Young`, `Hill`) is one where the run stands in a
   * cast ({@link castWordSurname}).
   */
  const listedRun = (p: Candidate, ws: readonly Word[], lows: readonly string[], start: number): boolean => {
    const n = ws.length;
    const lead = lows[0] as string;
    // A first name that is also a word ("Harrison", "Woody") needs a run tagged as proper nouns
    // mid-sentence, or a surname no word of the lexicon where it opens the sentence.
    if (n < 2 || n > MAX_NAME_WORDS) return false;
    const listed = isListedFirstName(lead);
    const wordName = !listed && WORD_FIRST_NAMES.has(lead);
    // The rest of a rarer name's run holds no lower-case part (`Brothers-wannabe` is a description)
    // and no word of a place, firm or rank (`Hyde Park`).
    // "Kanye West": a common family name the piece finder read after a rarer first name is its surname there.
    const familySurname = n === 2 && FAMILY_STOP_SURNAMES.has(lows[1] as string);
    const placeOrRank = familySurname ? placeOrRankWord(lead) : lows.some(placeOrRankWord);
    const rare = !listed && !wordName && RARE_FIRST_NAMES.has(lead) && !THING_DETERMINERS.has(words[p.first - 1]?.lower ?? '') && !ws.some((w) => LOWER_AFTER_HYPHEN.test(text(w))) && !placeOrRank;
    // A given name the text also writes as a word may open its sentence before a surname and the
    // clause about it (`Will Ferrell is`, `Hope Davis plays`), whatever the text writes elsewhere.
    const opening = wordName && sentenceStarts.has(start) && !inHeading(start) && !isAcronym(ws[0] as Word) && openingWordGiven(p, ws, lows);
    if (!(wordName || listed || rare) || (lowerCaseWords.has(lead) && !wordGivenMidSentence(p, ws, lows) && !(opening && opensAbout(p))) || inHeading(start)) return false;
    if (wordName && (sentenceStarts.has(start) ? !opening : !properNouns(p) && !objectWordGiven(p, ws, lows))) return false;
    const last = ws[n - 1] as Word;
    if (!last.capitalised || last.end - last.start < 2 || isAcronym(last)) return false;
    for (let k = 1; k < n; k++) {
      const w = ws[k] as Word;
      if (k < n - 1 && (isInitial(w) || (!w.capitalised && NAME_PARTICLES.has(w.lower)))) continue;
      if (!w.capitalised || (isCommon(lows[k] as string) && !(listed && n === 2 && castWordSurname(ctx, p.first))) || isAcronym(w)) return false;
    }
    return true;
  };

  /**
   * A run of one to three initials, each with its full stop, before one or two capitalised words
   * the text never writes in lower case (`W.C. Fields`, `F. Murray Abraham`, `J.K. Rowling`): a
   * person's name at one mention, as a run led by a listed first name is. Not letters that
   * abbreviate a place, a body or a phrase (`U.S. Marines`, `L.A. Story`, `P.S. Thanks`), nor the
   * last letters of such a run the piece does not hold (`R.I.P. Ann Vale`, `U .S. Navy`); not a
   * letter after a title (`Sgt. W. Hudson`: the title's name is read as such); not one letter
   * with no space after its stop (`M.Vale` is as often `Monsieur Vale`, `T.Rex` a beast) or before
   * one word only (`plan B. Robinson agreed` ends a sentence at the letter); not
   * before a word the tagger reads as no name's (`from A to B. Until then`, `said L. Honestly`).
   */
  const initialsLed = (p: Candidate, ws: readonly Word[], lows: readonly string[]): boolean => {
    if (p.titled || inHeading(p.start)) return false;
    const { view } = input;
    const before = words[p.first - 1];
    if (before && (HONORIFICS.has(before.lower) || (before.end - before.start === 1 && p.start - before.end <= 2 && view.slice(before.end, p.start).includes('.')))) return false;
    let k = 0;
    let letters = '';
    while (k < ws.length && isInitial(ws[k] as Word) && view[(ws[k] as Word).end] === '.') letters += lows[k++] as string;
    if (k === 0 || k > MAX_INITIALS || ws.length - k < 1 || ws.length - k > 2 || DOTTED_ABBREVIATIONS.has(letters)) return false;
    // One letter before one word may end a sentence (`plan B. Robinson agreed`).
    if (k === 1 && (view[(ws[0] as Word).end + 1] !== ' ' || ws.length < 3)) return false;
    for (let j = k; j < ws.length; j++) {
      const w = ws[j] as Word;
      if (!w.capitalised || w.end - w.start < 2 || isCommon(lows[j] as string) || isAcronym(w) || placeOrRankWord(lows[j] as string)) return false;
      if (LEADING_NON_NAME_POS.has(pos[p.first + j] as string) || LOWER_AFTER_HYPHEN.test(text(w))) return false;
    }
    return true;
  };

  /**
   * A name, one or two middle initials, and a name (`Monkey D. Luffy`, `Portgas D Ace`, `Jonas Q.
   * R. Vell`): a person's full name at one mention whatever its given name, as a middle initial is
   * a mark of personal names alone. Outside headings and after no title; both names are
   * capitalised words of two letters or more the text never writes in lower case, no acronym, no
   * function word, no place, firm or rank word, the first tagged a proper noun. A letter without a
   * stop that stands for a word is no initial (`Batman V Superman`, `Guns N Roses`:
   * {@link JOINING_LETTERS}). The piece finder already stops at a letter that ends a sentence
   * (`plan B. Robinson agreed`).
   */
  const middleInitialRun = (p: Candidate, ws: readonly Word[], lows: readonly string[]): boolean => {
    const n = ws.length;
    if (p.titled || n < 3 || n > 4 || inHeading(p.start) || pos[p.first] !== 'PROPN') return false;
    for (let k = 1; k < n - 1; k++) {
      const w = ws[k] as Word;
      if (!isInitial(w) || (input.view[w.end] !== '.' && JOINING_LETTERS.has(w.lower))) return false;
    }
    for (const j of [0, n - 1]) {
      const w = ws[j] as Word;
      const l = lows[j] as string;
      if (!w.capitalised || w.end - w.start < 2 || isCommon(l) || isAcronym(w) || isStopWord(l) || placeOrRankWord(l) || LEADING_NON_NAME_POS.has(pos[p.first + j] as string)) return false;
    }
    return true;
  };

  /** True when word `i` is a first name, listed or also a word, and word `i + 1` a capitalised word the text never writes in lower case. */
  const firstNameBeforeSurname = (i: number): boolean => {
    const first = (words[i] as Word).lower;
    const next = words[i + 1];
    if (!next || !next.capitalised || !next.spaceBefore || next.end - next.start < 2) return false;
    return (isListedFirstName(first) || WORD_FIRST_NAMES.has(first)) && !isStopWord(next.lower) && !lowerCaseWords.has(next.lower) && !asksQuestion(next.end);
  };

  /**
   * True when offset `at` opens a sentence or the clause after a colon ("Story: While Ann Vale
   * sleeps"): reviews label their parts so, and the tagger starts no sentence there. So does the
   * word after a one-letter initial's stop where the piece finder ended a name at the initial
   * ("Malcolm X. Besides Dee, …"): the tagger reads the stop as the initial's, not the sentence's.
   */
  const opensClause = (at: number): boolean => {
    if (sentenceStarts.has(at)) return true;
    let k = at - 1;
    while (k >= 0 && (input.view.charCodeAt(k) === SPACE || input.view.charCodeAt(k) === TAB)) k--;
    if (k >= 0 && input.view.charCodeAt(k) === COLON) return true;
    return k >= 1 && k < at - 1 && input.view[k] === '.' && isUpper(input.view[k - 1]) && (k < 2 || !/\p{L}/u.test(input.view[k - 2] as string));
  };

  /** True when the sentence that goes on at `from` ends with a question mark ("Will Ruth leave?"), read a bounded way ahead. */
  const asksQuestion = (from: number): boolean => {
    const { view } = input;
    for (let k = from; k < view.length && k - from < QUESTION_REACH; k++) {
      const ch = view[k] as string;
      if (ch === '?') return true;
      if (ch === '.' || ch === '!' || ch === '\n') return false;
    }
    return false;
  };

  /**
   * True when the clause goes on before offset `at`: the last mark before it, past spaces, is a
   * letter, a digit, a comma or a semicolon. After an ellipsis, a dash or a quote mark a sentence
   * the tagger did not split may open there (`eps... Will Ann save him`).
   */
  const inClauseBefore = (at: number): boolean => {
    let k = at - 1;
    while (k >= 0 && (input.view.charCodeAt(k) === SPACE || input.view.charCodeAt(k) === TAB)) k--;
    const ch = input.view[k] ?? '';
    return ch === ',' || ch === ';' || HAS_LETTER_OR_DIGIT.test(ch);
  };

  /**
   * A given name the text also writes as a word (`Will`, `Hope`, `Don`) leads a two-word full name
   * where capitals say nothing but name: mid-sentence, outside headings, not after a determiner or
   * a capitalised word (`the Hunter Exam`, `I Will Protect`), before a surname the tagger reads as
   * a proper noun and the text never writes in lower case (`like Mark Vale in`, `about Hope Davis`).
   */
  const wordGivenMidSentence = (p: Candidate, ws: readonly Word[], lows: readonly string[]): boolean => {
    if (p.titled || ws.length !== 2 || sentenceStarts.has(p.start) || inHeading(p.start)) return false;
    const before = words[p.first - 1];
    // A capitalised word right before runs on into a title (`I Will Protect`, `the Hunter Exam`).
    // Before `Will` the tagger reads as the modal, a comma after it ends a list's item (`Coldplay,
    // Will Vane and`): the modal opens no clause after a name and a comma. Other given names that
    // are words name things in such lists as often (`Sky News, Sky Travel`).
    const listItemBefore = before !== undefined && pos[p.first] === 'AUX' && input.view.slice(before.end, p.start) === ', ';
    if (before && ((before.capitalised && !listItemBefore) || THING_DETERMINERS.has(before.lower))) return false;
    // A function word or a describing word there opens a phrase (`In Adobo`, `So Sakura`, `Red Light`), however listed.
    const lead = lows[0] as string;
    if (lead.length < 3 || isStopWord(lead) || !WORD_LEAD_TAGS.has(pos[p.first] as string)) return false;
    if (pos[p.first] === 'AUX' && (asksQuestion((ws[1] as Word).end) || !inClauseBefore(p.start))) return false;
    return surnameTagged(p, lows[1] as string) && !isCommon(lows[1] as string) && !isAcronym(ws[1] as Word);
  };

  /**
   * A given name that is also a word, read by the tagger as a verb or a noun mid-sentence
   * (`thanked Don Cheadle`, `nominations for Drew Vale`): a name as it is where the text also
   * writes the word in lower case ({@link wordGivenMidSentence}), unless the surname is a plural
   * (`for Sky Movies`), a noun stands right before (`auctioneers Cole Vine`: a firm's trade) or
   * after it (`the Don Vero arc`), or `as` names a part (`as Don Carlo`).
   */
  const objectWordGiven = (p: Candidate, ws: readonly Word[], lows: readonly string[]): boolean => {
    const before = words[p.first - 1];
    const after = words[p.last + 1];
    if (before === undefined || before.lower === 'as') return false;
    if (after !== undefined && pos[p.last + 1] === 'NOUN' && input.view.slice((ws[1] as Word).end, after.start) === ' ') return false;
    if (pos[p.first - 1] === 'NOUN' && input.view.slice(before.end, (ws[0] as Word).start) === ' ') return false;
    return !wordForm(lows[1] as string) && wordGivenMidSentence(p, ws, lows);
  };

  /**
   * A given name the text also writes as a word opening its sentence before one surname the
   * language model does not know as a word (`Lance Henriksen plays`, `Pierce Brosnan led`): the
   * surname names, as a word of the lexicon there (`Chase Bank`, `Rose Garden`) need not. The
   * surname is tagged a proper noun, never written in lower case and no place, and no question
   * follows (`Will Vell leave?`). A surname the model knows as a word (`Dana Moss said`, `Faith
   * Hill sang`) names too where the tagger reads the given name as a name ({@link wordSurnameOpens}).
   */
  const openingWordGiven = (p: Candidate, ws: readonly Word[], lows: readonly string[]): boolean => {
    if (p.titled || ws.length !== 2) return false;
    const surname = lows[1] as string;
    if (isCommon(surname) || placeOrRankWord(surname) || isAcronym(ws[1] as Word) || asksQuestion((ws[1] as Word).end)) return false;
    return (pos[p.last] === 'PROPN' && !isModelWord(surname)) || wordSurnameOpens(p, surname);
  };

  /**
   * A given name that is also a word at its sentence's start, before a surname that is also a
   * word (`Dana Moss said`, `Meg Ryan is`, `Faith Hill then sang`): a name where both are tagged
   * proper nouns, the surname is no plural or verb form of a word (`Happy Mondays`, `Grace
   * Notes`), and the clause goes on about it ({@link clauseGoesOn}). Not where the tagger reads
   * the first word as a modal: two words of the lexicon there are as often one noun (`Will Power
   * is the theme`).
   */
  const wordSurnameOpens = (p: Candidate, surname: string): boolean =>
    surnameTagged(p, surname) && pos[p.first] === 'PROPN' && !wordForm(surname) && clauseGoesOn(p);

  /**
   * True when the word after a two-word name at its sentence's start goes on with the clause about
   * it: a verb, an auxiliary or an adverb in lower case (`Meg Ryan is`, `Dana Moss said`, `Faith
   * Hill then`). Not a noun (`Happy Mondays dancer`, `Rose Garden events`): the two words name a
   * thing there; nor a possessive, which a shop or a bar's name takes as often (`Opal Vine's`).
   */
  const clauseGoesOn = (p: Candidate): boolean => {
    const after = words[p.last + 1];
    return after !== undefined && after.spaceBefore && !after.capitalised && SURNAME_CLAUSE_POS.has(pos[p.last + 1] as string);
  };

  /** True when the clause after a two-word name opening its sentence is about it: {@link agreesWithOne} after a modal's tag, else {@link clauseGoesOn}. */
  const opensAbout = (p: Candidate): boolean => (pos[p.first] === 'AUX' ? agreesWithOne(p) : clauseGoesOn(p));

  /**
   * True when two-word piece `p` opens its sentence with a given name the text also writes as a
   * word, as a name ({@link openingWordGiven}, {@link opensAbout}): `Hope Davis plays` where the
   * text writes `hope` too. Its first word is no describing word to drop then.
   */
  const wordNameOpens = (p: Candidate): boolean => {
    if (p.last !== p.first + 1 || !sentenceStarts.has(p.start) || inHeading(p.start) || !WORD_FIRST_NAMES.has((words[p.first] as Word).lower) || isAcronym(words[p.first] as Word)) return false;
    const ws = [words[p.first] as Word, words[p.last] as Word];
    return openingWordGiven(p, ws, [(words[p.first] as Word).lower, (words[p.last] as Word).lower]) && opensAbout(p);
  };

  /**
   * True when the word after the surname is a present verb of one subject (`plays`, `stars`, `is`,
   * `has`): a clause a modal or an auxiliary opens takes a bare verb or a participle after its
   * subject (`Will Power cure …?`, `Had Lydia known …`), never such a verb, so the first word was a
   * name. Not a possessive: `Had Lydia's letter come …` opens a condition.
   */
  const agreesWithOne = (p: Candidate): boolean => {
    const after = words[p.last + 1];
    if (after === undefined || !after.spaceBefore || after.capitalised || (pos[p.last + 1] !== 'VERB' && pos[p.last + 1] !== 'AUX')) return false;
    return ONE_SUBJECT_VERB.test(after.lower) || SINGULAR_VERBS.has(after.lower);
  };

  // The surnames of the full names led by a listed given name ("Morris" of "Chris Morris").
  const fullNameSurnames = new Set<string>();
  for (const p of pieces) {
    if (!p.titled && p.last > p.first && isListedFirstName((words[p.first] as Word).lower)) fullNameSurnames.add((words[p.last] as Word).lower);
  }

  const kept: Piece[] = [];
  for (const p of pieces) {
    // A sentence-initial function word or verb is no part of a name ("As On-Jo says", "Meet Owen"),
    // nor one opening the clause after a label's colon ("Pacing: While Vale rests"),
    // unless it is a first name before a surname the text never writes in lower case ("Will Dorne
    // is", "Sue Ellen (…)") outside a question ("Will Ruth leave?"): the tagger takes a modal or a verb there.
    while (p.first < p.last && !p.titled && opensClause(p.start) && !(words[p.first] as Word).hyphenated && LEADING_NON_NAME_POS.has(pos[p.first] as string) && !firstNameBeforeSurname(p.first)) {
      p.first++;
      p.start = (words[p.first] as Word).start;
    }
    // A word the text writes in lower case before a first name ("Poor Rupert Penry-Jones"), a job
    // word before a full name ("Employee Ann Vale said") and a headline verb after a full name
    // ("Jared Harris Stars") are no part of the name.
    const lead = (words[p.first] as Word).lower;
    const dropsLead = lowerCaseWords.has(lead) || (p.last - p.first >= 2 && jobWordLead(lead));
    // A listed job word before the surname of a full name the text gives ("Comic Morris returns"
    // of "Chris Morris", a headline's way) tells who that one is, as before a full name. Only a
    // listed one: a word with a job's ending may be a given name or a place ("Tennessee Williams").
    const jobBeforeSurname = p.last === p.first + 1 && JOB_LEAD_WORDS.has(lead) && fullNameSurnames.has((words[p.last] as Word).lower);
    if (!p.titled && p.first < p.last && sentenceStarts.has(p.start) && lead.length > 2 && !isStopWord(lead) && !isListedFirstName(lead) && ((dropsLead && isListedFirstName((words[p.first + 1] as Word).lower) && !wordNameOpens(p)) || jobBeforeSurname)) {
      p.first++;
      p.start = (words[p.first] as Word).start;
    }
    if (p.last - p.first >= 2 && HEADLINE_VERBS.has((words[p.last] as Word).lower) && isListedFirstName((words[p.first] as Word).lower)) {
      p.last--;
      p.end = (words[p.last] as Word).end;
    }
    // "New Zealander Ann Vale", "Beach Boy Ben Ode", "Police Chief Ann Vale": the words before a
    // full name that say who the named one is are no part of it, wherever the run stands.
    const described = describedNameStart(ctx, p);
    if (described > p.first) {
      p.first = described;
      p.start = (words[p.first] as Word).start;
    }
    if (!(words[p.first] as Word).capitalised) continue;
    const ws = p.first === p.last ? [words[p.first] as Word] : words.slice(p.first, p.last + 1);
    const lows: string[] = [];
    for (const w of ws) lows.push(w.lower);
    if (lows.some(isInstitutionWord) && !surnameInstitution(p, lows)) continue;
    const core = p.titled ? ws.slice(1) : ws;
    // "Ms King", "Dr Bishop": one title word after a courtesy title is a surname, not a second title.
    const titleSurname = p.titled && core.length === 1 && NAME_TITLES.has(lows[0] as string) && SURNAME_TITLES.has(lows[1] as string);
    if (!titleSurname && core.every(isTitleOrRole)) continue;
    // A rank or a church title mid-sentence before proper nouns the text never writes in lower case
    // ("by Commissioner Janvier", "Father Roch decides") is a name at one mention too.
    const titled = p.titled && (NAME_TITLES.has(lows[0] as string) || (!sentenceStarts.has(p.start) && !inHeading(p.start) && properNouns(p, p.first + 1) && !lows.slice(1).some(isCommon)));
    // `Al Arabiya`, `El Paso`: an article-like given name leads a full name only before a listed given name.
    const articleLed = !p.titled && ws.length > 1 && AMBIGUOUS_GIVEN_NAMES.has(lows[0] as string) && !isListedFirstName(lows[1] as string);
    const maybeFull = ws.length > 1 && !articleLed && (nameListed(ws[0]) || nameListed(ws[1]));
    // Keyed only once kept: many candidates are no name at all. An abbreviated title is keyed as
    // the title it stands for, so `Lt. Dan` and `Lieutenant Dan` are one name.
    const full = p.titled ? TITLE_ABBREVIATIONS.get(lows[0] as string) : undefined;
    const key = full === undefined ? nameKey(input.view.slice(p.start, p.end)) : full + nameKey(input.view.slice((words[p.first + 1] as Word).start, p.end));
    if (titled || ws.some(givenName) || (maybeFull && fullName(p, ws) && (!lowerCaseWords.has(lows[p.titled ? 1 : 0] as string) || wordGivenMidSentence(p, ws, lows))) || (inSpeaker(p) && !speaksOnce.has(pieceText(input.view, p))) || isQuoteDashSpeaker(ctx, p.first, p.last) || (!p.titled && !articleLed && listedRun(p, ws, lows, p.start)) || initialsLed(p, ws, lows) || middleInitialRun(p, ws, lows)) {
      kept.push(pieceOf(p, key, 'strong'));
      continue;
    }
    const acronym = ws.some(isAcronym);
    const common = lows.some(isCommon);
    // Kept for the cues (`Park Ji-Hu as On Jo`), but never a name by repetition alone.
    if (acronym || common) kept.push(pieceOf(p, key, 'common'));
    else kept.push(plainPieceOf(p, key, !sentenceStarts.has(p.start) && !inHeading(p.start) && taggedAsName(p)));
  }
  return kept;
}

/**
 * Step 3d of the index: names no single review gave reason to accept. A review that names a minor
 * character once ("then Snoke shows up") gives the per-document stage one capitalised word and no
 * more evidence, so each review alone drops it; across the reviews of a work, the same word written
 * capitalised in the middle of sentences by several reviewers, and seldom in lower case, is a
 * name a reader sees. Each document's capitalised runs that are no form of the work yet are
 * counted here as weak forms (at most {@link MAX_WEAK_FORMS} per work, those of one document making
 * room for new ones when it is full, so memory does not grow with the documents); when the work is finished, the ones enough documents write
 * become forms of their own (see {@link promoteWeakForms}) and go through every later step like the
 * accepted forms: title and context checks, merging.
 */
import { CALENDAR, COMMON_CAPITALISED, ORGANISATIONS, PLACES_AND_PEOPLES } from '../data/not-names';
import { flat } from '../text/hash';
import {
  INDEX_DETERMINERS,
  INDEX_EMPHASIS_WORDS,
  INDEX_LEADING_WORDS,
  INDEX_NEVER_NAME_WORDS,
  INDEX_OTHER_PRONOUNS,
  INDEX_PERSONAL_PRONOUNS,
  INDEX_PLACE_PREPOSITIONS,
} from '../data/index-context-words';
import { NAME_TITLES } from '../data/honorifics';
import { REVIEW_LEXICON } from '../data/review-lexicon';
import { HYPHEN, LOWER_A, LOWER_Z, PERIOD, SPACE, isDigitCode } from '../text/chars';
import { CODE_CLASSES, CODE_LETTER_OR_DIGIT, classOf } from '../text/code-classes';
import { isListedFirstName } from '../text/listed-first-name';
import { WORD_SHIFTS } from '../data/sentiment-word-shifts';
import { addDocument, countDocuments, mergeSketches } from './distinct-count';
import { newFormContext, readMention, type FormContext } from './form-context';
import { formParts, formWords, type FormParts } from './form-key';
import { namesNoOne } from './not-entities';
import type { WordList } from './capitalised-words';
import { newFormTally, type WeakForm, type WorkTally } from './tally';

/**
 * Weak forms kept per work; when full, the ones of one earlier document make room (see
 * `pruneWeakForms`), so past this many weak forms of one work the forms kept depend on the order
 * of the reviews.
 */
export const MAX_WEAK_FORMS = 4096;
/** Documents that must write a weak form mid-sentence before it is a form of the work. */
export const MIN_WEAK_DOCUMENTS = 2;
/**
 * The share of a work's documents that must write a weak form, when more than
 * {@link MIN_WEAK_DOCUMENTS}: the more reviews, the more passing words reach any fixed count.
 */
export const MIN_WEAK_SHARE = 0.01;
/** Mentions per lower-case use a weak form needs: a word mostly capitalised by reviewers, not a noun some capitalise. */
const CAPITALISED_PER_LOWER = 4;
/**
 * The share of a weak form's mentions written as a noun is (after a determiner or a preposition a
 * place takes, owned, before a plural verb or a common noun it describes, compared with or listed
 * beside a title the analysis found: another work's) from which it is no one: no document vouches for it, so
 * the words around it decide with fewer mentions than an accepted form's (see `namesThing`).
 */
const MAX_NOUN_SHARE = 1 / 3;

/** The share of the mentions of `c` written as a noun or a place is, or listed beside a title (`besideWorks` of them). */
function nounShare(c: FormContext, besideWorks = 0): number {
  return c.mentions ? (c.determiner + c.place + c.reached + c.modifies + c.compared + c.possessed + c.plural + besideWorks) / c.mentions : 0;
}

/** The readings' worth of a character vote each document writing a weak form adds. */
const WEAK_CHARACTER_LEAN = 0.5;

/** Documents of a work listing a title that make its words titles for every work's weak forms. */
const MIN_LISTED_TITLE = 2;

/** Mentions of a weak form per document whose surrounding words are read. */
const MAX_READ_PER_DOCUMENT = 8;

/** Spellings kept per weak form (they differ only by case), the first met. */
const MAX_SURFACES = 8;

/** Words a weak form may have at most. */
const MAX_WEAK_WORDS = 3;

/**
 * Capitalised words that are no name on their own anywhere, lower case: the first person,
 * articles, pronouns, prepositions and the other lists the index reads context with, places,
 * peoples and organisations, and the words that head an award or a company's name
 * ("Best Picture", "Marvel Studios").
 */
const NEVER_NAMES: ReadonlySet<string> = new Set([
  ...COMMON_CAPITALISED,
  ...PLACES_AND_PEOPLES,
  ...ORGANISATIONS,
  ...INDEX_DETERMINERS,
  ...INDEX_PERSONAL_PRONOUNS,
  ...INDEX_OTHER_PRONOUNS,
  ...INDEX_PLACE_PREPOSITIONS,
  ...INDEX_NEVER_NAME_WORDS,
]);

/** Function words a capitalised run may start with that are no part of the name after them ("And Jabba?", "Then Snoke"). */
const LEADING: ReadonlySet<string> = new Set([
  ...INDEX_DETERMINERS,
  ...INDEX_PERSONAL_PRONOUNS,
  ...INDEX_OTHER_PRONOUNS,
  ...INDEX_PLACE_PREPOSITIONS,
  ...INDEX_LEADING_WORDS,
  // A title only ever before a name is no part of the name's weak form ("Mr Quillon" is "Quillon").
  ...NAME_TITLES,
]);

/**
 * Ordinary words of the language a reviewer capitalises for emphasis ("Amazing", "Awesome",
 * "Great Soundtrack"): the sentiment lexicons' words and fans' words. Read from fixed lists, not from
 * the documents, so no order of the reviews and no one review decides.
 */
const ORDINARY_WORDS: ReadonlySet<string> = new Set([...WORD_SHIFTS.keys(), ...REVIEW_LEXICON.keys(), ...INDEX_EMPHASIS_WORDS]);

/** Whether `word` is one of {@link NEVER_NAMES}. */
const neverName = (word: string): boolean => NEVER_NAMES.has(word.toLowerCase());

/** Longest word of a weak form: a longer "word" is no name, and is not read letter by letter. */
const MAX_WEAK_WORD_LENGTH = 40;

/**
 * Whether the capitalised word `text.slice(start, end)` may be a word of a name: no longer than
 * {@link MAX_WEAK_WORD_LENGTH}; no word of
 * {@link NEVER_NAMES}; no acronym (two capitals or more and no digit: "CGI", "MCU", "VAs"), while a code
 * name with a digit and a hyphen is a name ("R2-D2", "BB-8"), one with a digit and no hyphen mostly
 * a part or a season ("T2", "S3"); a lone capital is one only when no period or hyphen follows it
 * ("L", and "L's", not the initial of "J. J. Abrams"); no word before an apostrophe but a
 * possessive's ("Don't", "T'Challa").
 */
export function weakWord(text: string, start: number, end: number): boolean {
  if (end - start > MAX_WEAK_WORD_LENGTH) return false;
  const word = text.slice(start, end);
  if (neverName(word)) return false;
  let digit = false;
  let lowerCase = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (isDigitCode(c)) digit = true;
    else if (c < 128 ? c >= LOWER_A && c <= LOWER_Z : (word[k] as string) !== (word[k] as string).toUpperCase()) lowerCase++;
  }
  if (digit) return word.includes('-');
  // An acronym's plural is one too ("VAs", "OVAs").
  if (lowerCase === 1 && word.length > 2 && word.endsWith('s')) return false;
  // Read as character codes (see `wordCharAt`).
  const next = text.charCodeAt(end);
  // Before an apostrophe, only a possessive: "Don't", "I'm" and "T'Challa" are no names here.
  if (apostropheCode(next) && wordCharAt(text, end + 1)) {
    const s = text.charCodeAt(end + 1);
    if (!((s === LOWER_S || s === UPPER_S) && !wordCharAt(text, end + 2))) return false;
  }
  if (word.length === 1) return next !== PERIOD && next !== HYPHEN;
  return lowerCase > 0;
}

/** `s` and `S`. */
const LOWER_S = 0x73;
const UPPER_S = 0x53;

/** Whether code unit `c` is an apostrophe that may sit inside a word (' ’ ʼ, as `isApostrophe`). */
const apostropheCode = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2bc;

/**
 * Whether the code unit at `i` of `text` is a letter or a digit (as `isWordChar`; none past the
 * text). Read as a number: a one-character string of a character beyond Latin-1 is a new string
 * each time, and comparing it makes the optimizing compiler recompile the pass.
 */
function wordCharAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return ((c < 128 ? (CODE_CLASSES[c] as number) : classOf(c)) & CODE_LETTER_OR_DIGIT) !== 0;
}

/** Whether the word one space before `at` starts with a digit ("20th Century"). */
function afterNumber(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== SPACE) return false;
  let i = at - 1;
  while (i > 0 && text.charCodeAt(i - 1) > SPACE) i--;
  const first = text.charCodeAt(i);
  return i < at - 1 && isDigitCode(first);
}

/** What two spellings of one merge key may differ by besides case (see form-key.ts). */
const SPELLING_MARKS = /[\s\-‐‑–—_/:;.'’‘`"“”,!?()]/gu;

/** Whether words `i` and `i + 1` of `text` are one space apart (`spans`: see {@link WordList.spans}). */
const oneSpaceApart = (text: string, spans: Int32Array, i: number): boolean => spans[2 * i + 2] === (spans[2 * i + 1] as number) + 1 && text.charCodeAt(spans[2 * i + 1] as number) === SPACE;

/**
 * Counts one document's weak forms on `work.weak`: each whole run of up to {@link MAX_WEAK_WORDS}
 * capitalised words (see {@link weakWord}) one space apart, not right after a number, written mid-sentence (`midSentence`),
 * not inside a known form of the work (`covered`, the spans of the known forms found, in order)
 * nor one space from one (a title or a surname beside a known name is read with it). One pass
 * over the words (the lower-case words are counted where the words are found: capitalised-words.ts).
 */
export function readWeakForms(
  work: WorkTally,
  text: string,
  ordinal: number,
  id: string,
  words: WordList,
  covered: WordList,
  midSentence: (start: number) => boolean,
  docIdCap: number,
  besideWork: (start: number, end: number) => boolean = () => false,
): void {
  let c = 0;
  const known = covered.spans;
  const touches = (start: number, end: number): boolean => {
    while (c < covered.length && (known[2 * c + 1] as number) + 1 < start) c++;
    return c < covered.length && (known[2 * c] as number) <= end + 1;
  };
  const spans = words.spans;
  for (let i = 0; i < words.length; ) {
    // The whole run of capitalised words one space apart: a weak form only when every word of it
    // may be a word of a name and it is no longer than a name ("Century" of "20th Century Fox" is none).
    let j = i + 1;
    while (j < words.length && oneSpaceApart(text, spans, j - 1)) j++;
    // A function word first ("And Jabba?", "The Snoke reveal") is no part of the run.
    while (i < j - 1 && LEADING.has(text.slice(spans[2 * i], spans[2 * i + 1]).toLowerCase())) i++;
    const start = spans[2 * i] as number;
    const end = spans[2 * j - 1] as number;
    // Where the run is read first, its words after (most runs start a sentence or are a known form).
    // A calendar word is a name only before another word of one ("August Walker", not "in August").
    let weak = j - i <= MAX_WEAK_WORDS && !touches(start, end) && midSentence(start) && !afterNumber(text, start) && !(j - i === 1 && CALENDAR.has(text.slice(start, end).toLowerCase()));
    for (let k = i; weak && k < j; k++) weak = weakWord(text, spans[2 * k] as number, spans[2 * k + 1] as number);
    if (weak) addWeak(work, text.slice(start, end), ordinal, id, text, start, end, docIdCap, besideWork(start, end));
    i = j;
  }
}

/**
 * Makes room among a work's weak forms: the ones only one earlier document wrote go (a name that
 * reviewers write comes back, and has mostly been written twice before its place is needed), so a
 * long stream of reviews keeps reading new names in bounded memory.
 */
function pruneWeakForms(work: WorkTally, ordinal: number): void {
  // At most once per document: a map full of forms several documents wrote is read no more often.
  work.weakPruned = ordinal;
  for (const [key, weak] of work.weak) if (weak.lastDoc !== ordinal && countDocuments(weak.docs) < 2) work.weak.delete(key);
}

/** Counts the mention `surface` (at `start..end` of `text`) of document `ordinal` on its weak form. */
function addWeak(work: WorkTally, surface: string, ordinal: number, id: string, text: string, start: number, end: number, docIdCap: number, listedWithWork: boolean): void {
  const key = surface.toLowerCase();
  let weak = work.weak.get(key);
  if (!weak) {
    if (work.weak.size >= MAX_WEAK_FORMS && work.weakPruned !== ordinal) pruneWeakForms(work, ordinal);
    if (work.weak.size >= MAX_WEAK_FORMS) return;
    weak = { surfaces: new Map(), docs: [], docIds: [], lastDoc: -1, read: 0, mentions: 0, besideWorks: 0, context: newFormContext() };
    work.weak.set(flat(key), weak);
  }
  const n = weak.surfaces.get(surface);
  if (n !== undefined) weak.surfaces.set(surface, n + 1);
  // Copies, not slices: a sliced string keeps its whole review alive.
  else if (weak.surfaces.size < MAX_SURFACES) weak.surfaces.set(flat(surface), 1);
  weak.mentions++;
  if (weak.lastDoc !== ordinal) {
    weak.lastDoc = ordinal;
    weak.read = 0;
    addDocument(weak.docs, ordinal);
    if (weak.docIds.length < docIdCap) weak.docIds.push([ordinal, id]);
  }
  // The words around a few mentions per document are enough, and one long text weighs no more.
  if (weak.read < MAX_READ_PER_DOCUMENT) {
    weak.read++;
    readMention(weak.context, text, start, end);
    if (listedWithWork) weak.besideWorks++;
  }
}

/**
 * Makes forms of the work of its weak forms, spellings with one merge key together: those that
 * enough documents write mid-sentence ({@link MIN_WEAK_DOCUMENTS}, or {@link MIN_WEAK_SHARE} of
 * the work's), capitalised
 * {@link CAPITALISED_PER_LOWER} times as often as in lower case, whose words do not name no one
 * (see not-entities.ts), that are no title or word of one a document of the work lists nor of
 * another work's title (`otherTitles`, see {@link allTitleKeys}), no plural of a form ("Titans"
 * beside "Titan"), and whose mentions do not read as a thing (see {@link MAX_NOUN_SHARE}). A key
 * that is already a form stays that form.
 */
export function promoteWeakForms(work: WorkTally, otherTitles: ReadonlySet<string>): void {
  const titleWords = new Set<string>(otherTitles);
  for (const title of [work.title, ...work.aliases.values()]) for (const w of formWords(title)) titleWords.add(w);
  for (const parts of work.parsed.values()) if (work.workTitles.has(parts.key)) for (const w of parts.written) titleWords.add(w);
  const least = Math.max(MIN_WEAK_DOCUMENTS, Math.ceil(work.documents * MIN_WEAK_SHARE));
  // Most weak forms are one document's: only spellings whose documents, with the other spellings
  // of their letters, reach the least are read further.
  // A key of lower-case ASCII letters and digits only, as most are, holds no mark to drop.
  const letters = (key: string): string => {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (!((c >= LOWER_A && c <= LOWER_Z) || isDigitCode(c))) return key.replace(SPELLING_MARKS, '');
    }
    return key;
  };
  const reach = new Map<string, number>();
  const lettersOf = new Map<string, string>();
  for (const [key, weak] of work.weak) {
    const l = letters(key);
    lettersOf.set(key, l);
    reach.set(l, (reach.get(l) ?? 0) + countDocuments(weak.docs));
  }
  const byKey = new Map<string, { parts: FormParts; weak: WeakForm[]; lower: number }>();
  const reached = [...work.weak].filter(([lower]) => (reach.get(lettersOf.get(lower) as string) ?? 0) >= least);
  // In spelling order, so the spelling whose parts a merge key takes does not hang on the reviews' order.
  for (const [lower, weak] of reached.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const surface = [...weak.surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] as string;
    if (namesNoOne(surface)) continue;
    const parts = formParts(surface);
    if (!parts.key || work.forms.has(parts.key) || titleWords.has(parts.key) || parts.written.some((w) => titleWords.has(w))) continue;
    if (ordinaryWords(work, parts.written, weak.mentions)) continue;
    const group = byKey.get(parts.key) ?? { parts, weak: [], lower: 0 };
    group.weak.push(weak);
    group.lower += work.lowerWords.get(lower);
    byKey.set(parts.key, group);
  }
  for (const [key, { parts, weak, lower }] of byKey) {
    if (key.endsWith('s') && (work.forms.has(key.slice(0, -1)) || byKey.has(key.slice(0, -1)))) continue;
    const tally = newFormTally(parts);
    let besideWorks = 0;
    for (const w of weak) {
      besideWorks += w.besideWorks;
      for (const [s, n] of w.surfaces) tally.surfaces.set(s, (tally.surfaces.get(s) ?? 0) + n);
      tally.docs = mergeSketches(tally.docs, w.docs);
      tally.docIds.push(...w.docIds);
      tally.mentions += w.mentions;
      for (const k of Object.keys(tally.context) as Array<keyof FormContext>) tally.context[k] += w.context[k];
    }
    if (tally.mentions < CAPITALISED_PER_LOWER * lower || nounShare(tally.context, besideWorks) >= MAX_NOUN_SHARE) continue;
    if (countDocuments(tally.docs) < least) continue;
    // A name no review vouches for is far more often a minor character than a real person, whom
    // reviewers name in full, with a role, where the per-document stage accepts them.
    tally.votes.character = WEAK_CHARACTER_LEAN * countDocuments(tally.docs);
    work.forms.set(key, tally);
  }
}

/**
 * Whether the words `written` (lower case) of a weak form written `mentions` times are ordinary
 * words of the language, not a name: one word of {@link ORDINARY_WORDS} ("Amazing"), or a run
 * whose every word is one or is written in lower case by the work's reviews as often as the run
 * is capitalised ("Great Soundtrack", "Weak Ending").
 */
function ordinaryWords(work: WorkTally, written: readonly string[], mentions: number): boolean {
  if (written.length === 1) return ORDINARY_WORDS.has(written[0] as string);
  return written.every((w) => ORDINARY_WORDS.has(w) || work.lowerWords.get(w) >= mentions);
}

/** Lower-case uses across the works' reviews from which a word of another work's title is an ordinary word there. */
const ORDINARY_IN_REVIEWS = 2;

/**
 * The merge keys of the titles of all `works`, with the titles their documents list as works
 * ({@link MIN_LISTED_TITLE} documents or more), and the distinctive words of them: no listed first
 * name, no ordinary word (see {@link ORDINARY_WORDS}) and no word the reviews write in lower case
 * ({@link ORDINARY_IN_REVIEWS} times). A weak form of one work that is another's title, or such a
 * word of it, names that work ("Titan", "Sword Art Online"); "Harry" of one work's "Harry Potter" or
 * "King" of "The Lion King" leaves another's "Harry Osborn" and "King Bradley" alone. A work's own
 * titles block every word of them (see {@link promoteWeakForms}).
 */
export function allTitleKeys(works: Iterable<WorkTally>): Set<string> {
  const all = [...works];
  const out = new Set<string>();
  const words = new Set<string>();
  const add = (parts: readonly string[]): void => {
    if (!parts.length) return;
    out.add(parts.join(''));
    for (const w of parts) if (!isListedFirstName(w) && !ORDINARY_WORDS.has(w)) words.add(w);
  };
  for (const work of all) {
    add(formWords(work.title));
    for (const alias of work.aliases.values()) add(formWords(alias));
    for (const parts of work.parsed.values()) if ((work.workTitles.get(parts.key) ?? 0) >= MIN_LISTED_TITLE) add(parts.written);
  }
  // The words the reviews write in lower case, over every work.
  for (const w of words) {
    let uses = 0;
    for (const work of all) uses += work.lowerWords.get(w);
    if (uses < ORDINARY_IN_REVIEWS) out.add(w);
  }
  return out;
}

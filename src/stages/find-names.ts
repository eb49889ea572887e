/**
 * Stage 4b: find names of characters and real people.
 *
 * wink's lite model has no PERSON entities, so names come from capitalised word pieces, judged by
 * evidence that generalises across review text:
 * 1. pieces: runs of capitalised words (at most four), split at organisations, places, calendar
 *    words and other capitalised non-names; an honorific joins the word after it (`Mrs.Park`); a
 *    listed first name goes on past middle initials and particles (`Edward G. Robinson`,
 *    `Olivia de Havilland`);
 * 2. strong shapes: a hyphenated romanised given name (`Cheong-San`, `Jeon bae-soo`), an honorific,
 *    a script speaker, a run led by a listed first name (`Daphne Moreau`, one mention is enough);
 * 3. cues: a role noun before (`filmmaker X`), `webtoon by X`, `the cast included A, B and C`,
 *    and the casting phrases that tie an actor to a role (`C (A)`, `A as C`, `C, played by A`,
 *    `A plays C`, `A's portrayal of C`, `the role of C`; see {@link applyCues});
 * 4. repetition: a plain proper-noun piece seen twice, once mid-sentence outside a heading, none of
 *    whose words the text also writes in lower case (`Bullying` / `bullying`); at one mention, such
 *    a piece that is a listed first name not after a place preposition, or a lone word with a
 *    maker's or performer's work after it (`Hitchcock's first film`, `a Kubrick film`);
 * 5. merging: one key for case, hyphen and space variants (`Cheong-San` = `Cheong San` =
 *    `Cheongsan`), a lone family name joins the one full name it starts (`Lee` → `Lee Jae-Gyu`),
 *    an honorific form joins the one full name it ends or starts (`Mr Weitz` → `Chris Weitz`), a
 *    name split by a particle or a quoted nickname is one (`Pepe le Moko`), and entities that are no
 *    one by shape and use (`PG-13`, `MGM`, `the Beatles`, `a Brazilian family`) are dropped;
 * 6. kind: a logistic model, its weights learned from labelled reviews (`npm run train:names`),
 *    weighs each entity's evidence (casting side, name shape, titles, plot and family words,
 *    performance words, the text's voice; see `kindFeatures`) into the probability that it is a
 *    real person. Then stage 4c ({@link tieNames}) ties descriptors, dash chains, romanisation
 *    variants and known names.
 */
import { HONORIFICS, NAME_TITLES } from '../data/honorifics';
import { CALENDAR, COMMON_CAPITALISED, HYPHEN_PREFIXES, HYPHENATED_NON_NAMES, INSTITUTION_WORDS, ORGANISATIONS, PLACES_AND_PEOPLES } from '../data/not-names';
import { ALL_UPPER, isApostrophe, isUpper } from '../text/chars';
import { nameKey, romanisationKey } from '../text/name-key';
import { isListGap } from '../text/list-gap';
import { containing, firstAtOrAfter, forwardSearch } from '../text/search';

export { nameKey };
import { isGivenAndKoreanFamily, isKoreanFullName, isKoreanSyllable, koreanSyllableCount } from '../text/korean';
import { GIVEN_NAMES } from '../data/given-names';
import { FIRST_NAMES, WORD_FIRST_NAMES } from '../text/first-names';
import { SPEECH_VERBS } from '../data/speech-verbs';
import { KOREAN_FAMILY_NAMES, KOREAN_FAMILY_NAMES_AMBIGUOUS } from '../data/korean-names';
import { CAST_LIST_CUES, DESCRIPTOR_NOUNS, NOT_CASTING_BEFORE_AS, PERFORMANCE_NOUNS, PLAYED_BY_CUES, PLAYED_BY_VERBS, PLAYS_VERBS, ROLE_NOUNS, ROLE_OF_NOUNS } from '../data/role-words';
import { WORK_NOUNS } from '../data/work-cues';
import type { KnownName, PersonRole, Span } from '../types';
import { cueAt, ShapeFilter, WordSet, wordsRead, type Word } from '../text/words';
import type { Annotation, DialogueLine, EntityDraft, NormalizedText, Segmentation, Sentence, Token, WorkDraft } from './stage-types';
import { tieNames } from './names/tie-names';
import { addDocumentFeatures, decideKind, kindFeatures, type KindDocument, type KindMention } from './names/kind-features';

/** A candidate name: words `first..last` (inclusive). */
interface Piece extends Span {
  first: number;
  last: number;
  key: string;
  honorific: boolean;
  strong: boolean;
  /** Mid-sentence, outside headings, every word a proper noun, none written in lower case elsewhere. */
  plainOk: boolean;
  plain: boolean;
  /** A plain piece with an acronym or a word the text also writes in lower case. */
  common: boolean;
  roles: PersonRole[];
  /** Index of the piece that plays this one. */
  playedBy: Piece | null;
  character: boolean;
}

const MAX_NAME_WORDS = 4;

/** Words after a surname that are not the surname ("Jr", "III"). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv']);

/** Parts of speech that never start a name: a capitalised one is sentence-initial, not a name. */
const LEADING_NON_NAME_POS: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'ADV', 'AUX', 'PART', 'INTJ', 'VERB']);

/** Languages and nationalities by their ending ("Swedish", "Vietnamese"): few names end so. */
const NATIONALITY_ENDING = /^\p{L}{3,}(?:ish|ese)$/u;
const SHORT_WORD = /^\p{L}{1,8}$/u;

const STOP_WORDS: ReadonlySet<string> = new Set([...ORGANISATIONS, ...PLACES_AND_PEOPLES, ...CALENDAR, ...COMMON_CAPITALISED]);

const isStopWord = (lower: string): boolean =>
  STOP_WORDS.has(lower) || ((lower.endsWith('ish') || lower.endsWith('ese')) && NATIONALITY_ENDING.test(lower));

/**
 * True for a given name joined by a hyphen: romanised Korean (`Cheong-San`, `On-Jo`, `bae-soo`),
 * or two capitalised parts that are not an English prefix compound (`Jean-Luc`, not `Anti-Hero`).
 */
export function isHyphenatedName(word: string): boolean {
  const parts = word.split(/[-‐‑]/);
  if (parts.length < 2 || parts.length > 3 || HYPHENATED_NON_NAMES.has(word.toLowerCase())) return false;
  if (!parts.every((p) => SHORT_WORD.test(p) && !(p.length >= 2 && ALL_UPPER.test(p)))) return false;
  if (parts.every(isKoreanSyllable)) return true;
  return !HYPHEN_PREFIXES.has((parts[0] as string).toLowerCase()) && parts.every((p) => isUpper(p[0]));
}

interface Context {
  input: NormalizedText;
  words: readonly Word[];
  lowerOf: (s: Span) => string;
  /** Offsets where a sentence's first word starts. */
  sentenceStarts: ReadonlySet<number>;
}

/** Offsets of the first word of every sentence. */
function sentenceStartsOf(ann: Annotation): Set<number> {
  const starts = new Set<number>();
  for (const s of ann.sentences) if (s.firstWord >= 0) starts.add(s.firstWord);
  return starts;
}

/** A common given name and a capitalised surname ("Kate Winslet", "Samuel L Jackson"). */
function isGivenAndSurname(texts: readonly string[]): boolean {
  const last = texts[texts.length - 1] as string;
  return texts.length >= 2 && texts.length <= 3 && GIVEN_NAMES.has((texts[0] as string).toLowerCase()) && last.length > 1 && !ALL_UPPER.test(last);
}

/** Words in a Korean full name starting at word `i` (3 or 2), or 0. */
function koreanNameAt(ctx: Context, i: number, blocked: Uint8Array): number {
  const family = ctx.words[i] as Word;
  if (!family.capitalised || (!KOREAN_FAMILY_NAMES.has(family.lower) && !KOREAN_FAMILY_NAMES_AMBIGUOUS.has(family.lower))) return 0;
  // Three words, then two (loops, not callbacks: this runs at every capitalised "In", "So", "To").
  for (let n = 3; n >= 2; n--) {
    if (!nameWordsAt(ctx.words, i, n, blocked)) continue;
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

/** Lower-case particles inside a surname ("Olivia de Havilland", "Pepe le Moko", "Hans van der Berg"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'di', 'da', 'du', 'del', 'della', 'des', 'le', 'la', 'van', 'von', 'der', 'den', 'ter', 'ten', 'dos', 'das']);

/** True for a first name of the curated list or the large one ("Daphne", "Errol"). */
export function isListedFirstName(lower: string): boolean {
  return GIVEN_NAMES.has(lower) || FIRST_NAMES.has(lower);
}

/** A single capital letter other than "I": a middle initial ("G" in "Edward G. Robinson"). */
const isInitial = (w: Word): boolean => w.end - w.start === 1 && w.capitalised && w.lower !== 'i';

/** The gap after an initial: its dot, then one space or none ("G. Robinson", "H.B."). */
const initialGap = (gap: string): boolean => gap === '.' || gap === '. ';

/** A capitalised, unmasked word at `k`, one space after the word before it: the rest of a surname. */
function nextIsSurname(words: readonly Word[], k: number, blocked: Uint8Array): boolean {
  const w = words[k];
  return w !== undefined && w.capitalised && w.spaceBefore && !blocked[w.start] && w.end - w.start > 1;
}

/** True when `next`, a stop word, is the surname of first name `first`: a firm's name or an -ese/-ish word. */
function surnameAfterFirst(first: string, next: string): boolean {
  if (!isListedFirstName(first) && !WORD_FIRST_NAMES.has(first)) return false;
  return ORGANISATIONS.has(next) || (!PLACES_AND_PEOPLES.has(next) && NATIONALITY_ENDING.test(next));
}

/** Step 1: capitalised pieces, with honorifics joined to the next word. */
function buildPieces(ctx: Context, blocked: Uint8Array): Piece[] {
  const { words, lowerOf, input } = ctx;
  const pieces: Piece[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    const lower = lowerOf(w);
    // A Korean full name may hold syllables that are stop words elsewhere ("Oh Eun Ji", "Kim So Eun").
    const korean = koreanNameAt(ctx, i, blocked);
    if (korean > 0) {
      const end = (words[i + korean - 1] as Word).end;
      pieces.push({
        first: i, last: i + korean - 1, start: w.start, end, key: nameKey(input.view.slice(w.start, end)), honorific: false,
        strong: false, plainOk: false, plain: false, common: false, roles: [], playedBy: null, character: false,
      });
      i += korean;
      continue;
    }
    // A role noun ("Filmmaker Lee Jae-Gyu") is no part of the name; step 3 reads it as a cue.
    if (!w.capitalised || blocked[w.start] || (isStopWord(lower) && !HONORIFICS.has(lower)) || ROLE_NOUNS.has(lower)) {
      i++;
      continue;
    }
    let last = i;
    let honorific = false;
    if (HONORIFICS.has(lower)) {
      const next = words[i + 1];
      const gap = next ? input.view.slice(w.end, next.start) : '';
      if (!next || !next.capitalised || !(gap === ' ' || gap === '.' || gap === '. ')) {
        i++;
        continue;
      }
      honorific = true;
      last = i + 1;
    }
    // A listed first name may go on past a middle initial ("Edward G. Robinson", "H.B. Warner")
    // and a lower-case particle ("Olivia de Havilland", "Leonardo da Vinci").
    const listedFirst = !honorific && isListedFirstName(lower);
    while (last + 1 < words.length && last - i + 1 < MAX_NAME_WORDS) {
      const next = words[last + 1] as Word;
      const cur = words[last] as Word;
      const lowerGivenName = !next.capitalised && next.hyphenated && isHyphenatedName(input.view.slice(next.start, next.end));
      const particle = listedFirst && last - i + 2 < MAX_NAME_WORDS && !next.capitalised && next.spaceBefore && NAME_PARTICLES.has(next.lower) && nextIsSurname(words, last + 2, blocked);
      if (particle && !blocked[next.start]) {
        last++;
        continue;
      }
      const afterInitial = (listedFirst || last > i || isInitial(w)) && isInitial(cur) && next.capitalised && !ctx.sentenceStarts.has(next.start) && initialGap(input.view.slice(cur.end, next.start));
      if ((!next.capitalised && !lowerGivenName) || !(next.spaceBefore || afterInitial) || cur.possessive || blocked[next.start]) break;
      // "Megan Fox", "Harrison Ford", "Dominic Chianese": a firm's name or a word with a
      // nationality's ending right after a first name is its surname.
      if (isStopWord(lowerOf(next)) && !(last === i && surnameAfterFirst(lower, next.lower))) break;
      last++;
    }
    const first = words[i] as Word;
    const end = (words[last] as Word).end;
    pieces.push({
      first: i, last, start: first.start, end, key: nameKey(input.view.slice(first.start, end)), honorific,
      strong: false, plainOk: false, plain: false, common: false, roles: [], playedBy: null, character: false,
    });
    i = last + 1;
  }
  return pieces;
}

/** Step 2 and the facts step 4 needs, on each piece. */
function judgePieces(ctx: Context, pieces: Piece[], ann: Annotation, seg: Segmentation): Piece[] {
  const { words, lowerOf, input } = ctx;
  // The lower-case words the text writes, among those shaped like a word of some piece.
  const wanted = new ShapeFilter();
  for (const p of pieces) {
    for (let k = p.first; k <= p.last; k++) {
      const w = words[k] as Word;
      wanted.add(w.lower);
      if (w.hyphenated) for (const part of w.lower.split(/[-‐‑]/)) wanted.add(part);
    }
  }
  const lowerCaseWords = new Set<string>();
  for (const w of words) if (!w.capitalised && wanted.has(w.lower)) lowerCaseWords.add(w.lower);
  const { sentenceStarts } = ctx;
  const tokenAt = forwardSearch(ann.tokens);
  const posAt = (at: number): string => {
    const t = ann.tokens[tokenAt(at)];
    return t && t.start === at ? t.pos : '';
  };
  const headings = seg.blocks.filter((b) => b.isHeading);
  const inHeading = (at: number): boolean => containing(headings, at) >= 0;
  const speakers = seg.dialogue.map((d: DialogueLine) => d.speaker);
  const inSpeaker = (p: Piece): boolean => {
    const k = containing(speakers, p.start);
    return k >= 0 && p.end <= (speakers[k] as Span).end;
  };

  const text = (w: Word): string => input.view.slice(w.start, w.end);
  // "Two-day": a hyphenated word made of words the text writes in lower case is no name.
  const givenName = (w: Word): boolean => w.hyphenated && isHyphenatedName(text(w)) && !w.lower.split(/[-‐‑]/).every((part) => lowerCaseWords.has(part));
  const nameListed = (w: Word | undefined): boolean => w !== undefined && (GIVEN_NAMES.has(w.lower) || KOREAN_FAMILY_NAMES.has(w.lower) || KOREAN_FAMILY_NAMES_AMBIGUOUS.has(w.lower));
  const fullName = (p: Piece, ws: readonly Word[]): boolean => {
    const texts = ws.map(text);
    return isKoreanFullName(p.honorific ? texts.slice(1) : texts) || isGivenAndKoreanFamily(texts) || isGivenAndSurname(texts);
  };
  const isAcronym = (w: Word): boolean => w.end - w.start >= 2 && ALL_UPPER.test(text(w));
  const isCommon = (l: string): boolean => lowerCaseWords.has(l) || l.length < 2;
  const isProperNoun = (w: Word): boolean => posAt(w.start) === 'PROPN';

  // Tests made once, not in the loop (an arrow function there is a new object per piece).
  const isInstitutionWord = (l: string): boolean => INSTITUTION_WORDS.has(l);
  const isTitleOrRole = (w: Word): boolean => HONORIFICS.has(lowerOf(w)) || ROLE_NOUNS.has(lowerOf(w));

  /**
   * A run of 2–4 words led by a listed first name, outside headings, whose other words are
   * capitalised words the text never writes in lower case, middle initials or particles
   * ("Daphne Moreau", "Edward G. Robinson", "Olivia de Havilland"): a name at one mention.
   */
  const listedRun = (ws: readonly Word[], lows: readonly string[], start: number): boolean => {
    const n = ws.length;
    const lead = lows[0] as string;
    // A first name that is also a word ("Harrison", "Woody") needs a run tagged as proper nouns mid-sentence.
    const wordName = !isListedFirstName(lead) && WORD_FIRST_NAMES.has(lead);
    if (n < 2 || n > MAX_NAME_WORDS || !(wordName || isListedFirstName(lead)) || lowerCaseWords.has(lead) || inHeading(start)) return false;
    if (wordName && (sentenceStarts.has(start) || !ws.every(isProperNoun))) return false;
    const last = ws[n - 1] as Word;
    if (!last.capitalised || last.end - last.start < 2 || isAcronym(last)) return false;
    for (let k = 1; k < n; k++) {
      const w = ws[k] as Word;
      if (k < n - 1 && (isInitial(w) || (!w.capitalised && NAME_PARTICLES.has(w.lower)))) continue;
      if (!w.capitalised || isCommon(lows[k] as string) || isAcronym(w)) return false;
    }
    return true;
  };

  const kept: Piece[] = [];
  for (const p of pieces) {
    // A sentence-initial function word or verb is no part of a name ("As On-Jo says", "Meet Owen").
    while (p.first < p.last && !p.honorific && sentenceStarts.has(p.start) && !(words[p.first] as Word).hyphenated && LEADING_NON_NAME_POS.has(posAt(p.start))) {
      p.first++;
      p.start = (words[p.first] as Word).start;
      p.key = nameKey(input.view.slice(p.start, p.end));
    }
    if (!(words[p.first] as Word).capitalised) continue;
    const ws = p.first === p.last ? [words[p.first] as Word] : words.slice(p.first, p.last + 1);
    const lows = ws.map(lowerOf);
    if (lows.some(isInstitutionWord)) continue;
    const core = p.honorific ? ws.slice(1) : ws;
    if (core.every(isTitleOrRole)) continue;
    const titled = p.honorific && NAME_TITLES.has(lows[0] as string);
    const maybeFull = ws.length > 1 && (nameListed(ws[0]) || nameListed(ws[1]));
    p.strong = titled || ws.some(givenName) || (maybeFull && fullName(p, ws) && !lowerCaseWords.has(lows[p.honorific ? 1 : 0] as string)) || inSpeaker(p) || (!p.honorific && listedRun(ws, lows, p.start));
    if (!p.strong) {
      p.plain = true;
      const acronym = ws.some(isAcronym);
      const common = lows.some(isCommon);
      // Kept for the cues (`Park Ji-Hu as On Jo`), but never a name by repetition alone.
      p.plainOk = !acronym && !common && !sentenceStarts.has(p.start) && !inHeading(p.start) && ws.every(isProperNoun);
      p.common = acronym || common;
    }
    kept.push(p);
  }
  return kept;
}

/** The first words of the cues that follow a character ("played by", "brought to life by"). */
const PLAYED_BY_FIRST: ReadonlySet<string> = new Set(PLAYED_BY_CUES.map((c) => c[0] as string));

/** First words of the cast-list cues ("the cast included …"), read at every word. */
const CAST_STARTS = new WordSet(CAST_LIST_CUES.map((c) => c[0] as string));

/** Lower-case words between a casting word and the role: "as the long-suffering stage manager Madge". */
const MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'ADV', 'NUM']);
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Verbs of performing, whatever part of speech the tagger gives them ("starred" may read as a noun). */
const PERFORMS: ReadonlySet<string> = new Set([
  'starred', 'stars', 'starring', 'cast', 'appears', 'appeared', 'shines', 'shone', 'performs', 'performed', 'gives', 'gave',
  'delivers', 'delivered', 'turns', 'turned', 'plays', 'played', 'playing', 'excels', 'excelled',
]);
/** Verbs of making a role, not playing it ("created the character of Buffy"). */
const AUTHORING_VERBS: ReadonlySet<string> = new Set([
  'created', 'creates', 'create', 'creating', 'wrote', 'writes', 'write', 'writing', 'written', 'invented', 'invents',
  'conceived', 'devised', 'imagined', 'drew', 'draws', 'designed', 'adapted', 'cut', 'dropped', 'removed', 'added',
]);
/** Determiners before "role of" / "part of" that make it a casting phrase ("the role of", "their roles of"). */
const ROLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', 'my', 'your', 'our']);
/** Words that end a role phrase before the name: "an odd boy named Owen". */
const NAMING_WORDS: ReadonlySet<string> = new Set(['named', 'called']);
/**
 * Words that never stand between an actor and a casting word: an object or reflexive pronoun says
 * someone else is cast ("she sees him as Bob"), `by` starts another clause, `same` and `such`
 * compare ("the same quips as George").
 */
const NOT_BEFORE_CUE: ReadonlySet<string> = new Set([
  'him', 'them', 'us', 'me', 'it', 'himself', 'herself', 'themselves', 'itself', 'myself', 'yourself', 'by', 'than',
  'same', 'such',
]);
/** Prepositions of place: a name after one is a place or a work, not an actor ("in Rome as …"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'into', 'inside', 'near', 'across', 'throughout']);
/** Words right before `plays`/`played` that make its subject someone else: `and`, a passive. */
const NOT_BEFORE_PLAYS: ReadonlySet<string> = new Set(['and', 'is', 'was', 'are', 'were', 'be', 'been', 'being']);
/** Pronouns that can be the subject of a casting verb. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'you']);
/** `as` in these asides is no casting word ("brilliant as always as Miss Marple"). */
const AS_ASIDES: ReadonlySet<string> = new Set(['always', 'usual', 'ever']);
/** Words between a character and `played by`: "Rudy who is played by", "Charlie is beautifully portrayed by". */
const BEFORE_PLAYED_BY: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'who', 'that', 'which', 'also', 'here', 'now']);
/** Parts of speech between a played-by verb and `by`: "played reasonably well by", "played in the film by". */
const BETWEEN_PLAYED_AND_BY: ReadonlySet<string> = new Set(['ADV', 'ADP', 'DET', 'NOUN']);
/** Parts of speech that make a bracket more than a name and a few describing words ("(the book by X)"). */
const CLAUSE_POS: ReadonlySet<string> = new Set(['ADP', 'AUX', 'CCONJ', 'SCONJ', 'PRON', 'PART']);
/** Quote marks around a title that holds `as` ("Clean as a Whistle"). */
const QUOTE_MARKS = '"“”‘’\'«»';
const isQuote = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && QUOTE_MARKS.includes(ch);
/** How far each casting reader looks: every window is bounded, so the readers stay linear. */
const MAX_MODIFIERS = 4;
const MAX_BEFORE_CUE = 10;
const MAX_BRACKET_WORDS = 6;
const MAX_LIST = 6;

/** The part of speech of each word's first token (one pass over both lists). */
function wordPos(words: readonly Word[], tokens: readonly Token[]): string[] {
  const out: string[] = new Array<string>(words.length);
  let t = 0;
  for (let k = 0; k < words.length; k++) {
    const start = (words[k] as Word).start;
    while (t < tokens.length && (tokens[t] as Token).start < start) t++;
    const token = tokens[t];
    out[k] = token && token.start === start ? token.pos : '';
  }
  return out;
}

/**
 * True for the gap between two words of one clause: spaces, at most one comma, after an optional
 * possessive `’s` (word ends stop before it), no line break.
 */
function clauseGap(gap: string): boolean {
  let t = gap;
  if (t.startsWith("'s") || t.startsWith('’s')) t = t.slice(2);
  else if (t.startsWith("'") || t.startsWith('’')) t = t.slice(1);
  if (t.length > 4 || t.includes('\n')) return false;
  t = t.trim();
  return t === '' || t === ',';
}

/**
 * Step 3: role nouns, `by`, cast lists and the casting patterns that tie an actor to a role:
 * `C (A)`, `C (played by A)`, `A (as C)`, `C, played by A`, `C is played (well) by A`,
 * `A … as (det adj*) C`, `A plays (det adj*) C`, `A's portrayal of C`, `the role of C`, and the
 * parallel lists `A, B and C as X, Y and Z`. The actor gets the role `actor`, the role its link.
 */
function applyCues(ctx: Context, pieces: Piece[], workMask: Uint8Array, ann: Annotation): void {
  const { words, lowerOf, input } = ctx;
  const pieceAt = new Map(pieces.map((p) => [p.first, p]));
  const pieceEnding = new Map(pieces.map((p) => [p.last, p]));
  const pos = wordPos(words, ann.tokens);
  const addRole = (p: Piece, role: PersonRole): void => {
    if (!p.roles.includes(role)) p.roles.push(role);
  };
  const gapIsListSeparator = (a: number, b: number): boolean => isListGap(input.view.slice(a, b));
  /** The text between word `k - 1` and word `k`. */
  const gapBefore = (k: number): string => input.view.slice((words[k - 1] as Word).end, (words[k] as Word).start);
  // "Albeniz’ masterpiece", "Jones' film": a bare apostrophe after a final s, z or x is a
  // possessive too, unless a quote opened before the name ("'Tom Jones'").
  const possessive = (p: Piece): boolean =>
    (words[p.last] as Word).possessive || (isApostrophe(input.view[p.end]) && 'sxz'.includes(input.lower[p.end - 1] as string) && !isQuote(input.view[p.start - 1]));
  /** The first link read wins; an actor is never the role of another link. */
  const link = (role: Piece, actor: Piece): void => {
    if (role === actor || actor.character || role.playedBy || role.roles.length > 0) return;
    role.character = true;
    role.playedBy = actor;
    addRole(actor, 'actor');
  };
  // A nationality or place before the name describes it too ("the Scottish legend Rob Roy").
  const isModifier = (k: number): boolean => {
    const w = words[k] as Word;
    if (w.capitalised) return isStopWord(w.lower) && !pieceAt.has(k) && pos[k] !== 'DET';
    return w.hyphenated || POSSESSIVE_DETERMINERS.has(w.lower) || MODIFIER_POS.has(pos[k] as string);
  };
  /**
   * The name a role phrase from word `k` ends in, after at most `max` lower-case describing words
   * ("the evil Cunningham", "an odd boy named Owen", "the part of teenager Ben"); a possessive
   * name describes the role ("as Anna's father, Chris"), it is not the role.
   */
  const roleAfter = (k: number, max: number): Piece | undefined => {
    let described = false;
    let kin = false;
    let indefinite = false;
    let named = false;
    for (let n = 0; k < words.length && n <= max; n++, k++) {
      if (k === 0) return undefined;
      const gap = gapBefore(k);
      // A comma only after a describing name or a performance noun ("Anna's father, Chris",
      // "X's character, Ophelia"); else it ends the phrase ("as the teacher, Agnes Moorehead as …").
      if (!clauseGap(gap) || (gap.includes(',') && !described && !PERFORMANCE_NOUNS.has((words[k - 1] as Word).lower))) return undefined;
      const p = pieceAt.get(k);
      if (p && possessive(p)) {
        // "as Anna's father, Chris": the possessor describes the role.
        described = true;
        k = p.last;
        continue;
      }
      // "Coburn's Native American love interest": a name right after the possessor describes too.
      if (p && described && !kin) return undefined;
      // A name of several words may hold a common one ("On Jo"); a lone common word is no role,
      // nor a lone word after "a" unless named ("as an unruly Irishman"; "a boy named Owen").
      if (p) return (p.first === p.last && (p.common || (indefinite && !named))) || describesNext(p) ? undefined : p;
      const w = words[k] as Word;
      // After a possessor only a kin or role noun: "Anna's father, Chris", not "Albeniz' masterpiece Iberia".
      if (described && !DESCRIPTOR_NOUNS.has(w.lower)) return undefined;
      if (described) kin = true;
      const roleOf = w.lower === 'of' && ROLE_OF_NOUNS.has((words[k - 1] as Word).lower) && k >= 2 && ROLE_DETERMINERS.has((words[k - 2] as Word).lower);
      if (!(isModifier(k) || NAMING_WORDS.has(w.lower) || roleOf)) return undefined;
      if (w.lower === 'a' || w.lower === 'an') indefinite = true;
      if (NAMING_WORDS.has(w.lower)) named = true;
    }
    return undefined;
  };
  /**
   * True when the name is itself described or cast: a lower-case noun right after it ("the Israeli
   * agent", "the Thuggee guru") or `as` ("…, Ray Winstone as …" is the next actor of a list).
   */
  const describesNext = (p: Piece): boolean => {
    const next = words[p.last + 1];
    if (!next || next.capitalised || !next.spaceBefore) return false;
    return next.lower === 'as' || pos[p.last + 1] === 'NOUN';
  };
  /** A first name (or a name of the given-name shape) that ends its phrase, after an actor's possessive. */
  const ownedName = (c: Piece): boolean => {
    if (possessive(c) || c.common || describesNext(c) || pieceAt.has(c.last + 1)) return false;
    const after = words[c.last + 1];
    if (after && after.capitalised && after.spaceBefore) return false;
    return c.strong || (c.first === c.last && GIVEN_NAMES.has(lowerOf(words[c.first] as Word)));
  };
  /** A lone sentence-initial adverb, adjective or the like ("Thirdly", "Familiar"): no actor. */
  const weakInitial = (p: Piece): boolean =>
    p.first === p.last && !p.strong && ctx.sentenceStarts.has(p.start) && (LEADING_NON_NAME_POS.has(pos[p.first] as string) || pos[p.first] === 'ADJ');
  /**
   * The nearest name before word `k` in the same clause, at most `max` words back, with no other
   * capitalised word, object pronoun or `as` between ("Jessica Lange is excellent as").
   */
  const actorBefore = (k: number, max: number): Piece | undefined => {
    // A subject pronoun between is the actor ("In Focus, he plays"), unless a verb before it
    // opens a clause it belongs to ("X steals every scene he appears in as").
    let pronoun = false;
    for (let j = k - 1, n = 0; j >= 0 && n <= max; j--, n++) {
      if (!clauseGap(gapBefore(j + 1))) return undefined;
      const p = pieceEnding.get(j);
      if (p) return p.common || weakInitial(p) || pronoun ? undefined : p;
      const w = words[j] as Word;
      // A role noun between names someone else ("… allows this actress to shine as").
      if (w.capitalised || NOT_BEFORE_CUE.has(w.lower) || ROLE_NOUNS.has(w.lower)) return undefined;
      if (w.lower === 'as' && !AS_ASIDES.has((words[j + 1] as Word).lower)) return undefined;
      // "… Eraser and was impressive as": `and` joins a second predicate of an earlier subject.
      if (w.lower === 'and' && (pos[j + 1] === 'AUX' || (pos[j + 1] === 'VERB' && !(words[j + 1] as Word).lower.endsWith('ing')))) return undefined;
      if (SUBJECT_PRONOUNS.has(w.lower)) pronoun = true;
      else if (pos[j] === 'VERB' || pos[j] === 'AUX') pronoun = false;
    }
    return undefined;
  };
  /** A possessive actor only through a performance noun: "Head's portrayal as", not "Anna's father as". */
  const actorShaped = (a: Piece, cue: number): boolean => {
    // "Patrick Vale's as Claudius": the performance noun is left out.
    if (!possessive(a) || a.last === cue - 1) return true;
    for (let j = a.last + 1; j < cue && j <= a.last + 3; j++) if (PERFORMANCE_NOUNS.has((words[j] as Word).lower)) return true;
    return false;
  };
  /** Both in one quoted title: `"Clean as a Whistle"`. */
  const quotedPair = (a: Piece, r: Piece): boolean => isQuote(input.view[a.start - 1]) && isQuote(input.view[r.end]);
  /** `as` before the actor opens a comparison: "just as cruel to Cinderella as Drizella". */
  const comparedBefore = (a: Piece): boolean => {
    for (let j = a.first - 1; j >= 0 && j >= a.first - 4; j--) {
      const w = words[j] as Word;
      if (w.lower === 'as' && !w.capitalised && words[j + 1] && !(words[j + 1] as Word).capitalised && (pos[j + 1] === 'ADJ' || pos[j + 1] === 'ADV')) return true;
    }
    return false;
  };
  /** A noun between the name and `plays`: the noun is the subject ("Alaska airlines playing Drake"). */
  const nounBetween = (a: Piece, cue: number): boolean => {
    for (let j = a.last + 1; j < cue; j++) if (pos[j] === 'NOUN' && !PERFORMANCE_NOUNS.has((words[j] as Word).lower)) return true;
    return false;
  };
  /** A verb, auxiliary or adjective between the actor and the cue. */
  const predicateBetween = (a: Piece, cue: number): boolean => {
    for (let j = a.last + 1; j < cue; j++) if (pos[j] === 'VERB' || pos[j] === 'AUX' || pos[j] === 'ADJ' || PERFORMS.has((words[j] as Word).lower)) return true;
    return false;
  };
  /**
   * A name right after `the` or a preposition of place, or after another preposition (or a
   * conjunction, for a lone word) when a verb (not an auxiliary: "A and B’s as C are") follows the
   * role: an object, not the subject of `as` ("in The Terminator as Vukovich", "Witchcraft and
   * Wizardry as Voldemort grows"; but "a turn by A as C", "thanks to A as C", "A as X and B as Y
   * make …").
   */
  const governed = (a: Piece, role: Piece): boolean => {
    const w = words[a.first - 1];
    if (w === undefined || w.capitalised || !(words[a.first] as Word).spaceBefore) return false;
    const tag = pos[a.first - 1];
    if (w.lower === 'the' || PLACE_PREPOSITIONS.has(w.lower)) return true;
    const weak = a.first === a.last && !a.strong;
    return (tag === 'ADP' || (tag === 'CCONJ' && weak)) && verbAfter(role) && pos[role.last + 1] === 'VERB';
  };
  /** A verb of making between the name and the cue: "Whedon created the character of" names its author. */
  const authoredBetween = (a: Piece, cue: number): boolean => {
    for (let j = a.last + 1; j < cue; j++) if (AUTHORING_VERBS.has((words[j] as Word).lower)) return true;
    return false;
  };
  /** A lower-case verb right after the role: `as` joined two clauses ("Owen leaves as Larry arrives"). */
  const verbAfter = (p: Piece): boolean => {
    const w = words[p.last + 1];
    return w !== undefined && w.spaceBefore && !w.capitalised && (pos[p.last + 1] === 'VERB' || pos[p.last + 1] === 'AUX');
  };
  /** Names listed before `p` ("A, B and p"), nearest last, at most {@link MAX_LIST}; none that is a role of `as`. */
  const listBefore = (p: Piece): Piece[] => {
    const list = [p];
    let cur = p;
    while (list.length < MAX_LIST) {
      let j = cur.first - 1;
      if (j >= 0 && lowerOf(words[j] as Word) === 'and') j--;
      const prev = pieceEnding.get(j);
      if (!prev || prev.common || possessive(prev) || !gapIsListSeparator(prev.end, cur.start)) break;
      if (prev.first > 0 && lowerOf(words[prev.first - 1] as Word) === 'as') break;
      list.unshift(prev);
      cur = prev;
    }
    return list;
  };
  /** Names listed from `p` on ("p, Y and Z"), at most {@link MAX_LIST}; none followed by `as`. */
  const listAfter = (p: Piece): Piece[] => {
    const list = [p];
    let cur = p;
    while (list.length < MAX_LIST) {
      let j = cur.last + 1;
      if (words[j] && lowerOf(words[j] as Word) === 'and') j++;
      const next = pieceAt.get(j);
      if (!next || next.common || possessive(next) || !gapIsListSeparator(cur.end, next.start)) break;
      if (words[next.last + 1] && lowerOf(words[next.last + 1] as Word) === 'as') break;
      list.push(next);
      cur = next;
    }
    return list;
  };
  /** `A, B and C as X, Y and Z`: pairs in order when both lists are as long; else the nearest two. */
  const linkLists = (role: Piece, actor: Piece, lists: boolean): void => {
    if (lists) {
      const actors = listBefore(actor);
      const roles = listAfter(role);
      if (actors.length > 1 && actors.length === roles.length) {
        actors.forEach((a, k) => link(roles[k] as Piece, a));
        return;
      }
    }
    link(role, actor);
  };
  /** A bracket right after `p`: `C (A)`, `C(A)`, `C (played by A)`, `C (a wonderful A)`, `A (as C)`. */
  const readBracket = (p: Piece): void => {
    let k = p.last + 1;
    if (k >= words.length || possessive(p) || !/^ ?\($/.test(gapBefore(k))) return;
    if ((words[k] as Word).lower === 'as') {
      // "Casey Vale (as Joline's brother, Jay)": the role phrase reads as after any `as`; a full
      // name playing a described part is an actor even when the part has no name.
      const role = roleAfter(k + 1, MAX_MODIFIERS);
      if (role && input.view[role.end] === ')' && !p.common) link(role, p);
      else if (p.last > p.first && !p.common && !p.character) addRole(p, 'actor');
      return;
    }
    let lower = 0;
    for (; k < words.length && lower <= MAX_BRACKET_WORDS; k++) {
      if (lower > 0 || k > p.last + 1) {
        if (!(words[k] as Word).spaceBefore) return;
      }
      const q = pieceAt.get(k);
      // A work's possessive before the actor: "(Half Nelson's Ryan Gosling)".
      if (q && possessive(q) && pieceAt.has(q.last + 1)) {
        k = q.last;
        continue;
      }
      if (q) break;
      const w = words[k] as Word;
      if (w.capitalised) return;
      if (w.lower === 'by') {
        const before = (words[k - 1] as Word).lower;
        if (!PLAYED_BY_VERBS.has(before) && !PERFORMANCE_NOUNS.has(before)) return;
      } else if (WORK_NOUNS.has(w.lower) || (CLAUSE_POS.has(pos[k] as string) && !PLAYED_BY_VERBS.has(w.lower))) return;
      lower++;
    }
    const q = pieceAt.get(k);
    if (!q || possessive(q) || lower > MAX_BRACKET_WORDS) return;
    const close = input.view[q.end];
    if (close !== ')' && !((close === ',' || close === ';') && !pieceAt.has(q.last + 1))) return;
    const names = (x: Piece): boolean => !x.common && !words.slice(x.first, x.last + 1).some((w) => DESCRIPTOR_NOUNS.has(lowerOf(w)) || ROLE_NOUNS.has(lowerOf(w)));
    if (!names(p) || !names(q)) return;
    // A sentence-initial adverb or the like is no character ("Also (Tom Hanks)").
    if (p.first === p.last && ctx.sentenceStarts.has(p.start) && LEADING_NON_NAME_POS.has(pos[p.first] as string)) return;
    // A bare bracket after a one-word name: the bracketed name must look like a name itself.
    const given = (x: Piece): boolean => x.strong || (x.first === x.last && GIVEN_NAMES.has(lowerOf(words[x.first] as Word)));
    if (lower === 0 && p.first === p.last && q.first === q.last && !given(p) && !given(q)) return;
    if (lower === 0 && p.last > p.first && q.first === q.last) {
      // "Simon Pegg (Sidney)": a lone given name after a full name is the role; any other lone
      // word there is a place, a short form or a surname we cannot place ("Marquez (Colombia)").
      if (GIVEN_NAMES.has(lowerOf(words[q.first] as Word)) && !p.honorific) link(q, p);
      return;
    }
    link(p, q);
  };

  for (const p of pieces) {
    // Role noun right before: "filmmaker Lee Jae-Gyu", "the director Bong".
    const prev = words[p.first - 1];
    // A capitalised role noun mid-sentence is part of a title ("Star Wars"), not a cue.
    const cueable = prev && (words[p.first] as Word).spaceBefore && (!prev.capitalised || ctx.sentenceStarts.has(prev.start));
    const role = cueable ? ROLE_NOUNS.get(lowerOf(prev)) : undefined;
    if (role) addRole(p, role);
    // "webtoon by X", "directed by X"; not "played in the film by X", and only within the sentence
    // (a title line above is no work noun of this `by`).
    if (prev && lowerOf(prev) === 'by') {
      let played = false;
      let work = false;
      for (let j = p.first - 2; j >= 0 && j >= p.first - 7; j--) {
        const w = words[j] as Word;
        if (PLAYED_BY_VERBS.has(w.lower) || PERFORMANCE_NOUNS.has(w.lower)) played = true;
        if (WORK_NOUNS.has(lowerOf(w)) || workMask[w.start]) work = true;
        if (ctx.sentenceStarts.has(w.start)) break;
      }
      if (work && !played) addRole(p, 'author');
      if (p.first >= 2 && lowerOf(words[p.first - 2] as Word) === 'directed') addRole(p, 'director');
    }
    readBracket(p);
    // "Jack Carver, played by Til Schweiger", "brought to life by".
    const after = words[p.last + 1];
    if (after && PLAYED_BY_FIRST.has(after.lower)) {
      for (const cue of PLAYED_BY_CUES) {
        const actor = wordsRead(words, p.last + 1, cue, true) ? pieceAt.get(p.last + 1 + cue.length) : undefined;
        const gap = actor ? input.view.slice(p.end, (words[p.last + 1] as Word).start).trim() : '-';
        if (!actor || (gap !== '' && gap !== ',')) continue;
        link(p, actor);
        break;
      }
    }
    // "Anthony Head's unconvincing portrayal of Sir Walter", "Gilbert's character, Ophelia".
    if (possessive(p) && !p.common) {
      for (let k = p.last + 1; k < words.length && k <= p.last + 3; k++) {
        const w = words[k] as Word;
        if (PERFORMANCE_NOUNS.has(w.lower)) {
          const next = words[k + 1];
          const role2 = next && (next.lower === 'of' || next.lower === 'as') ? roleAfter(k + 2, MAX_MODIFIERS) : roleAfter(k + 1, 0);
          if (role2) link(role2, p);
          break;
        }
        if (w.capitalised || !isModifier(k)) break;
      }
      // "Kate Vale's Rose": an actor's full name owning a first name. Both must look like personal
      // names (a work after a possessive is neither: "John Ford's Stagecoach").
      const owned = pieceAt.get(p.last + 1);
      if (owned && (words[owned.first] as Word).spaceBefore && p.strong && p.last > p.first && !p.roles.some((r) => r !== 'actor') && ownedName(owned)) link(owned, p);
    }
  }
  // Casting words, read at every word: one bounded look back and one forward each.
  for (let k = 1; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.capitalised) continue;
    if (w.lower === 'as') {
      // "A as C", "A is excellent as his wife C", "A turns in a great performance as C".
      const prev = words[k - 1] as Word;
      if (NOT_CASTING_BEFORE_AS.has(prev.lower) || prev.lower === 'as') continue;
      const role2 = roleAfter(k + 1, MAX_MODIFIERS);
      if (!role2) {
        // "Tim Vale as Billy's father": a full name right before `as` playing a described part.
        const owner = pieceAt.get(k + 1);
        const actor = pieceEnding.get(k - 1);
        if (owner && possessive(owner) && pos[owner.last + 1] === 'NOUN' && actor && actor.last > actor.first && w.spaceBefore && !actor.common && !actor.character && !governed(actor, owner)) addRole(actor, 'actor');
        continue;
      }
      const actor = actorBefore(k, MAX_BEFORE_CUE);
      if (!actor || !actorShaped(actor, k) || quotedPair(actor, role2) || comparedBefore(actor)) continue;
      const next = actor.last === k - 1;
      // Words between must say something of the actor ("is excellent", "turns in"), else the name
      // ends another clause ("… Wives and a cameo role as").
      // A comma before a far `as` starts a clause of its own ("Anne washed the dishes, as Marilla … discerned").
      if (!next && (verbAfter(role2) || !predicateBetween(actor, k) || !w.spaceBefore)) continue;
      // "Owen, as Larry notes, …": after a comma, `as` and a verb make a clause.
      if (next && !w.spaceBefore && verbAfter(role2)) continue;
      // "set in Rome as Robert Langdon follows", "in The Terminator as Vukovich": a name after a
      // preposition, conjunction or article is no subject.
      if (next && governed(actor, role2)) continue;
      // "A and B, as X and Y": a comma before `as` still pairs the lists.
      linkLists(role2, actor, next && role2.first === k + 1);
    } else if (PLAYS_VERBS.has(w.lower) && words[k + 1]?.lower !== 'by' && !NOT_BEFORE_PLAYS.has((words[k - 1] as Word).lower)) {
      // "A plays the pretty Princess Dia", "A, who played Captain Wentworth"; not "…, and
      // playing the Emperor" (the subject is further back), nor a passive missing its `by`
      // ("Ripley, who is played then-unknown Weaver").
      const role2 = roleAfter(k + 1, MAX_MODIFIERS + 2);
      const actor = role2 && actorBefore(k, MAX_MODIFIERS);
      if (role2 && actor && actorShaped(actor, k) && !nounBetween(actor, k)) link(role2, actor);
    } else if (w.lower === 'of' && ROLE_OF_NOUNS.has((words[k - 1] as Word).lower) && k >= 2 && ROLE_DETERMINERS.has((words[k - 2] as Word).lower)) {
      // "A … in the role of C", "A and B in their roles of C and D"; "the character of C" alone
      // says C is a character ("a part of Algiers" is neither).
      const role2 = roleAfter(k + 1, MAX_MODIFIERS);
      if (!role2) continue;
      const actor = actorBefore(k - 2, MAX_BEFORE_CUE);
      const inRole = actor && ['in', 'as'].includes((words[actor.last + 1] as Word).lower);
      if (actor && actorShaped(actor, k) && !authoredBetween(actor, k) && (inRole || predicateBetween(actor, k))) linkLists(role2, actor, true);
      else if (!role2.character && role2.roles.length === 0 && !(words[k - 1] as Word).lower.startsWith('part')) role2.character = true;
    }
    if (PLAYED_BY_VERBS.has(w.lower)) {
      // "C is played reasonably well by A", "C who is played by A", "C, played in the film by A".
      let by = k + 1;
      while (by < words.length && by <= k + 4 && (words[by] as Word).lower !== 'by' && !(words[by] as Word).capitalised && BETWEEN_PLAYED_AND_BY.has(pos[by] as string)) by++;
      if ((words[by] as Word | undefined)?.lower !== 'by') continue;
      const actor = roleAfter(by + 1, MAX_MODIFIERS);
      if (!actor) continue;
      let role2: Piece | undefined;
      for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
        if (!clauseGap(gapBefore(j + 1))) break;
        role2 = pieceEnding.get(j);
        if (role2) break;
        const b = words[j] as Word;
        if (!BEFORE_PLAYED_BY.has(b.lower) && pos[j] !== 'ADV') break;
      }
      if (role2 && !possessive(role2) && !role2.common) link(role2, actor);
    }
  }
  // "the cast included A, B, C and more". A plain loop, no closure over `i`: a callback per word
  // that holds one costs a context object per word.
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.capitalised || !CAST_STARTS.has(w.lower)) continue;
    const cue = cueAt(words, i, CAST_LIST_CUES, true);
    if (!cue) continue;
    let at = i + cue.length;
    let prevEnd = (words[at - 1] as Word).end;
    for (;;) {
      if (words[at] && lowerOf(words[at] as Word) === 'and') at++;
      const p = pieceAt.get(at);
      if (!p || !gapIsListSeparator(prevEnd, p.start) || p.character) break;
      addRole(p, 'actor');
      prevEnd = p.end;
      at = p.last + 1;
    }
  }
}

/** Words before a place: a lone first name after one is a town or a state ("from Georgia"). */
const BEFORE_PLACE: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'across', 'throughout', 'inside', 'into', 'around', 'outside']);

/** A lone word after a preposition of place or after `Town,` ("Savannah, Georgia"). */
function placeShaped(ctx: Context, p: Piece): boolean {
  const before = ctx.words[p.first - 1];
  if (!before) return false;
  if (!before.capitalised) return BEFORE_PLACE.has(before.lower);
  // Not after a listed first name: "Anna, Daphne and Rose" is a list of names.
  return ctx.input.view.slice(before.end, p.start) === ', ' && !isListedFirstName(before.lower);
}

/** Nouns after a lone name's possessive that make it a maker or a performer ("Hitchcock's film"). */
const MAKER_NOUNS: ReadonlyMap<string, PersonRole> = new Map<string, PersonRole>([
  ['film', 'other'], ['films', 'other'], ['movie', 'other'], ['movies', 'other'], ['picture', 'other'], ['pictures', 'other'],
  ['filmography', 'other'], ['career', 'other'], ['oeuvre', 'other'],
  ['direction', 'director'], ['directing', 'director'], ['camera', 'director'], ['cinematography', 'other'],
  ['script', 'writer'], ['screenplay', 'writer'], ['dialogue', 'writer'],
  ['novel', 'author'], ['novels', 'author'], ['book', 'author'], ['books', 'author'], ['prose', 'author'],
  ['performance', 'actor'], ['performances', 'actor'], ['acting', 'actor'], ['portrayal', 'actor'], ['interpretation', 'actor'],
  ['depiction', 'actor'], ['rendition', 'actor'], ['delivery', 'actor'],
]);
/** Nouns after `a X` that make X a maker or a star ("a Kubrick film", "an Altman picture"). */
const BRAND_NOUNS: ReadonlySet<string> = new Set(['film', 'movie', 'picture', 'flick', 'vehicle', 'production']);
/** Lower-case describing words allowed between the possessive and the noun ("'s successful first"). */
const MAKER_MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'NUM']);
const MAX_MAKER_MODIFIERS = 3;

/**
 * The role a lone capitalised word gets from the work after it: `X's (adj*) film/direction/
 * performance/novel` or `a X film`; undefined when neither.
 */
function makerEvidence(ctx: Context, p: Piece, pos: readonly string[]): PersonRole | undefined {
  const { words } = ctx;
  const w = words[p.first] as Word;
  if (w.possessive) {
    for (let k = p.first + 1, n = 0; k < words.length && n <= MAX_MAKER_MODIFIERS; k++, n++) {
      const next = words[k] as Word;
      if (!next.spaceBefore) return undefined;
      const role = next.capitalised ? undefined : MAKER_NOUNS.get(next.lower);
      if (role) return role;
      // "Hitchcock's successful first American film": a nationality describes the work too.
      if (next.capitalised ? !PLACES_AND_PEOPLES.has(next.lower) : !MAKER_MODIFIER_POS.has(pos[k] as string)) return undefined;
    }
    return undefined;
  }
  const before = words[p.first - 1];
  const after = words[p.first + 1];
  if (!before || !after || before.capitalised || !w.spaceBefore || !after.spaceBefore || after.capitalised) return undefined;
  return (before.lower === 'a' || before.lower === 'an') && BRAND_NOUNS.has(after.lower) ? 'other' : undefined;
}

/**
 * The full name a lone word stands for, among the full names it starts (`starts`) and ends
 * (`ends`): a listed given name looks first at the names it starts, any other word at the names it
 * ends (a surname), and at the other set only when that one is empty. Among several surnames of a
 * lone word, the one named most recently before (`lastSeen`: two people who share a surname are
 * told apart by the last full name the reader met); otherwise (a given name or a Korean family
 * name several full names start, a titled form) the most mentioned, and undefined when they tie:
 * the text does not say which. No arrays spread from a Set (V8 threw findNames' compiled code away
 * on meeting that mix).
 */
function fullNameFor(
  given: boolean,
  titled: boolean,
  starts: ReadonlySet<number> | undefined,
  ends: ReadonlySet<number> | undefined,
  mentionCount: ReadonlyMap<number, number>,
  lastSeen: ReadonlyMap<number, number>,
): number | undefined {
  const preferred = given ? starts : ends;
  const set = preferred && preferred.size > 0 ? preferred : given ? ends : starts;
  if (!set) return undefined;
  let recent: number | undefined;
  let seen = -1;
  let best: number | undefined;
  let top = -1;
  let tops = 0;
  for (const x of set) {
    const at = lastSeen.get(x) ?? -1;
    if (at > seen) {
      seen = at;
      recent = x;
    }
    const n = mentionCount.get(x) ?? 0;
    if (n > top) {
      top = n;
      tops = 1;
      best = x;
    } else if (n === top) tops++;
  }
  if (recent !== undefined && set === ends && !titled) return recent;
  return tops === 1 ? best : undefined;
}

/** The longest gap (particles or a quoted nickname, with its spaces) that joins two pieces. */
const MAX_JOIN_GAP = 34;
const MAX_NICKNAME_WORDS = 3;

/** True when `gap` is one or two lower-case particles between single spaces (` le `, ` van der `). */
function isParticleGap(gap: string): boolean {
  if (gap.length < 3 || gap[0] !== ' ' || gap[gap.length - 1] !== ' ') return false;
  const parts = gap.slice(1, -1).split(' ');
  return parts.length <= 2 && parts.every((w) => NAME_PARTICLES.has(w));
}

/** The nickname inside `gap` when it is ` 'The Hyena' ` (capitalised words in quote marks), else null. */
function nicknameInGap(gap: string): string | null {
  if (gap.length < 5 || gap[0] !== ' ' || gap[gap.length - 1] !== ' ' || !isQuote(gap[1]) || !isQuote(gap[gap.length - 2])) return null;
  const inner = gap.slice(2, -2);
  const parts = inner.split(' ');
  if (parts.length > MAX_NICKNAME_WORDS || [...inner].some((ch) => isQuote(ch))) return null;
  return parts.every((w) => w.length > 0 && isUpper(w[0] as string)) ? inner : null;
}

/**
 * One name split in pieces by a lower-case particle (`Pepe le Moko`) or a quoted nickname
 * (`Cassie 'The Hyena' Mayweather`) becomes one piece; the nickname becomes a piece of its own that
 * `nicknameOf` ties to the full one. A link to a joined part now points at the joined piece.
 * Bounded: each piece looks at most four pieces ahead, within a short gap.
 */
function joinSplitNames(ctx: Context, pieces: readonly Piece[], acceptedKeys: Set<string>): { pieces: Piece[]; nicknameOf: Map<Piece, Piece> } {
  const { words, input } = ctx;
  const out: Piece[] = [];
  const nicknameOf = new Map<Piece, Piece>();
  const replaced = new Map<Piece, Piece>();
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i] as Piece;
    let joined = false;
    if (!a.common && a.last - a.first <= 1 && !(words[a.last] as Word).possessive) {
      for (let j = i + 1; j < pieces.length && j <= i + 4; j++) {
        const b = pieces[j] as Piece;
        if (b.start - a.end > MAX_JOIN_GAP) break;
        if (b.common || b.honorific || b.first !== b.last) continue;
        const gap = input.view.slice(a.end, b.start);
        const nickname = j === i + 1 && isParticleGap(gap) ? null : nicknameInGap(gap);
        if (nickname === null && !(j === i + 1 && isParticleGap(gap))) continue;
        const given = GIVEN_NAMES.has(ctx.lowerOf(words[a.honorific ? a.first + 1 : a.first] as Word));
        if (!given && !acceptedKeys.has(a.key) && !acceptedKeys.has(b.key) && !a.strong && !b.strong) break;
        const piece: Piece = {
          // Keyed without the quote marks: `Michael "Mac" Byrne` and `Michael Mac Byrne` are one form.
          ...a, last: b.last, end: b.end, key: nameKey(nickname === null ? input.view.slice(a.start, b.end) : `${input.view.slice(a.start, a.end)} ${nickname} ${input.view.slice(b.start, b.end)}`), strong: a.strong || b.strong,
          plainOk: a.plainOk || b.plainOk, plain: a.plain && b.plain, common: false, roles: [...new Set([...a.roles, ...b.roles])],
          playedBy: a.playedBy ?? b.playedBy, character: a.character || b.character,
        };
        acceptedKeys.add(piece.key);
        out.push(piece);
        replaced.set(a, piece);
        replaced.set(b, piece);
        if (nickname !== null) {
          const start = a.end + 2;
          const end = start + nickname.length;
          let first = -1;
          let last = -1;
          for (let k = a.last + 1; k < b.first; k++) {
            const w = words[k] as Word;
            if (w.start >= start && w.end <= end) {
              if (first < 0) first = k;
              last = k;
            }
          }
          if (first >= 0) {
            const nick: Piece = {
              first, last, start, end, key: nameKey(nickname), honorific: false, strong: false, plainOk: false, plain: false,
              common: false, roles: [], playedBy: null, character: false,
            };
            acceptedKeys.add(nick.key);
            out.push(nick);
            nicknameOf.set(nick, piece);
          }
        }
        i = j;
        joined = true;
        break;
      }
    }
    if (!joined) out.push(a);
  }
  if (replaced.size > 0) for (const p of out) if (p.playedBy) p.playedBy = replaced.get(p.playedBy) ?? p.playedBy;
  return { pieces: out, nicknameOf };
}

/** Word endings of nationalities and languages ("Brazilian", "Latino", "Vietnamese", "Israeli"). */
const DEMONYM_ENDING = /^\p{L}{2,}(?:an|ino|ese|ish|i)$/u;
const HAS_DIGIT = /\d/u;

/** What {@link notAName} reads about the text, made once per text and only when needed. */
interface NotANameContext {
  view: string;
  words: readonly Word[];
  /** Word index at each mention start. */
  wordAt: (start: number) => number;
  lowerWords: () => ReadonlySet<string>;
  pos: () => readonly string[];
}

/**
 * True when an entity with no casting cue is no one at all, by the shape and use of its forms: a
 * code with a digit (`PG-13`); one word that is an acronym in capitals (`MGM`); a hyphenated word
 * with a part that is a common word (`Has-Beens`, `Invisible-man`, `African-American`); a word
 * mostly after "the", plural or after a place preposition (`the Beatles`, `in the Casbah`); a word
 * the text also writes in lower case; a
 * nationality used as an adjective (`a Brazilian family`). A listed given name is never dropped.
 */
function notAName(c: NotANameContext, forms: readonly string[], starts: readonly number[], roles: readonly PersonRole[]): boolean {
  if (forms.some((f) => HAS_DIGIT.test(f))) return true;
  if (forms.some((f) => f.includes(' '))) return false;
  const lowerForms = forms.map((f) => f.toLowerCase());
  if (lowerForms.some((f) => GIVEN_NAMES.has(f))) return false;
  if (forms.every((f) => f.length >= 2 && ALL_UPPER.test(f))) return true;
  // A firm named after `released by` may get the role `author`; a cue makes any other word a name.
  if (roles.length > 0) return false;
  const hyphenParts = lowerForms.filter((f) => /[-‐‑]/u.test(f)).flatMap((f) => f.split(/[-‐‑]/u));
  if (hyphenParts.length > 0 && !hyphenParts.every(isKoreanSyllable)) {
    const lower = c.lowerWords();
    if (hyphenParts.some((p) => isStopWord(p) || HYPHEN_PREFIXES.has(p) || lower.has(p))) return true;
  }
  const afterThe = (s: number): boolean => {
    const k = c.wordAt(s);
    return k > 0 && (c.words[k - 1] as Word).lower === 'the' && (c.words[k] as Word).spaceBefore;
  };
  // Mostly after "the", and a plural (a band, a family) or a place one is in or goes to; not a
  // lone title-like character ("the Grinch steals Christmas").
  const inPlace = (s: number): boolean => {
    const k = c.wordAt(s);
    return k > 1 && PLACE_PREPOSITIONS.has((c.words[k - 2] as Word).lower);
  };
  const plural = lowerForms.every((f) => f.endsWith('s') && !f.endsWith('ss'));
  if (starts.filter(afterThe).length * 2 > starts.length && (plural || starts.some((s) => afterThe(s) && inPlace(s)))) return true;
  if (lowerForms.some((f) => c.lowerWords().has(f))) return true;
  // "-man" ends names and heroes ("Newman", "Batman"), not nationalities.
  if (lowerForms.every((f) => DEMONYM_ENDING.test(f) && !f.endsWith('man'))) {
    const pos = c.pos();
    let adjectival = 0;
    for (const s of starts) {
      const k = c.wordAt(s);
      const w = c.words[k] as Word;
      const next = c.words[k + 1];
      if (w.possessive) return false;
      if (next && !next.capitalised && next.spaceBefore && !WORK_NOUNS.has(next.lower) && (pos[k + 1] === 'NOUN' || pos[k + 1] === 'ADJ')) adjectival++;
    }
    if (adjectival * 2 >= starts.length) return true;
  }
  return false;
}

/** Stage 4b: the entities (characters and people) and their mentions, tied by stage 4c. */
export function findNames(
  input: NormalizedText,
  words: readonly Word[],
  ann: Annotation,
  seg: Segmentation,
  works: readonly WorkDraft[],
  known: readonly KnownName[] = [],
): EntityDraft[] {
  const { entities, blocked } = draftNames(input, words, ann, seg, works);
  return tieNames(input, entities, known, blocked);
}

/** Stage 4b before the names are tied: the entities, each one's kind features, the work mask. */
export interface NameDrafts {
  entities: EntityDraft[];
  /** Per entity, its vector in `KIND_FEATURES` order (what the kind model read). */
  features: number[][];
  /** 1 at every offset inside a work mention. */
  blocked: Uint8Array;
}

/** Stage 4b, steps 1–6: the entities, their kinds and the features the kinds were weighed on. */
export function draftNames(input: NormalizedText, words: readonly Word[], ann: Annotation, seg: Segmentation, works: readonly WorkDraft[]): NameDrafts {
  const ctx: Context = { input, words, lowerOf: (s) => ('lower' in s ? (s as Word).lower : input.lower.slice(s.start, s.end)), sentenceStarts: sentenceStartsOf(ann) };
  // Long enough for the last work mention: a read past its end is 0 (undefined), as is the rest.
  const workMask = new Uint8Array(Math.max(0, ...works.map((w) => (w.mentions.at(-1) as Span).end)));
  for (const w of works) for (const m of w.mentions) workMask.fill(1, m.start, m.end);

  let pieces = judgePieces(ctx, buildPieces(ctx, workMask), ann, seg);
  applyCues(ctx, pieces, workMask, ann);

  // Step 4: which pieces are names.
  const plainCount = new Map<string, { all: number; ok: number }>();
  for (const p of pieces.filter((x) => x.plain && !x.common)) {
    const c = plainCount.get(p.key) ?? { all: 0, ok: 0 };
    c.all++;
    if (p.plainOk) c.ok++;
    plainCount.set(p.key, c);
  }
  const cued = (p: Piece): boolean => p.roles.length > 0 || p.character;
  const acceptedKeys = new Set(pieces.filter((p) => p.strong || cued(p)).map((p) => p.key));
  for (const [key, c] of plainCount) if (c.all >= 2 && c.ok >= 1) acceptedKeys.add(key);
  // A lone word once, with the work of a maker or a performer after it ("Hitchcock's first
  // film", "a Kubrick picture").
  const pos = wordPos(words, ann.tokens);
  for (const p of pieces) {
    if (p.first !== p.last || p.common || p.honorific || acceptedKeys.has(p.key)) continue;
    // A listed first name once mid-sentence ("when Daphne leaves"): the kind model weighs it.
    if (p.plainOk && isListedFirstName(ctx.lowerOf(words[p.first] as Word)) && !placeShaped(ctx, p)) {
      acceptedKeys.add(p.key);
      continue;
    }
    const role = makerEvidence(ctx, p, pos);
    if (!role) continue;
    p.roles.push(role);
    acceptedKeys.add(p.key);
  }
  // A full name whose last word is an accepted lone name is that name ("Agnetha Faltskog").
  for (const p of pieces) {
    if (acceptedKeys.has(p.key) || p.common || p.honorific || p.last === p.first || p.last - p.first > 2) continue;
    if (acceptedKeys.has(nameKey(ctx.lowerOf(words[p.last] as Word)))) acceptedKeys.add(p.key);
  }
  // A Korean-shaped piece that spells an accepted name another way is that name ("Su Hyuk").
  let romanised: Set<string> | null = null;
  for (const p of pieces) {
    if (p.last === p.first || acceptedKeys.has(p.key) || p.common) continue;
    romanised ??= new Set([...acceptedKeys].map(romanisationKey));
    if (!romanised.has(romanisationKey(p.key))) continue;
    const ws = words.slice(p.first, p.last + 1).map((w) => input.view.slice(w.start, w.end));
    if (ws.every((w) => koreanSyllableCount(w) > 0)) acceptedKeys.add(p.key);
  }

  // Step 5: entities by key; lone family names and honorific forms join a unique full name.
  const joinedNames = joinSplitNames(ctx, pieces, acceptedKeys);
  pieces = joinedNames.pieces;
  const entities: EntityDraft[] = [];
  const byKey = new Map<string, number>();
  const firstWordOf = new Map<string, Set<number>>();
  const lastWordOf = new Map<string, Set<number>>();
  const ofPiece = new Map<Piece, number>();
  const remember = (map: Map<string, Set<number>>, word: string, e: number): void => {
    const set = map.get(word) ?? new Set<number>();
    set.add(e);
    map.set(word, set);
  };
  const entityFor = (key: string): number => {
    let e = byKey.get(key);
    if (e === undefined) {
      e = entities.push({ kind: 'character', kindConfidence: 0.5, mentions: [], roles: [], descriptors: [], playedBy: null }) - 1;
      byKey.set(key, e);
    }
    return e;
  };
  // A titled full name is keyed without its title, so `Mr.Amitabh Bachan` and `Amitabh Bachan` are one.
  const keyOf = (p: Piece): string => (p.honorific && p.last > p.first + 1 ? nameKey(input.view.slice((words[p.first + 1] as Word).start, p.end)) : p.key);
  const accepted = pieces.filter((p) => acceptedKeys.has(p.key));
  // A full name's tail from a particle on (`Di Girolamo` of `Titta Di Girolamo`): the full name
  // when only one has it (null when several do).
  const tailOwner = new Map<string, string | null>();
  for (const p of accepted) {
    const core = p.honorific ? p.first + 1 : p.first;
    for (let k = core + 1; k < p.last; k++) {
      if (!NAME_PARTICLES.has(ctx.lowerOf(words[k] as Word))) continue;
      const tail = nameKey(input.view.slice((words[k] as Word).start, p.end));
      const owner = tailOwner.get(tail);
      tailOwner.set(tail, owner === undefined || owner === keyOf(p) ? keyOf(p) : null);
    }
  }
  for (const p of accepted) {
    // Full names, titled ones too ("Sir Paul McCartney"), by their first and last core words.
    const core = p.honorific ? p.first + 1 : p.first;
    if (p.last === core || (p.honorific && !NAME_TITLES.has(ctx.lowerOf(words[p.first] as Word)))) continue;
    if (typeof tailOwner.get(p.key) === 'string') continue;
    const e = entityFor(keyOf(p));
    const lastLower = ctx.lowerOf(words[p.last] as Word);
    // "John Jnr" names the son: a lone "John" is the father, so the suffixed form does not claim it.
    if (NAME_SUFFIXES.has(lastLower) && p.last - 1 === core) continue;
    remember(firstWordOf, ctx.lowerOf(words[core] as Word), e);
    // "Charles Evans Jr": the surname is the word before the suffix.
    const lastCore = NAME_SUFFIXES.has(lastLower) && p.last - 1 > core ? p.last - 1 : p.last;
    remember(lastWordOf, ctx.lowerOf(words[lastCore] as Word), e);
  }
  for (const [tail, owner] of tailOwner) {
    const e = owner === null ? undefined : byKey.get(owner);
    if (e !== undefined) byKey.set(tail, e);
  }
  for (const [nick, full] of joinedNames.nicknameOf) {
    byKey.set(nick.key, entityFor(keyOf(full)));
  }
  // A titled surname no full name ends (`Mr. Karva`): a lone `Karva` is the same one.
  const titledSurname = new Map<string, number | null>();
  for (const p of accepted) {
    if (!p.honorific || p.last !== p.first + 1) continue;
    const word = ctx.lowerOf(words[p.last] as Word);
    if (firstWordOf.has(word) || lastWordOf.has(word)) continue;
    const e = entityFor(p.key);
    const had = titledSurname.get(word);
    titledSurname.set(word, had === undefined || had === e ? e : null);
  }
  const mentionCount = new Map<number, number>();
  for (const p of accepted) {
    const e = byKey.get(keyOf(p));
    if (e !== undefined) mentionCount.set(e, (mentionCount.get(e) ?? 0) + 1);
  }
  const lastSeen = new Map<number, number>();
  for (const p of pieces) {
    let e = byKey.get(keyOf(p));
    let start = p.start;
    if (e === undefined && (p.first === p.last || p.honorific) && p.last - p.first <= 1 && !p.common) {
      // A lone family name ("Lee", "Weitz"), a lone given name or an honorific form ("Mr Weitz")
      // of a full name: see fullNameFor.
      const word = ctx.lowerOf(words[p.last] as Word);
      e = fullNameFor(!p.honorific && GIVEN_NAMES.has(word), p.honorific, firstWordOf.get(word), lastWordOf.get(word), mentionCount, lastSeen);
      // "Mr Gatsby" and a lone "Gatsby" the text names by itself are one.
      if (e === undefined && p.honorific && acceptedKeys.has(nameKey(word))) e = entityFor(nameKey(word));
      if (e === undefined && !p.honorific) e = titledSurname.get(word) ?? undefined;
      // "le Moko" after "Pepe le Moko": the particle is part of the form.
      const before = words[p.first - 1];
      if (e !== undefined && !p.honorific && before && NAME_PARTICLES.has(before.lower) && (words[p.first] as Word).spaceBefore) start = before.start;
    }
    if (e === undefined && acceptedKeys.has(p.key)) e = entityFor(keyOf(p));
    if (e === undefined) continue;
    lastSeen.set(e, p.start);
    const entity = entities[e] as EntityDraft;
    entity.mentions.push({ start, end: p.end });
    for (const r of p.roles) if (!entity.roles.includes(r)) entity.roles.push(r);
    ofPiece.set(p, e);
  }
  const characterCued = new Set<number>();
  // The pieces a casting cue names as who plays another: the actor side.
  const actorPieces = new Set<Piece>();
  for (const p of pieces) if (p.playedBy) actorPieces.add(p.playedBy);
  const mentionsOf: KindMention[][] = entities.map(() => []);
  for (const [p, e] of ofPiece) {
    const entity = entities[e] as EntityDraft;
    if (p.character) characterCued.add(e);
    (mentionsOf[e] as KindMention[]).push({
      first: p.first, last: p.last, start: p.start, honorific: p.honorific, characterCue: p.character,
      actorCue: actorPieces.has(p) || p.roles.includes('actor'), crewCue: p.roles.some((r) => r !== 'actor'),
      hyphenatedGiven: p.first === p.last && (words[p.first] as Word).hyphenated && isHyphenatedName(input.view.slice(p.start, p.end)),
      givenApart: !p.honorific && p.last > p.first && isGivenWrittenApart(input.view, words.slice(p.first, p.last + 1)),
    });
    if (p.playedBy) {
      const actor = ofPiece.get(p.playedBy);
      if (actor !== undefined && actor !== e) entity.playedBy = actor;
    }
  }
  // News style: a lone capitalised word repeated there that no cue calls a character or gives a
  // role, that is neither a given name nor a romanised one, and does not speak ("insisted
  // Marilla") as a character in a story does, is a band, firm or place.
  const news = isThirdPerson(ann, input.view);
  if (news) {
    entities.forEach((entity, e) => {
      if (entity.roles.length > 0 || characterCued.has(e) || (mentionsOf[e] as KindMention[]).some((m) => m.last > (m.honorific ? m.first + 1 : m.first))) return;
      const forms = entity.mentions.map((m) => input.view.slice(m.start, m.end));
      if (!forms.some((f) => (/[-‐‑]/.test(f) && isHyphenatedName(f)) || GIVEN_NAMES.has(f.toLowerCase())) && speechTurns(ann, entity) < MIN_SPEECH_TURNS) {
        entity.mentions = [];
      }
    });
  }
  // Not a person at all: a code, an acronym, a compound of common words, `the X`, a word the text
  // writes in lower case, a nationality used as an adjective; never when a casting cue names it.
  const actors = new Set<number>();
  for (const entity of entities) if (entity.playedBy !== null) actors.add(entity.playedBy);
  let lowerWords: Set<string> | null = null;
  let posOfWords: string[] | null = null;
  const wordIndexAt = forwardSearch(words);
  const notNameCtx: NotANameContext = {
    view: input.view,
    words,
    wordAt: (start) => wordIndexAt(start),
    lowerWords: () => (lowerWords ??= new Set(words.filter((w) => !w.capitalised).map((w) => w.lower))),
    pos: () => (posOfWords ??= wordPos(words, ann.tokens)),
  };
  const notNames: number[] = [];
  entities.forEach((entity, e) => {
    if (entity.mentions.length === 0 || characterCued.has(e) || entity.playedBy !== null || actors.has(e)) return;
    if ((mentionsOf[e] as KindMention[]).some((m) => m.actorCue || m.characterCue)) return;
    const forms = entity.mentions.map((m) => input.view.slice(m.start, m.end));
    if (notAName(notNameCtx, forms, entity.mentions.map((m) => m.start), entity.roles)) notNames.push(e);
  });
  // Step 6: kind, by the learned model over each entity's evidence; a person the cues gave no
  // role is `other`.
  const nameEnds = new Set<number>();
  for (const p of ofPiece.keys()) nameEnds.add(p.end);
  const doc: KindDocument = { view: input.view, words, sentenceStarts: ctx.sentenceStarts, news, nameEnds };
  const features = entities.map((_, e) => kindFeatures(doc, mentionsOf[e] as KindMention[]));
  addDocumentFeatures(features.filter((_, e) => (entities[e] as EntityDraft).mentions.length > 0));
  entities.forEach((entity, e) => {
    const { kind, confidence } = decideKind(features[e] as number[]);
    entity.kind = kind;
    entity.kindConfidence = confidence;
    if (entity.kind === 'person' && entity.roles.length === 0) entity.roles.push('other');
  });
  // Dropped after the kinds are weighed: the share of names that read as characters is a trait of
  // the text's style, read over every capitalised candidate it names.
  for (const e of notNames) (entities[e] as EntityDraft).mentions = [];
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start);
  return { entities, features, blocked: workMask };
}

/**
 * A romanised given name written one syllable a word (`Su Hyuk`, `Cheong San`), not a family name
 * and a given name. One syllable a word: English names split into syllables too ("Jason").
 */
function isGivenWrittenApart(view: string, ws: readonly Word[]): boolean {
  if (ws.length > 3) return false;
  const texts = ws.map((w) => view.slice(w.start, w.end));
  return texts.every((t) => koreanSyllableCount(t) === 1) && !isKoreanFullName(texts) && !isGivenAndKoreanFamily(texts);
}

/** Times a lone name must be the subject of a speech verb to count as a character that speaks. */
const MIN_SPEECH_TURNS = 2;

/** How often a speech verb stands right before or after one of the entity's mentions. */
function speechTurns(ann: Annotation, entity: EntityDraft): number {
  let n = 0;
  for (const m of entity.mentions) {
    const t = firstAtOrAfter(ann.tokens, m.start);
    const after = ann.tokens[firstAtOrAfter(ann.tokens, m.end)];
    if (SPEECH_VERBS.has(ann.tokens[t - 1]?.normal ?? '') || SPEECH_VERBS.has(after?.normal ?? '')) n++;
  }
  return n;
}

/**
 * First-person words outside quotes, per word, below which a text reads as news; from
 * {@link STRAY_FROM_WORDS} words on, one stray (a title such as "My Way") is forgiven.
 */
const FIRST_PERSON_RATE = 0.004;
const STRAY_FROM_WORDS = 100;

/**
 * True for text written in the third person (news): few "I", "me", "my" outside quotation marks.
 * A straight quote opens before a word and closes after one; a quote never outlives its paragraph.
 * Reads only the quote marks and first-person words stage 3 listed.
 */
function isThirdPerson(ann: Annotation, view: string): boolean {
  const words = ann.wordCount;
  if (words < 30) return false;
  const most = words * FIRST_PERSON_RATE + (words >= STRAY_FROM_WORDS ? 1 : 0);
  let inQuote = false;
  let first = 0;
  let block = -1;
  const { tokens, sentences } = ann;
  for (const k of ann.voiceTokens) {
    const t = tokens[k] as Token;
    const b = (sentences[t.sentence] as Sentence).block;
    if (b !== block) {
      block = b;
      inQuote = false;
    }
    const c = t.value.charCodeAt(0);
    if (t.value.length === 1) {
      if (c === 0x201c) inQuote = true;
      else if (c === 0x201d) inQuote = false;
      else if (c === 0x22) inQuote = view[t.end] !== undefined && !/\s/.test(view[t.end] as string) && (t.start === 0 || /[\s(]/.test(view[t.start - 1] as string));
    }
    if (t.type !== 'word' || inQuote) continue;
    if (++first > most) return false;
  }
  return true;
}

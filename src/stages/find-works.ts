/**
 * Stage 4a: find works (titles of shows, films, books, webtoons).
 *
 * Evidence, each a general habit of review writers:
 * 1. quote marks around one to eight title words (‘All Of Us Are Dead’, "Kids", "Mork & Mindy"),
 *    markdown emphasis around a title-case phrase (`*My Mister*`), or capitals in a text that is
 *    not shouting (`THE TERMINATOR`);
 * 2. the document title's subject: the longest title-case phrase of the title line that the body
 *    repeats in title case;
 * 3. a cue word before it (`series called X`, `titled X`, `the webtoon X`, `watched X`, `movies
 *    like X, Y`);
 * 4. a follower after it (`X season one`, `the X universe`, `X (1952)`), or its repetition when it
 *    cannot be a name (`The Fourth Man`, `Throw Momma From the Train`);
 * 5. titles the caller passes in `options.works`.
 * Every occurrence of a found title is then a mention; a title written with capitals is mentioned
 * only where its content words are capitalised ("The End", not "the end").
 */
import { GIVEN_NAMES } from '../data/given-names';
import { HONORIFICS } from '../data/honorifics';
import { CALENDAR, ORGANISATIONS, PLACES_AND_PEOPLES } from '../data/not-names';
import { QUOTE_PAIRS } from '../data/quote-pairs';
import { SPEECH_VERBS } from '../data/speech-verbs';
import {
  CASTING_VERBS, DERIVED_WORK_NOUNS, KIND_OF_WORK_NOUNS, LABEL_WORDS, TERM_CUES, NAMING_CUES, NICKNAME_CUES, QUOTED_CONNECTORS, NON_TITLE_LEADS, REVIEW_FILLERS, REVIEW_WORDS, RUN_SPLITTERS, SPEECH_OPENERS, STRONG_WATCH_VERBS, TITLE_CONNECTORS,
  TITLE_CUES, TITLE_LIST_CUES, WATCH_VERBS, WORK_FOLLOWERS, WORK_NOUN_PLURALS, WORK_NOUNS,
} from '../data/work-cues';
import type { Heading, Span } from '../types';
import { isLetter, isSpace, isUpper, isWordChar } from '../text/chars';
import { isListGap } from '../text/list-gap';
import { occurrencesByFirstWord } from '../text/occurrences';
import { firstAtOrAfter, forwardSearch } from '../text/search';
import { isTitlePhrase, lineWords } from '../text/title-case';
import { titleRuns, type Run } from '../text/runs';
import { cueAt, WordSet, type Word } from '../text/words';
import type { Annotation, NormalizedText, WorkDraft } from './stage-types';

/**
 * Spans wrapped in markdown emphasis on one line: `*x*`, `**x**`, `_x_` (not inside a word, as in
 * `snake_case`). Marks pair in order, so the scan is linear.
 */
function emphasisedSpans(view: string): Span[] {
  const spans: Span[] = [];
  if (view.indexOf('*') < 0 && view.indexOf('_') < 0) return spans;
  let open = -1;
  let openLength = 0;
  for (let i = 0; i < view.length; i++) {
    const ch = view[i];
    if (ch === '\n') open = -1;
    if (ch !== '*' && ch !== '_') continue;
    let j = i;
    while (j < view.length && view[j] === ch) j++;
    const length = j - i;
    // Emphasis opens after a space or an opening bracket and closes before a space or punctuation
    // that ends there, so marks inside words and URLs (`._RI_.jpg`, `snake_case`) are left alone.
    const before = view[i - 1];
    const after = view[j];
    const canOpenHere = before === undefined || isSpace(before) || '([{"“‘'.includes(before);
    const canCloseHere = after === undefined || isSpace(after) || (/[.,;:!?)\]'’”"]/.test(after) && !isWordChar(view[j + 1]));
    if (length <= 2) {
      if (open >= 0 && view[open] === ch && openLength === length && !isSpace(before) && canCloseHere) {
        spans.push({ start: open + length, end: i });
        open = -1;
      } else if (canOpenHere && after !== undefined && !isSpace(after)) {
        open = i;
        openLength = length;
      }
    }
    i = j - 1;
  }
  return spans;
}

/** True for a run that is only a personal name ("Lee Jae-Gyu"), which cues must not take for a title. */
function nameShaped(words: readonly Word[], run: Run): boolean {
  const count = run.last - run.first + 1;
  return count <= 3 && words.slice(run.first, run.last + 1).some((w) => w.hyphenated);
}

const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** wink's POS tag of the token that starts at `at` ('' when none does). */
function posAt(ann: Annotation, at: number): string {
  const t = ann.tokens[firstAtOrAfter(ann.tokens, at)];
  return t && t.start === at ? t.pos : '';
}

/** True when a word starts with a digit ("(500) Days", "Apollo 13"): it counts as capitalised in a title. */
const startsWithDigit = (view: string, w: Word): boolean => {
  const c = view.charCodeAt(w.start);
  return c >= 48 && c <= 57;
};

/** A word that may stand inside a title: capitalised, a number, or a connector ("of", "the"). */
const titleWord = (view: string, w: Word): boolean => w.capitalised || startsWithDigit(view, w) || TITLE_CONNECTORS.has(w.lower);

/** What may stand between two words of one title: a space, or a colon, comma, dash or `&` with spaces. */
const TITLE_GAPS: ReadonlySet<string> = new Set([' ', ', ', ': ', ' - ', ' – ', ' — ', ' & ', '&', ' &amp; ']);

/** True when the text between words `a` and `b` (in order) may stand inside one title. */
function titleGap(view: string, a: Word, b: Word): boolean {
  let from = a.end;
  // A possessive inside a title ("Tillie's Punctured Romance", "The Comedians' Comedian").
  if (a.possessive) from += view[from + 1] === 's' ? 2 : 1;
  const gap = view.slice(from, b.start);
  // "Dr. Jekyll and Mr. Hyde", "The Great St. Louis": an abbreviation's dot.
  if (gap === '. ') return HONORIFICS.has(a.lower) || a.lower === 'st' || a.end - a.start === 1;
  return TITLE_GAPS.has(gap);
}

/** Particles inside a person's name ("Di", "Van", "De"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['di', 'de', 'da', 'del', 'van', 'von', 'le', 'la', 'du', 'der']);

/** Numbers after a title's words that make a sequel ("Peter Pan II"). */
const SEQUEL_NUMBERS: ReadonlySet<string> = new Set(['2', '3', '4', '5', 'ii', 'iii', 'iv', 'v']);

/** The most words a quoted title holds; longer quoted stretches are speech. */
const MAX_QUOTED_WORDS = 8;

/**
 * True for one to three words that read as a personal name: a given name or a title first
 * ("Lacy Rand", "Mr. Limpet"), or a hyphenated romanised name.
 */
function personShaped(words: readonly Word[], first: number, last: number): boolean {
  // A sequel's number is no part of a name ("Peter Pan II", "Cruel Intentions 3").
  if (last - first > 2 || words.slice(first + 1, last + 1).some((w) => SEQUEL_NUMBERS.has(w.lower))) return false;
  const lead = words[first] as Word;
  // A capitalised particle inside: "Titta Di Girolamo" (a title writes it in lower case: "Cama de Gato").
  if (last - first === 2 && (words[first + 1] as Word).capitalised && NAME_PARTICLES.has((words[first + 1] as Word).lower) && !TITLE_CONNECTORS.has(lead.lower)) return true;
  if (GIVEN_NAMES.has(lead.lower) || (HONORIFICS.has(lead.lower) && last > first)) return !words.slice(first, last + 1).some((w) => TITLE_CONNECTORS.has(w.lower));
  return last > first && words.slice(first, last + 1).some((w) => w.hyphenated);
}

/**
 * 1c. Titles in quote marks ("Kids", 'Backbeat', "Mork & Mindy", "Airplane!", "What Lies
 * Beneath"): one to eight words, each capitalised, a number or a connector, the last capitalised or
 * followed by `?` / `!` inside the marks. Not a person's name, not a nickname inside a name
 * (`Cassie 'The Hyena' Mayweather`), not a label ("Spoiler Alert") and not short speech ("Oh
 * No!"). Each opening mark reads at most eight words ahead, so the pass is linear.
 */
function quotedTitles(view: string, words: readonly Word[]): { span: Span; cued: boolean }[] {
  const spans: { span: Span; cued: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const open = view[w.start - 1];
    const closers = open === undefined ? undefined : QUOTE_PAIRS.get(open);
    if (!closers || isWordChar(view[w.start - 2]) || !(w.capitalised || startsWithDigit(view, w))) continue;
    // Lower-case words other than connectors: one is allowed in a question or exclamation title
    // ("What's the Matter with Helen?" written "What's the matter with Helen?"); more are speech.
    let loose = 0;
    for (let j = i; j < words.length && j < i + MAX_QUOTED_WORDS; j++) {
      const x = words[j] as Word;
      if (j > i && !titleGap(view, words[j - 1] as Word, x)) break;
      if (!(titleWord(view, x) || QUOTED_CONNECTORS.has(x.lower))) loose++;
      let k = x.end;
      // A plural possessive's apostrophe may be the closing mark itself ('Lost Boys').
      if (x.possessive && view[k] !== "'" && view[k] !== '’') continue;
      const mark = view[k];
      const inner = mark === '?' || mark === '!';
      if (inner || mark === '.' || mark === ',') k++;
      const close = view[k];
      if (close === undefined || !closers.includes(close)) continue;
      if (isWordChar(view[k + 1]) || !(x.capitalised || startsWithDigit(view, x) || inner)) break;
      if (loose > 0 && !(loose === 1 && inner && j - i >= 2 && !words.slice(i, j + 1).some((y) => PRONOUNS.has(y.lower)))) break;
      if (quotedTitleFits(view, words, i, j)) spans.push({ span: { start: w.start, end: inner ? x.end + 1 : x.end }, cued: workCueNear(words, i, j) });
      break;
    }
  }
  return spans;
}

/** Speech verbs whose object is often a title ("she wrote …", "Pink Floyd sings …", "a film called …"). */
const TITLE_VERBS: ReadonlySet<string> = new Set(['write', 'writes', 'wrote', 'sing', 'sings', 'sang', 'call', 'calls', 'called', 'recall', 'recalls', 'recalled', 'describe', 'describes', 'described']);

/**
 * True when a work noun, a watch verb or a work follower stands within three words of the quoted
 * phrase `words[first..last]` ("the film "Up"", "I watched "Up"", ""Up" season two").
 */
function workCueNear(words: readonly Word[], first: number, last: number): boolean {
  const cue = (w: Word | undefined): boolean => w !== undefined && (WORK_NOUNS.has(w.lower) || WORK_NOUN_PLURALS.has(w.lower) || WATCH_VERBS.has(w.lower) || WORK_FOLLOWERS.has(w.lower));
  for (let k = 1; k <= 3; k++) if (cue(words[first - k]) || cue(words[last + k])) return true;
  return false;
}

/** Words of speech addressed to someone: a quoted question or exclamation with one is speech ("Are you mad?"). */
const PRONOUNS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'you', 'your', 'we', 'us', 'our', "i'm", 'i’m', "you're", 'you’re', "don't", 'don’t']);

/** The checks of {@link quotedTitles} on a quoted phrase `words[first..last]`. */
function quotedTitleFits(view: string, words: readonly Word[], first: number, last: number): boolean {
  const inside = words.slice(first, last + 1);
  // Labels and a post's own title line ("Spoiler Alert", "Movie Log 2 - X"): not one work's title.
  if (personShaped(words, first, last) || inside.some((w) => LABEL_WORDS.has(w.lower) || REVIEW_WORDS.has(w.lower))) return false;
  if (last - first < 3 && SPEECH_OPENERS.has((words[first] as Word).lower)) return false;
  if (first === last && isLoneNonTitle((words[first] as Word).lower)) return false;
  const before = words[first - 1];
  const after = words[last + 1];
  // Speech: `says, "Ewww!"`, `"Run!" she shouts`; a role or a nickname: `who plays 'Lacy Rand'`,
  // `Morty, or "Micky"`, `a girl called "Bee"` (but `a movie called "Taxi"` is a title).
  // "or" names a nickname after a comma only (`"Night" or "Day"` lists two titles).
  const nickname = before !== undefined && NICKNAME_CUES.has(before.lower) && (before.lower !== 'or' || view[before.start - 2] === ',');
  const speechBefore = before !== undefined && SPEECH_VERBS.has(before.lower) && !TITLE_VERBS.has(before.lower);
  if (before && (speechBefore || CASTING_VERBS.has(before.lower) || nickname || TERM_CUES.has(before.lower))) return false;
  // One quoted word after "as" is a role or a label (`good in this as 'Hedge'`).
  if (first === last && before?.lower === 'as') return false;
  if (after && SPEECH_VERBS.has(after.lower)) return false;
  if (first === last && before && NAMING_CUES.has(before.lower) && !words.slice(Math.max(0, first - 4), first - 1).some((w) => WORK_NOUNS.has(w.lower))) return false;
  // A nickname between a given name and a surname: `Roscoe "Fatty" Arbuckle`.

  const openAt = (words[first] as Word).start - 1;
  return !(before?.capitalised && after?.capitalised && before.end === openAt - 1 && view[openAt - 1] === ' ' && view[after.start - 1] === ' ' && after.start - (words[last] as Word).end <= 3);
}

/** True when a word is written in capitals only ("TERMINATOR", "EARTH'S"), with two letters or more. */
function allCaps(view: string, w: Word): boolean {
  let letters = 0;
  for (let k = w.start; k < w.end; k++) {
    const ch = view[k] as string;
    if (!isLetter(ch)) continue;
    if (!isUpper(ch)) return false;
    letters++;
  }
  return letters >= 2 || (letters === 1 && w.end - w.start === 1 && (w.lower === 'a' || w.lower === 'i'));
}

/** wink's tags a word of a title in capitals may have (no adverbs, pronouns or conjunctions: "ABSOLUTELY", "BECAUSE"). */
const CAPS_TITLE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'X', '']);

/** Lower-case words a title in capitals may follow inside a clause ("from CAMILLE", "like GOODFELLAS"). */
const LEAD_INS: ReadonlySet<string> = new Set([...TITLE_CONNECTORS, 'like', 'than', 'as', 'into', 'about', 'before', 'after', 'unlike', 'including', 'of']);

/** True when a sentiment hit of wink's lexicon covers the word. */
function opinionAt(ann: Annotation, w: Word): boolean {
  const hit = ann.hits[firstAtOrAfter(ann.hits, w.start)];
  return hit !== undefined && hit.start < w.end;
}

/** Articles: a lone word in capitals after one is a common noun shouted. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Above this share of words in capitals the text is shouting, and capitals mark no title. */
const SHOUTING_SHARE = 0.2;

/**
 * 1d. Titles in capitals (`THE TERMINATOR`, `A YANK AT OXFORD`, `SCARFACE`) in a text that is not
 * itself shouting: a run of capitalised words with one of four letters or more, or one word of
 * five letters or more, none of them a label ("SPOILERS") and no content word one the text also
 * writes in lower case (emphasis: "it was REALLY bad ... really"). One pass over the words.
 */
function capitalTitles(view: string, words: readonly Word[], ann: Annotation): Span[] {
  const spans: Span[] = [];
  let caps = 0;
  let long = 0;
  for (const w of words) {
    if (w.end - w.start < 2) continue;
    long++;
    if (w.capitalised && allCaps(view, w)) caps++;
  }
  if (caps === 0 || caps > long * SHOUTING_SHARE) return spans;
  // The words the text writes in lower case, gathered only once a run in capitals is met.
  let writtenLower: Set<string> | null = null;
  const lowerWords = (): Set<string> => {
    if (writtenLower) return writtenLower;
    writtenLower = new Set<string>();
    for (const w of words) if (w.end - w.start >= 2 && !w.capitalised) writtenLower.add(w.lower);
    return writtenLower;
  };
  const take = (first: number, last: number): void => {
    // Edges: no "I" or connector at the start, no connector at the end ("I LOVED", "… OF").
    while (first < last && (words[first] as Word).lower === 'i') first++;
    while (last > first && TITLE_CONNECTORS.has((words[last] as Word).lower)) last--;
    const inside = words.slice(first, last + 1);
    const content = inside.filter((w) => !TITLE_CONNECTORS.has(w.lower));
    const longest = content.reduce((n, w) => Math.max(n, w.end - w.start), 0);
    if (content.length === 0 || longest < (first === last ? 5 : 4)) return;
    if (inside.some((w) => LABEL_WORDS.has(w.lower) || REVIEW_WORDS.has(w.lower)) || content.some((w) => lowerWords().has(w.lower))) return;
    if (first === last && isLoneNonTitle((words[first] as Word).lower)) return;
    if (personShaped(words, first, last) || content.some((w) => !CAPS_TITLE_TAGS.has(posAt(ann, w.start)))) return;
    // One word in capitals is mostly emphasis ("SOLID", "NOTHING"): only a noun counts.
    const lone = content.length === 1 ? (content[0] as Word) : null;
    if (lone && (posAt(ann, lone.start) === 'ADJ' || lone.lower.endsWith('ly') || WORK_NOUNS.has(lone.lower) || WORK_NOUN_PLURALS.has(lone.lower))) return;
    // A common word in capitals inside a phrase: after an article ("the POINT of") or between
    // a word and the noun it qualifies ("best UNDERSTATED performances").
    const next = words[last + 1];
    const before = words[first - 1];
    const inPhrase = before !== undefined && !before.capitalised && (words[first] as Word).spaceBefore;
    if (lone && inPhrase && (ARTICLES.has(before.lower) || (next && !next.capitalised && next.spaceBefore && posAt(ann, next.start) === 'NOUN'))) return;
    // A lone word shouted inside a clause ("was AWFUL", "a cult CLASSIC", "their APPETIZERS"): a
    // title there follows a preposition, a conjunction or a watch verb ("from CAMILLE").
    if (first === last && inPhrase && !LEAD_INS.has(before.lower) && !WATCH_VERBS.has(before.lower)) return;
    // An opinion word in capitals is emphasis ("DELETE this film", "PERFECT for a family").
    if (lone && opinionAt(ann, lone)) return;
    // Shouting ends with "!" ("MAJOR PROBLEMS!!").
    if (view[(words[last] as Word).end] === '!') return;
    // Codes and ratings: "PG-13", "MI-21".
    if (inside.some((w) => /\d/.test(w.lower))) return;
    spans.push({ start: (words[first] as Word).start, end: (words[last] as Word).end });
  };
  let first = -1;
  for (let i = 0; i <= words.length; i++) {
    const w = words[i];
    const joins = w !== undefined && allCaps(view, w) && (first < 0 || (titleGap(view, words[i - 1] as Word, w) && !view.slice((words[i - 1] as Word).end, w.start).includes('&')));
    if (joins) {
      if (first < 0) first = i;
      continue;
    }
    if (first >= 0) take(first, i - 1);
    first = w !== undefined && allCaps(view, w) ? i : -1;
  }
  return spans;
}

/**
 * A long run cut before a preposition that joins two titles or a title and a place ("The Family at
 * the Three Penny in Chicago" → "The Family"), when both sides hold two capitalised words or more.
 * Short runs keep theirs ("Strangers on a Train", "A Yank at Oxford").
 */
function cutLongRun(words: readonly Word[], run: Run): Run {
  if (run.last - run.first < 5) return run;
  let capsBefore = 0;
  for (let k = run.first; k <= run.last; k++) {
    const w = words[k] as Word;
    if (w.capitalised) capsBefore++;
    else if (RUN_SPLITTERS.has(w.lower) && capsBefore >= 2) {
      const capsAfter = words.slice(k + 1, run.last + 1).filter((x) => x.capitalised).length;
      if (capsAfter < 2) return run;
      let last = k - 1;
      while (last > run.first && !(words[last] as Word).capitalised) last--;
      return { first: run.first, last, start: run.start, end: (words[last] as Word).end };
    }
  }
  return run;
}

/** Words that end no title: a run reaching into the next clause ("Shallow Hal and I'm") is cut before them. */
const CLAUSE_STARTS: ReadonlySet<string> = new Set(['i', "i'm", 'i’m', "i've", 'i’ve', "i'd", 'i’d', "i'll", 'i’ll']);

/**
 * A run without a trailing "I" / "I'm" or a day or month after a preposition ("Copper Tide on
 * Friday"), and the connectors before it.
 */
function trimRunEnd(words: readonly Word[], run: Run): Run {
  let last = run.last;
  const end = words[last] as Word;
  const dated = CALENDAR.has(end.lower) && last - 1 > run.first && !(words[last - 1] as Word).capitalised;
  if (!CLAUSE_STARTS.has(end.lower) && !dated) return run;
  if (dated) last--;
  while (last > run.first && (CLAUSE_STARTS.has((words[last] as Word).lower) || !(words[last] as Word).capitalised)) last--;
  return { first: run.first, last, start: run.start, end: (words[last] as Word).end };
}

/** A year in brackets right after a title: `Title (1952)`, `Title(1952)`. */
function yearAfter(view: string, at: number): boolean {
  let k = at;
  if (view[k] === ' ') k++;
  if (view[k] !== '(' || view[k + 5] !== ')') return false;
  const year = view.slice(k + 1, k + 5);
  return /^(?:1[89]|20)\d\d$/.test(year);
}

/** The most titles one text is searched for (the most evidence first). */
export const MAX_WORKS = 200;

/** Every word that cues a title after it (step 3), in one set. */
const CUE_WORDS = new WordSet(TITLE_CUES, NAMING_CUES, WORK_NOUNS, WATCH_VERBS);
/** First words of the list cues ("the likes of", "such as"). */
const LIST_STARTS = new WordSet(TITLE_LIST_CUES.map((c) => c[0] as string));

/** Connectors that also join two names ("Nick and Gatsby"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'or']);

/** True for two single words joined by "and" / "or" ("Nick and Gatsby"): names as likely as a title. */
function joinsNames(words: readonly Word[], run: Run, lowerOf: (w: Word) => string): boolean {
  const inner = words.slice(run.first, run.last + 1).map(lowerOf);
  return inner.length === 3 && NAME_JOINERS.has(inner[1] as string);
}

/** A run of three words or more, or one with a connector inside (not "and"), is not a personal name. */
function cannotBeName(words: readonly Word[], run: Run, lowerOf: (w: Word) => string): boolean {
  const inner = words.slice(run.first, run.last + 1);
  const lows = inner.map(lowerOf).filter((l) => !NAME_JOINERS.has(l));
  return lows.length >= 3 || lows.some((l) => TITLE_CONNECTORS.has(l));
}

/**
 * A run without the review words at its ends and the fillers around them ("My Review of Kingdom"
 * → "Kingdom") and without leading question words ("Will There Be X" → "X"); the run itself when
 * it has none, null when nothing is left.
 */
function trimReviewWords(words: readonly Word[], run: Run, lowerOf: (w: Word) => string): Run | null {
  const trimmable = (k: number): boolean => {
    const l = lowerOf(words[k] as Word);
    return REVIEW_WORDS.has(l) || REVIEW_FILLERS.has(l) || TITLE_CONNECTORS.has(l);
  };
  const cut = (from: number, to: number, step: number): number => {
    let k = from;
    let sawReview = false;
    while (k !== to + step && trimmable(k)) {
      if (REVIEW_WORDS.has(lowerOf(words[k] as Word))) sawReview = true;
      k += step;
    }
    return sawReview ? k : from;
  };
  let a = cut(run.first, run.last, 1);
  while (a < run.last && NON_TITLE_LEADS.has(lowerOf(words[a] as Word))) a++;
  if (a > run.last) return null;
  const b = cut(run.last, a, -1);
  if (a > b || !(words[a] as Word).capitalised || words.slice(a, b + 1).some((w) => REVIEW_WORDS.has(lowerOf(w)))) return null;
  return { first: a, last: b, start: (words[a] as Word).start, end: (words[b] as Word).end };
}

/**
 * 2b. A title line that names itself a review ("X – My Review", "Review: X", "My Review of X"):
 * the longest of its title-case phrases once review words and fillers are cut from their ends.
 */
function reviewedWork(words: readonly Word[], titleRuns: readonly Run[], lowerOf: (w: Word) => string, countBody: () => ReadonlyMap<string, number>): Span | null {
  if (!titleRuns.some((r) => words.slice(r.first, r.last + 1).some((w) => REVIEW_WORDS.has(lowerOf(w))))) return null;
  const bodyCounts = countBody();
  // The phrase whose words the body uses most ("Gatsby"), then the longest.
  let best: { span: Span; score: number } | null = null;
  for (const run of titleRuns) {
    const t = trimReviewWords(words, run, lowerOf);
    if (!t || nameShaped(words, t) || words.slice(t.first, t.last + 1).some((w) => LABEL_WORDS.has(lowerOf(w)))) continue;
    const score = words.slice(t.first, t.last + 1).reduce((n, w) => n + (TITLE_CONNECTORS.has(lowerOf(w)) ? 0 : bodyCounts.get(lowerOf(w)) ?? 0), 0);
    const longer = !best || t.end - t.start > best.span.end - best.span.start;
    if (!best || score > best.score || (score === best.score && longer)) best = { span: t, score };
  }
  return best?.span ?? null;
}

function isLoneNonTitle(key: string): boolean {
  return !key.includes(' ') && (ORGANISATIONS.has(key) || PLACES_AND_PEOPLES.has(key) || key === 'i');
}

/** Sub-phrases of a run, longest first, that start and end with a capitalised word. */
function* subRuns(words: readonly Word[], run: Run): Generator<Span> {
  for (let len = run.last - run.first + 1; len >= 2; len--) {
    for (let a = run.first; a + len - 1 <= run.last; a++) {
      const first = words[a] as Word;
      const last = words[a + len - 1] as Word;
      if (first.capitalised && last.capitalised) yield { start: first.start, end: last.end };
    }
  }
}

/** Titles searched one by one (each a native search of the text) up to this many; more in one pass. */
const SEARCHES_AT_MOST = 8;

/**
 * True when a title may start at `at`: at a word's start, or at a capital glued to the lower-case
 * word before it in scraped text ("webtoonNow At Our School").
 */
function titleStart(view: string, at: number): boolean {
  if (!isWordChar(view[at - 1])) return true;
  return isUpper(view[at]) && !isUpper(view[at - 1]) && isLetter(view[at - 1]);
}

/**
 * Where each lower-case title occurs as whole words, in order. A few titles are each found by a
 * native search of the text; many in one pass that looks titles up by their first word at every
 * place a title may start, so the text is read a bounded number of times either way.
 */
function titleOccurrences(view: string, lower: string, titles: readonly string[]): number[][] {
  const starts = (at: number): boolean => titleStart(view, at);
  const ends = (end: number): boolean => !isWordChar(view[end]);
  const many = titles.length > SEARCHES_AT_MOST;
  const found = many ? occurrencesByFirstWord(view, lower, titles, starts, ends) : titles.map((): number[] => []);
  titles.forEach((title, k) => {
    // Few titles, or one that starts with punctuation ("(500) days of summer"): a search each.
    if (many && isWordChar(title[0])) return;
    for (let at = lower.indexOf(title); at >= 0; at = lower.indexOf(title, at + 1)) if (starts(at) && ends(at + title.length)) (found[k] as number[]).push(at);
  });
  return found;
}

/**
 * For each word index, how many words before it start with a lower-case letter and are no title
 * connector: an occurrence spanning words `a..b-1` has such a word when the counts at `a` and `b`
 * differ.
 */
function lowerStartCounts(words: readonly Word[]): Int32Array {
  const counts = new Int32Array(words.length + 1);
  words.forEach((w, i) => {
    const lowerStart = !w.capitalised && isLetter(w.lower[0]) && !TITLE_CONNECTORS.has(w.lower);
    counts[i + 1] = (counts[i] as number) + (lowerStart ? 1 : 0);
  });
  return counts;
}

/** True when a title as written has a content word in lower case ("Welcome to the machine"). */
function hasLowerContentWord(form: string): boolean {
  for (const w of lineWords(form)) {
    const ch = w[0];
    if (isLetter(ch) && !isUpper(ch) && !TITLE_CONNECTORS.has(w.toLowerCase())) return true;
  }
  return false;
}

/** Words that may stand between "is" and the kind of work ("is an outstanding thriller"). */
const KIND_GAP = 4;

/**
 * True when the words from `at` read `is` / `was`, then up to four lower-case words, then a kind of
 * work that qualifies no noun after it ("is a funny British sitcom", not "is a film student").
 */
function calledAWork(words: readonly Word[], at: number, ann: Annotation): boolean {
  const verb = words[at];
  if (!verb || !verb.spaceBefore || (verb.lower !== 'is' && verb.lower !== 'was')) return false;
  for (let k = at + 1; k <= at + 1 + KIND_GAP; k++) {
    const w = words[k];
    if (!w || !w.spaceBefore) return false;
    if (WORK_NOUNS.has(w.lower) || KIND_OF_WORK_NOUNS.has(w.lower)) {
      const next = words[k + 1];
      return !(next && next.spaceBefore && !next.capitalised && posAt(ann, next.start) === 'NOUN');
    }
    if (w.capitalised && k > at + 1 && !PLACES_AND_PEOPLES.has(w.lower)) return false;
  }
  return false;
}

/** Stage 4a: every work and its mentions, in order of first mention. */
export function findWorks(input: NormalizedText, words: readonly Word[], ann: Annotation, title: Heading | null, extra: readonly string[]): WorkDraft[] {
  const { view, lower } = input;
  const lowerOf = (w: Word | Span): string => ('lower' in w ? w.lower : lower.slice(w.start, w.end));
  const runs = titleRuns(words);
  // In order of finding, each once (the set answers "seen?" for thousands of titles at once).
  const keys: string[] = [];
  const seen = new Set<string>();
  // Titles written with capitals keep them in every mention: "The End" is not "the end".
  const capitalsKept = new Set<string>();
  // Titles found only by quote marks: a term when the text also writes them in lower case.
  const quotedOnly = new Set<string>();
  // `termIfLower`: found only by its quote marks, with no work word near.
  const add = (form: string, termIfLower = false): void => {
    const k = form.trim().toLowerCase();
    if (!termIfLower) quotedOnly.delete(k);
    if (k.length > 1 && !isLoneNonTitle(k) && !seen.has(k)) {
      if (termIfLower) quotedOnly.add(k);
      seen.add(k);
      keys.push(k);
      if (!hasLowerContentWord(form)) capitalsKept.add(k);
    }
  };
  const formOf = (span: Span): string => view.slice(span.start, span.end);

  // 1. Title-case phrases in quote marks.
  for (const run of runs) {
    const open = view[run.start - 1];
    const close = view[run.end];
    if (open === undefined || close === undefined || run.last === run.first) continue;
    if (QUOTE_PAIRS.get(open)?.includes(close) && quotedTitleFits(view, words, run.first, run.last)) add(formOf(run), !workCueNear(words, run.first, run.last));
  }

  // 1c. Quoted titles of any length up to eight words, one word too; 1d. titles in capitals.
  // A quoted phrase with a work word near it is a title even if the text also writes its words in
  // lower case (`the film "Up"` … "things pick up").
  for (const { span, cued } of quotedTitles(view, words)) add(formOf(span), !cued);
  for (const span of capitalTitles(view, words, ann)) add(formOf(span));

  // 1b. Title-case phrases in markdown emphasis (`*My Mister*`): how writers set titles.
  // One italic word is emphasis ("_you_", "*Anne*"), not a title.
  for (const span of emphasisedSpans(view)) {
    const phrase = view.slice(span.start, span.end);
    if (/\s/.test(phrase) && isTitlePhrase(phrase)) add(formOf(span));
  }

  // 2. The title line's subject, repeated in the body.
  if (title) {
    const inTitle = (r: Run): boolean => r.start >= title.start && r.end <= title.end;
    const titleRunsList = runs.filter(inTitle);
    const bodyKeys = new Set(titleRunsList.some((r) => r.last > r.first) ? runs.filter((r) => !inTitle(r) && r.last > r.first).map(lowerOf) : []);
    let best: Span | null = null;
    for (const run of titleRunsList) {
      if (nameShaped(words, run)) continue;
      for (const sub of subRuns(words, run)) {
        if (!bodyKeys.has(lowerOf(sub))) continue;
        if (!best || sub.end - sub.start > best.end - best.start) best = sub;
        break;
      }
    }
    const bodyCounts = (): Map<string, number> => {
      const counts = new Map<string, number>();
      for (const w of words) if (w.capitalised && (w.start < title.start || w.start >= title.end)) counts.set(w.lower, (counts.get(w.lower) ?? 0) + 1);
      return counts;
    };
    const subject = best ?? reviewedWork(words, titleRunsList, lowerOf, bodyCounts);
    if (subject) add(formOf(subject));
  }

  // 3. Cue words before a run ("the webtoon X", "a series called X", "watched X"); `w` is one.
  const runAt = new Map(runs.map((r) => [r.first, r]));
  const cueBefore = (w: Word, i: number): void => {
    const lw = w.lower;
    // "a series called X" names a work; "a girl called Anne" does not.
    if (NAMING_CUES.has(lw) && !words.slice(Math.max(0, i - 3), i).some((x) => WORK_NOUNS.has(x.lower))) return;
    // "the play X", not "to play with X": a work noun counts only as a noun.
    const glued = words[i + 1]?.start === w.end;
    if (WORK_NOUNS.has(lw) && !glued && !NOUN_TAGS.has(posAt(ann, w.start))) return;
    const full = runAt.get(i + 1);
    const run = full && trimRunEnd(words, cutLongRun(words, full));
    const next = words[i + 1];
    // The title follows its cue directly ("the webtoon X", or glued: "webtoonX"), or after a comma
    // when it cannot be a name ("the compilation film, The Golden Age of Comedy").
    // A run with "and" there is a list more often ("the series, X and Y").
    const commaAfterNoun =
      next !== undefined && run !== undefined && WORK_NOUNS.has(lw) && view.slice(w.end, next.start) === ', ' && cannotBeName(words, run, lowerOf) && !words.slice(run.first, run.last + 1).some((x) => NAME_JOINERS.has(x.lower));
    if (!run || !next || !(next.spaceBefore || next.start === w.end || commaAfterNoun) || nameShaped(words, run) || joinsNames(words, run, lowerOf)) return;
    // "the first movie I've seen": a clause starts.
    if (CLAUSE_STARTS.has((words[run.first] as Word).lower)) return;
    // "the book Diana lent me": one given name after a work noun starts a clause, it is no title.
    if (run.first === run.last && GIVEN_NAMES.has((words[run.first] as Word).lower)) return;
    if (TITLE_CUES.has(lw) || NAMING_CUES.has(lw) || WORK_NOUNS.has(lw)) add(formOf(run));
    else if (WATCH_VERBS.has(lw) && !(words[run.last] as Word).possessive && (cannotBeName(words, run, lowerOf) || strongObject(w, run))) add(formOf(run));
  };
  // "I watched Kill Bill": two capitalised words after a strong watch verb, not a person's shape.
  const strongObject = (verb: Word, run: Run): boolean =>
    STRONG_WATCH_VERBS.has(verb.lower) && run.last === run.first + 1 && !personShaped(words, run.first, run.last) && !HONORIFICS.has((words[run.first] as Word).lower);

  // 3b. Lists after "the likes of" / "such as", when a work noun stands earlier in the sentence.
  // Their titles are added after step 4's; `w` is the first word of a list cue.
  const LOOK_BACK = 25;
  const listed: string[] = [];
  const listAfter = (w: Word, i: number): void => {
    const cue = cueAt(words, i, TITLE_LIST_CUES, false);
    if (!cue) return;
    const from = words[Math.max(0, i - LOOK_BACK)] as Word;
    const before = view.slice(from.start, w.start);
    const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n'));
    const inSentence = words.slice(Math.max(0, i - LOOK_BACK), i).filter((x) => x.start - from.start > sentenceStart);
    if (!inSentence.some((x) => WORK_NOUNS.has(lowerOf(x)) || WORK_NOUN_PLURALS.has(lowerOf(x)))) return;
    // "movies like the Exorcist": an article may stand before the first title.
    const lead = words[i + cue.length];
    const article = lead && !lead.capitalised && lead.lower === 'the' ? 1 : 0;
    let prevEnd = (words[i + cue.length - 1 + article] as Word).end;
    for (let full = runAt.get(i + cue.length + article); full; ) {
      const run = trimRunEnd(words, cutLongRun(words, full));
      if (!isListGap(view.slice(prevEnd, run.start), ['and', 'or']) || nameShaped(words, run) || joinsNames(words, run, lowerOf)) break;
      listed.push(formOf(run));
      prevEnd = run.end;
      let next = run.last + 1;
      if (words[next] && ['and', 'or'].includes(lowerOf(words[next] as Word))) next++;
      full = run.last === full.last ? runAt.get(next) : undefined;
    }
  };

  // 3c. "the edited version of X", "a rip-off of X", "the sequel to X": not a person's name or
  // possessive ("an adaptation of Tom Clancy's novel").
  const derivedFrom = (i: number): void => {
    const link = words[i + 1];
    if (!link || !link.spaceBefore || (link.lower !== 'of' && link.lower !== 'to')) return;
    const full = runAt.get(i + 2);
    if (!full || !(words[i + 2] as Word).spaceBefore) return;
    const run = trimRunEnd(words, cutLongRun(words, full));
    const last = words[run.last] as Word;
    // "The O.C": a run cut at an initial's dot is no whole title.
    const initial = last.end - last.start === 1 && view[last.end] === '.';
    if (initial || last.possessive || nameShaped(words, run) || personShaped(words, run.first, run.last) || joinsNames(words, run, lowerOf)) return;
    if (run.first === run.last && GIVEN_NAMES.has(last.lower)) return;
    add(formOf(run));
  };

  // Steps 3, 3b and 3c read the lower-case words in one pass.
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.capitalised) continue;
    if (DERIVED_WORK_NOUNS.has(w.lower)) derivedFrom(i);
    if (CUE_WORDS.has(w.lower)) cueBefore(w, i);
    if (LIST_STARTS.has(w.lower)) listAfter(w, i);
  }

  // 4. Followers after a run ("X season one", "the X universe").
  for (const full of runs) {
    const next = words[full.last + 1];
    if (!next || !next.spaceBefore || !WORK_FOLLOWERS.has(next.lower)) continue;
    const run = trimReviewWords(words, full, lowerOf);
    // A long run that joins titles or places ("from X City to Y Boy to Z season") is no one title.
    if (!run || nameShaped(words, run) || run.last !== full.last || cutLongRun(words, run).last !== run.last) continue;
    if (run.last > run.first) add(formOf(run));
  }
  for (const title of listed) add(title);

  // 4b. A year in brackets after a run: `Title (1952)`, `Title(1952)`; not a name with its year.
  for (const full of runs) {
    if (!yearAfter(view, full.end)) continue;
    const run = cutLongRun(words, full);
    if (run.last !== full.last || nameShaped(words, run) || personShaped(words, run.first, run.last)) continue;
    // A run right after two lower-case connectors is the end of a title cut short ("… in the Rain").
    const prev = words[run.first - 1];
    const prev2 = words[run.first - 2];
    if (prev && prev2 && !prev.capitalised && !prev2.capitalised && TITLE_CONNECTORS.has(prev.lower) && TITLE_CONNECTORS.has(prev2.lower) && (words[run.first] as Word).spaceBefore) continue;
    add(formOf(run));
  }

  // 4c. Title-case runs the text repeats that cannot be a person's name: led by an article or
  // holding a connector ("The Fourth Man", "Throw Momma From the Train"), mentioned twice or more.
  const repeats = new Map<string, number>();
  const repeatable: Run[] = [];
  for (const run of runs) {
    if (run.last === run.first || run.last - run.first > 7 || personShaped(words, run.first, run.last)) continue;
    const inside = words.slice(run.first, run.last + 1);
    // "The Duke", "The Beatles": one word after an article names a character or a band as often.
    const led = ARTICLES.has((words[run.first] as Word).lower) && run.last - run.first >= 2;
    // "and" joins two names as often as two words of a title ("Howard and Emily").
    if (!led && !inside.some((w) => !w.capitalised && !NAME_JOINERS.has(w.lower))) continue;
    if (inside.some((w) => LABEL_WORDS.has(w.lower) || CLAUSE_STARTS.has(w.lower) || HONORIFICS.has(w.lower))) continue;
    const key = lowerOf(run);
    repeats.set(key, (repeats.get(key) ?? 0) + 1);
    repeatable.push(run);
  }
  for (const run of repeatable) if ((repeats.get(lowerOf(run)) ?? 0) >= 2) add(formOf(run));

  // 4d. A subject of two words or more that the sentence calls a work: "X Y is an outstanding
  // thriller", "X Y was the story of". One word there is as often a surname ("Hitchcock is a
  // master of the thriller"), and "and" joins two actors as often ("A and B are the film").
  for (const full of runs) {
    const run = trimRunEnd(words, full);
    if (run.last === run.first || run.last !== full.last || nameShaped(words, run) || personShaped(words, run.first, run.last)) continue;
    const inside = words.slice(run.first, run.last + 1);
    if (inside.some((w) => NAME_JOINERS.has(w.lower) || HONORIFICS.has(w.lower)) || NON_TITLE_LEADS.has(inside[0]?.lower ?? '') || (words[run.last] as Word).possessive) continue;
    if (calledAWork(words, run.last + 1, ann)) add(formOf(run));
  }

  // 5. Titles the caller knows.
  for (const t of extra) add(t);

  // Mentions: every whole-word occurrence, longest titles first, no overlaps.
  const searched = keys.slice(0, MAX_WORKS).sort((a, b) => b.length - a.length);
  const occurrences = titleOccurrences(view, lower, searched);
  // Long enough for the last occurrence: a read past its end is 0 (undefined), as is the rest.
  let last = 0;
  searched.forEach((key, k) => {
    const at = (occurrences[k] as number[]).at(-1);
    if (at !== undefined) last = Math.max(last, at + key.length);
  });
  const claimed = new Uint8Array(last);
  const lowerStarts = lowerStartCounts(words);
  const works: WorkDraft[] = [];
  searched.forEach((key, k) => {
    const mentions: Span[] = [];
    const found = occurrences[k] as number[];
    const wordAt = forwardSearch(words);
    // A title written with capitals is not mentioned by the same words in lower case.
    const lowerCased = (at: number): boolean => capitalsKept.has(key) && (lowerStarts[wordAt(at + key.length)] as number) > (lowerStarts[wordAt(at)] as number);
    // Words in quote marks that the text also writes in lower case are a term held up ("go home"
    // … “Home”), not a title.
    if (quotedOnly.has(key) && found.some(lowerCased)) return;
    for (const at of found) {
      const end = at + key.length;
      if (claimed[at] || claimed[end - 1] || lowerCased(at)) continue;
      claimed.fill(1, at, end);
      mentions.push({ start: at, end });
    }
    if (mentions.length) works.push({ key, mentions });
  });
  return works.sort((a, b) => (a.mentions[0] as Span).start - (b.mentions[0] as Span).start);
}

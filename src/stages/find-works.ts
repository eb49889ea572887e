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
import { NAME_PARTICLES } from '../data/name-cue-words';
import { GIVEN_NAMES } from '../data/given-names';
import { FIRST_NAMES } from '../text/first-names';
import { HONORIFICS } from '../data/honorifics';
import { CALENDAR, INSTITUTION_WORDS, ORGANISATIONS, PLACES_AND_PEOPLES } from '../data/not-names';
import { QUOTE_PAIRS } from '../data/quote-pairs';
import { SPEECH_VERBS } from '../data/speech-verbs';
import {
  CASTING_VERBS, CREW_NOUNS, DERIVED_WORK_NOUNS, GENRE_CUES, MADE_CUES, KIND_OF_WORK_NOUNS, LABEL_WORDS, TERM_CUES, NAMING_CUES, NICKNAME_CUES, QUOTED_CONNECTORS, NON_COMPARING, NON_TITLE_LEADS, NOT_WORK_HEADS, PEOPLE_NOUNS, REVIEW_FILLERS, REVIEW_WORDS, ROLE_IN_CUES, ROLE_IN_PLURALS, RUN_SPLITTERS, SENTENCE_LEADS, SERIES_NOUNS, SPEECH_OPENERS, STRONG_WATCH_VERBS, TITLE_CONNECTORS, TITLE_QUALIFIED_NOUNS,
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

/**
 * A lower-case noun right after a run, which makes the run its modifier ("the Marvel fans", "a
 * Hitchcock film"), not a title: with `exceptWorkNouns`, a work noun after it ("the Alien film")
 * does not count.
 */
function nounQualifies(ann: Annotation, after: Word | undefined, exceptWorkNouns: boolean): boolean {
  if (!after || !after.spaceBefore || after.capitalised || posAt(ann, after.start) !== 'NOUN') return false;
  return !exceptWorkNouns || (!WORK_NOUNS.has(after.lower) && !WORK_NOUN_PLURALS.has(after.lower));
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
  if (a.possessive) from += view[from + 1] === 's' || view[from + 1] === 'S' ? 2 : 1;
  const gap = view.slice(from, b.start);
  // "Dr. Jekyll and Mr. Hyde", "The Great St. Louis": an abbreviation's dot.
  if (gap === '. ') return HONORIFICS.has(a.lower) || a.lower === 'st' || a.end - a.start === 1;
  return TITLE_GAPS.has(gap);
}

/** True when a run holds a lower-case word other than "and" / "&" / "or" ("Throw Momma From the Train"). */
function hasConnector(words: readonly Word[], run: Run): boolean {
  for (let k = run.first; k <= run.last; k++) {
    const w = words[k] as Word;
    if (!w.capitalised && !NAME_JOINERS.has(w.lower)) return true;
  }
  return false;
}

/** Numbers after a title's words that make a sequel ("Peter Pan II"). */
const SEQUEL_NUMBERS: ReadonlySet<string> = new Set(['2', '3', '4', '5', 'ii', 'iii', 'iv', 'v']);

/** The most words a quoted title holds; longer quoted stretches are speech. */
const MAX_QUOTED_WORDS = 8;

/**
 * True for one to three words that read as a personal name: a given name or a title first
 * ("Lacy Rand", "Mr. Limpet"), or a hyphenated romanised name.
 */
function personShaped(words: readonly Word[], first: number, last: number): boolean {
  if (last - first > 2) return false;
  // Loops, not slices: this runs for most capitalised runs of a text.
  for (let k = first + 1; k <= last; k++) {
    const w = words[k] as Word;
    // A sequel's number is no part of a name ("Peter Pan II", "Cruel Intentions 3").
    if (SEQUEL_NUMBERS.has(w.lower)) return false;
    // A full name's possessive before the last word names something a person has ("Charlie
    // Wilson's War"); in capitals the scanner keeps "'S" inside the word ("WILSON'S").
    if (k < last && (w.possessive || w.lower.endsWith("'s") || w.lower.endsWith('’s'))) return false;
  }
  const lead = words[first] as Word;
  // A capitalised particle inside: "Titta Di Girolamo" (a title writes it in lower case: "Cama de Gato").
  if (last - first === 2 && (words[first + 1] as Word).capitalised && NAME_PARTICLES.has((words[first + 1] as Word).lower) && !TITLE_CONNECTORS.has(lead.lower)) return true;
  if (GIVEN_NAMES.has(lead.lower) || (HONORIFICS.has(lead.lower) && last > first)) {
    for (let k = first; k <= last; k++) if (TITLE_CONNECTORS.has((words[k] as Word).lower)) return false;
    return true;
  }
  if (last === first) return false;
  for (let k = first; k <= last; k++) if ((words[k] as Word).hyphenated) return true;
  return false;
}

/**
 * 1c. Titles in quote marks ("Kids", 'Backbeat', "Mork & Mindy", "Airplane!", "What Lies
 * Beneath"): one to eight words, each capitalised, a number or a connector, the last capitalised or
 * followed by `?` / `!` inside the marks. Not a person's name, not a nickname inside a name
 * (`Cassie 'The Hyena' Mayweather`), not a label ("Spoiler Alert") and not short speech ("Oh
 * No!"). Each opening mark reads at most eight words ahead, so the pass is linear.
 */
function quotedTitles(view: string, words: readonly Word[], ann: Annotation): { span: Span; cued: boolean }[] {
  const spans: { span: Span; cued: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    // Most words follow a space or a letter, which opens no quote: no lookup for them.
    const before = view.charCodeAt(w.start - 1);
    if (before === 32 || (before >= 97 && before <= 122)) continue;
    const open = view[w.start - 1];
    const closers = open === undefined ? undefined : QUOTE_PAIRS.get(open);
    if (!closers || isWordChar(view[w.start - 2])) continue;
    // A title may follow a lower-case "the" inside the marks (“the Practice”): it starts after it.
    const lead = words[i + 1];
    const article = !w.capitalised && w.lower === 'the' && lead !== undefined && lead.spaceBefore && lead.capitalised;
    if (!article && !(w.capitalised || startsWithDigit(view, w))) continue;
    const first = article ? i + 1 : i;
    // Lower-case words other than connectors: one is allowed in a question or exclamation title
    // ("What's the Matter with Helen?" written "What's the matter with Helen?"); more are speech.
    let loose = 0;
    for (let j = first; j < words.length && j < first + MAX_QUOTED_WORDS; j++) {
      const x = words[j] as Word;
      if (j > first && !titleGap(view, words[j - 1] as Word, x)) break;
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
      if (loose > 0 && !(loose === 1 && inner && j - first >= 2 && !words.slice(first, j + 1).some((y) => PRONOUNS.has(y.lower)))) break;
      if (quotedTitleFits(view, words, first, j, ann)) spans.push({ span: { start: (words[first] as Word).start, end: inner ? x.end + 1 : x.end }, cued: workCueNear(words, first, j) });
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
  // A maker's possessive right before the quote mark: `Ken Burns' "Baseball"`, `Reiner's "North"`.
  if (words[first - 1]?.possessive && words[first - 1]?.capitalised) return true;
  for (let k = 1; k <= 3; k++) if (cue(words[first - k]) || cue(words[last + k])) return true;
  return false;
}

/** Words of speech addressed to someone: a quoted question or exclamation with one is speech ("Are you mad?"). */
const PRONOUNS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'you', 'your', 'we', 'us', 'our', "i'm", 'i’m', "you're", 'you’re', "don't", 'don’t']);

/** The checks of {@link quotedTitles} on a quoted phrase `words[first..last]`. */
function quotedTitleFits(view: string, words: readonly Word[], first: number, last: number, ann: Annotation): boolean {
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
  // A quoted word qualifying a noun is a term ("the "Gypsy" scene"), unless the noun is the work's
  // kind or maker ("the "Heat" actor", "the "Clean as a Whistle" song").
  const closeAt = (words[last] as Word).end;
  const closer = view[closeAt] === '?' || view[closeAt] === '!' ? closeAt + 1 : closeAt;
  if (after && !after.capitalised && after.start === closer + 2 && view[closer + 1] === ' ' && posAt(ann, after.start) === 'NOUN') {
    const kind = WORK_NOUNS.has(after.lower) || WORK_NOUN_PLURALS.has(after.lower) || WORK_FOLLOWERS.has(after.lower) || KIND_OF_WORK_NOUNS.has(after.lower);
    if (!kind && !TITLE_QUALIFIED_NOUNS.has(after.lower)) return false;
  }
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

/** True when one letter stands three times in a row ("awwww", "sooo"). */
function drawnOut(word: string): boolean {
  for (let k = 2; k < word.length; k++) if (word[k] === word[k - 1] && word[k] === word[k - 2]) return true;
  return false;
}

/**
 * True when the gap between two words in capitals may stand inside one title: a title's gap, but no
 * "&" and no comma, which separates two titles of a list ("BUSTER AND BILLIE, WHITE LINE FEVER").
 */
function capsGap(view: string, a: Word, b: Word): boolean {
  if (!titleGap(view, a, b)) return false;
  const gap = view.slice(a.end, b.start);
  return !gap.includes('&') && !gap.includes(',');
}

/** wink's tags a word of a title in capitals may have (no adverbs, pronouns or conjunctions: "ABSOLUTELY", "BECAUSE"). */
const CAPS_TITLE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'NUM', 'X', '']);

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
  // One pass: the share of words in capitals, and the runs of them (first, last, first, last, …),
  // each word tested once: a word in lower case ends a run, a gap that may not stand inside a
  // title ends it and starts the next.
  const found: number[] = [];
  let first = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const shouted = allCaps(view, w);
    if (w.end - w.start >= 2) {
      long++;
      if (shouted && w.capitalised) caps++;
    }
    if (!shouted) {
      if (first >= 0) found.push(first, i - 1);
      first = -1;
    } else if (first >= 0 && !capsGap(view, words[i - 1] as Word, w)) {
      found.push(first, i - 1);
      first = i;
    } else if (first < 0) {
      first = i;
    }
  }
  if (first >= 0) found.push(first, words.length - 1);
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
    // One short word ("I", "TV", "OK", the most common runs) is never a title: no arrays for it.
    if (first === last && (words[first] as Word).end - (words[first] as Word).start < 5) return;
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
    // A number in words is a number, not a title ("NINETY TWO minutes"); a drawn-out word is a
    // cry ("AWWWW", "NOOOO").
    if (content.every((w) => posAt(ann, w.start) === 'NUM') || (content.length === 1 && drawnOut((content[0] as Word).lower))) return;
    // One word in capitals is mostly emphasis ("SOLID", "NOTHING"): only a noun counts.
    const lone = content.length === 1 ? (content[0] as Word) : null;
    if (lone && (posAt(ann, lone.start) === 'ADJ' || lone.lower.endsWith('ly') || WORK_NOUNS.has(lone.lower) || WORK_NOUN_PLURALS.has(lone.lower))) return;
    // A common word in capitals inside a phrase: after an article ("the POINT of") or between
    // a word and the noun it qualifies ("best UNDERSTATED performances").
    const next = words[last + 1];
    const before = words[first - 1];
    const inPhrase = before !== undefined && !before.capitalised && (words[first] as Word).spaceBefore;
    if (lone && inPhrase && (ARTICLES.has(before.lower) || nounQualifies(ann, next, false))) return;
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
  for (let k = 0; k < found.length; k += 2) take(found[k] as number, found[k + 1] as number);
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

/**
 * The end of a title with the sequel or part number written after it ("Shrek 2", "Ring 2", "Cruel
 * Intentions 3"): one to three digits after one space, then no more digits, no rating ("7/10", "7
 * out of 10") and no unit ("3%"); `end` itself when none follows.
 */
function numberAfter(view: string, end: number): number {
  if (view[end] !== ' ') return end;
  let k = end + 1;
  while (k < view.length && k - end <= 4 && isDigit(view.charCodeAt(k))) k++;
  const digits = k - end - 1;
  if (digits < 1 || digits > 3) return end;
  const next = view[k];
  if (next === undefined) return k;
  if (isWordChar(next) || next === '/' || next === '%' || next === ':' || view.startsWith(' out of', k)) return end;
  // "25 years ago", "3 times": a count, not a part.
  if (next === ' ') {
    let e = k + 1;
    while (e < view.length && isLetter(view[e] as string)) e++;
    if (COUNTED.has(view.slice(k + 1, e).toLowerCase())) return end;
  }
  // "3.5", "1,000": a decimal or a thousands mark.
  if ((next === '.' || next === ',') && isDigit(view.charCodeAt(k + 1))) return end;
  return k;
}

/** Nouns after a number that make it a count ("25 years", "3 times"). */
const COUNTED: ReadonlySet<string> = new Set(['years', 'year', 'times', 'minutes', 'hours', 'days', 'weeks', 'months', 'seconds', 'million', 'billion', 'percent', 'episodes', 'seasons', 'people', 'films', 'movies']);

/** True for the char code of a digit. */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A year in brackets right after a title: `Title (1952)`, `Title(1952)`. */
function yearAfter(view: string, at: number): boolean {
  let k = at;
  if (view[k] === ' ') k++;
  if (view[k] !== '(' || view[k + 5] !== ')') return false;
  const year = view.slice(k + 1, k + 5);
  return /^(?:1[89]|20)\d\d$/.test(year);
}

/**
 * A run without the word that opens its sentence ("But The Violent Men" → "The Violent Men",
 * "In Bonanza" → "Bonanza", "Comedy Fat Albert" → "Fat Albert"): a sentence opening after
 * punctuation or a line break, before a capitalised word.
 */
function withoutSentenceLead(words: readonly Word[], run: Run): Run {
  const lead = words[run.first] as Word;
  const next = words[run.first + 1];
  if (run.last === run.first || lead.spaceBefore || !next?.capitalised || !(SENTENCE_LEADS.has(lead.lower) || GENRE_CUES.has(lead.lower))) return run;
  return { first: run.first + 1, last: run.last, start: next.start, end: run.end };
}

/** The most titles one text is searched for (the most evidence first). */
export const MAX_WORKS = 200;

/** Kinds of work a list of titles may follow ("a comedy like X"); "story" and "tale" follow people as often. */
const GENRE_NOUNS: ReadonlySet<string> = new Set(['thriller', 'comedy', 'western', 'horror', 'romcom', 'satire', 'cartoon', 'flick', 'biopic', 'melodrama', 'sequel', 'remake']);

/** True for a comparative that compares works ("worse", "better", "funnier"), not "other" or "more". */
function comparative(w: Word | undefined): boolean {
  if (!w || NON_COMPARING.has(w.lower)) return false;
  return w.lower === 'worse' || w.lower === 'better' || (w.lower.endsWith('er') && w.lower.length > 4);
}

/** Adverbs that may stand before the last item of a list ("Lost, Dexter and even Invasion"). */
const LIST_ADVERBS: ReadonlySet<string> = new Set(['even', 'also', 'especially', 'perhaps', 'maybe']);

/**
 * True when `gap` may stand between two titles of a list: a comma, "and" / "or", then maybe "even"
 * and "the" ("Lost, Dexter and even Invasion", "Titanic, and the Lord of the Rings").
 */
function listGap(gap: string): boolean {
  let t = gap.trimEnd();
  for (let k = 0; k < 2; k++) {
    if (isListGap(t + ' ', ['and', 'or'])) return true;
    const space = t.lastIndexOf(' ');
    const last = t.slice(space + 1).toLowerCase();
    if (space < 0 || !(LIST_ADVERBS.has(last) || last === 'the')) return false;
    t = t.slice(0, space);
  }
  return isListGap(t + ' ', ['and', 'or']);
}

/**
 * A run in capitals cut before a lower-case "and" / "or" ("WHEN DOVES CRY and PURPLE RAIN"): a
 * title in capitals writes its connectors in capitals too.
 */
function cutLowerJoiner(view: string, words: readonly Word[], run: Run): Run {
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    if (NAME_JOINERS.has(w.lower) && !w.capitalised && allCaps(view, words[k - 1] as Word) && allCaps(view, words[k + 1] as Word)) {
      return { first: run.first, last: k - 1, start: run.start, end: (words[k - 1] as Word).end };
    }
  }
  return run;
}

/**
 * A list item cut before an "and" / "or" that joins two titles ("Spirited Away and Fly Away Home",
 * "Lost and Prison Break"): a capitalised word after it and two words or more on one side. One
 * word each side is kept ("Pride and Prejudice").
 */
function splitListItem(words: readonly Word[], run: Run): Run {
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    if (!NAME_JOINERS.has(w.lower) || w.capitalised || !(words[k + 1] as Word).capitalised) continue;
    if (k - run.first >= 2 || run.last - k >= 2) return { first: run.first, last: k - 1, start: run.start, end: (words[k - 1] as Word).end };
  }
  return run;
}

/**
 * The titles of a run split at each lower-case "and" / "or" before a capitalised word ("Collateral
 * and Ray"); with `articleOnly`, only where a capitalised article follows ("X and The Y").
 */
function splitAtJoiners(words: readonly Word[], run: Run, articleOnly: boolean): Run[] {
  const items: Run[] = [];
  let from = run.first;
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    const next = words[k + 1] as Word;
    if (!NAME_JOINERS.has(w.lower) || w.capitalised || !next.capitalised || (articleOnly && !ARTICLES.has(next.lower))) continue;
    items.push({ first: from, last: k - 1, start: (words[from] as Word).start, end: (words[k - 1] as Word).end });
    from = k + 1;
  }
  items.push({ first: from, last: run.last, start: (words[from] as Word).start, end: run.end });
  return items;
}

/** A run cut before an "and" / "or" with two words or more on each side; the run when it has none. */
function splitBothSides(words: readonly Word[], run: Run): Run {
  for (let k = run.first + 2; k < run.last - 1; k++) {
    const w = words[k] as Word;
    if (NAME_JOINERS.has(w.lower) && !w.capitalised && (words[k + 1] as Word).capitalised) return { first: run.first, last: k - 1, start: run.start, end: (words[k - 1] as Word).end };
  }
  return run;
}

/** The part of a run after its last "and" / "or" ("A and B" → "B"); the run when it has none. */
function lastListItem(words: readonly Word[], run: Run): Run {
  for (let k = run.last - 1; k > run.first; k--) {
    const w = words[k] as Word;
    if (NAME_JOINERS.has(w.lower) && !w.capitalised) return { first: k + 1, last: run.last, start: (words[k + 1] as Word).start, end: run.end };
  }
  return run;
}

/** The part of `full` from word `from` on, when `from` lies inside it and starts capitalised. */
function splitRest(words: readonly Word[], full: Run, from: number): Run | undefined {
  const w = words[from];
  if (!w || from > full.last || !w.capitalised || CLAUSE_STARTS.has(w.lower)) return undefined;
  return { first: from, last: full.last, start: w.start, end: full.end };
}

/**
 * Lower-case words that join the parts of a title shaped like one ("Nights of Cabiria"). Other
 * prepositions join a person or a thing to a place, a prize or a work as often ("X in Paris", "X for
 * Monster"), so they are left to the cues.
 */
const SHAPE_CONNECTORS: ReadonlySet<string> = new Set(['of']);

/** Lower-case words a title shaped like one may hold besides {@link SHAPE_CONNECTORS}. */
const SHAPE_FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * The run when it reads as a title by its shape alone (step 4c2), else null: three to ten words,
 * two capitalised, a lower-case "of" ({@link SHAPE_CONNECTORS}) and no other lower-case
 * word but an article, in mid-sentence and not after "the", no head word of a place or body, no
 * word in capitals, no person's name before or after a connector.
 */
function shapedTitle(words: readonly Word[], run: Run, view: string, ann: Annotation): Run | null {
  const count = run.last - run.first + 1;
  if (count < 3 || count > 10) return null;
  // No lower-case "of", no such title: looked at before anything dearer.
  let of = false;
  for (let k = run.first + 1; k < run.last && !of; k++) of = (words[k] as Word).lower === 'of' && !(words[k] as Word).capitalised;
  if (!of) return null;
  const first = words[run.first] as Word;
  const before = words[run.first - 1];
  if (!first.spaceBefore || !before || before.capitalised || before.lower === 'the' || NOT_SUBJECT_TAGS.has(posAt(ann, first.start))) return null;
  let connectors = 0;
  let capitals = 0;
  let part = run.first;
  for (let k = run.first; k <= run.last; k++) {
    const w = words[k] as Word;
    if (NOT_WORK_HEADS.has(w.lower) || HONORIFICS.has(w.lower) || LABEL_WORDS.has(w.lower) || CLAUSE_STARTS.has(w.lower) || PLACES_AND_PEOPLES.has(w.lower) || CALENDAR.has(w.lower) || w.possessive) return null;
    if (w.capitalised) {
      if (allCaps(view, w)) return null;
      capitals++;
      continue;
    }
    if (SHAPE_FILLERS.has(w.lower)) continue;
    if (!SHAPE_CONNECTORS.has(w.lower)) return null;
    // The part before this connector, and the part after it, each may not be a person's name.
    if (k > part && personShaped(words, part, k - 1)) return null;
    const next = words[k + 1] as Word;
    if (next.capitalised && ARTICLES.has(next.lower)) return null;
    connectors++;
    part = k + 1;
  }
  if (connectors === 0 || capitals < 2 || personShaped(words, part, run.last)) return null;
  return run;
}

/** Endings of nationality words ("Polish actor", "Chinese star"): no title before a crew noun. */
const NATIONALITY_ENDINGS: readonly string[] = ['ish', 'ese', 'ian'];

/** Words whose "'s" is "is" or "has" ("What's Eating X", "Something's Gotta Give"). */
const CONTRACTED: ReadonlySet<string> = new Set(['who', 'what', 'that', 'it', 'she', 'he', 'there', 'here', 'something', 'nothing', 'everything', 'everyone', 'everybody', 'nobody', 'somebody', 'someone', 'let', 'all', 'where', 'how']);

/** Words that open a bracket naming an actor's or a maker's work: "(before Spiderman)", "(in Jericho)". */
const BRACKET_LEADS: ReadonlySet<string> = new Set(['in', 'before', 'after', 'from']);

/** Every word that cues a title after it (step 3), in one set. */
const CUE_WORDS = new WordSet(TITLE_CUES, NAMING_CUES, WORK_NOUNS, WATCH_VERBS, GENRE_CUES);
/** The list cues by their first word, in their order ("the" leads only to "the likes of"). */
const LIST_CUES_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const cue of TITLE_LIST_CUES) {
  const list = LIST_CUES_BY_FIRST.get(cue[0] as string) ?? [];
  list.push(cue);
  LIST_CUES_BY_FIRST.set(cue[0] as string, list);
}

/** First words of the list cues ("the likes of", "such as"). */
const LIST_STARTS = new WordSet(TITLE_LIST_CUES.map((c) => c[0] as string));
/**
 * Every lower-case word steps 3, 3b and 3c look for, in one set whose shape filter answers most
 * words without hashing them.
 */
const LOWER_CUES = new WordSet(DERIVED_WORK_NOUNS, TITLE_CUES, NAMING_CUES, WORK_NOUNS, WATCH_VERBS, GENRE_CUES, TITLE_LIST_CUES.map((c) => c[0] as string));

/** Connectors that also join two names ("Nick and Gatsby"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'or']);

/** True for two single words joined by "and" / "or" ("Nick and Gatsby"): names as likely as a title. */
function joinsNames(words: readonly Word[], run: Run): boolean {
  const inner = words.slice(run.first, run.last + 1).map((w) => w.lower);
  return inner.length === 3 && NAME_JOINERS.has(inner[1] as string);
}

/** A run of three words or more, or one with a connector inside (not "and"), is not a personal name. */
function cannotBeName(words: readonly Word[], run: Run): boolean {
  const inner = words.slice(run.first, run.last + 1);
  const lows = inner.map((w) => w.lower).filter((l) => !NAME_JOINERS.has(l));
  return lows.length >= 3 || lows.some((l) => TITLE_CONNECTORS.has(l));
}

/**
 * A run without the review words at its ends and the fillers around them ("My Review of Kingdom"
 * → "Kingdom") and without leading question words ("Will There Be X" → "X"); the run itself when
 * it has none, null when nothing is left.
 */
function trimReviewWords(words: readonly Word[], run: Run): Run | null {
  const trimmable = (k: number): boolean => {
    const l = (words[k] as Word).lower;
    return REVIEW_WORDS.has(l) || REVIEW_FILLERS.has(l) || TITLE_CONNECTORS.has(l);
  };
  const cut = (from: number, to: number, step: number): number => {
    let k = from;
    let sawReview = false;
    while (k !== to + step && trimmable(k)) {
      if (REVIEW_WORDS.has((words[k] as Word).lower)) sawReview = true;
      k += step;
    }
    return sawReview ? k : from;
  };
  let a = cut(run.first, run.last, 1);
  while (a < run.last && NON_TITLE_LEADS.has((words[a] as Word).lower)) a++;
  if (a > run.last) return null;
  const b = cut(run.last, a, -1);
  if (a > b || !(words[a] as Word).capitalised || words.slice(a, b + 1).some((w) => REVIEW_WORDS.has(w.lower))) return null;
  return { first: a, last: b, start: (words[a] as Word).start, end: (words[b] as Word).end };
}

/**
 * 2b. A title line that names itself a review ("X – My Review", "Review: X", "My Review of X"):
 * the longest of its title-case phrases once review words and fillers are cut from their ends.
 */
function reviewedWork(words: readonly Word[], titleRuns: readonly Run[], countBody: () => ReadonlyMap<string, number>): Span | null {
  if (!titleRuns.some((r) => words.slice(r.first, r.last + 1).some((w) => REVIEW_WORDS.has(w.lower)))) return null;
  const bodyCounts = countBody();
  // The phrase whose words the body uses most ("Gatsby"), then the longest.
  let best: { span: Span; score: number } | null = null;
  for (const run of titleRuns) {
    const t = trimReviewWords(words, run);
    if (!t || nameShaped(words, t) || words.slice(t.first, t.last + 1).some((w) => LABEL_WORDS.has(w.lower))) continue;
    const score = words.slice(t.first, t.last + 1).reduce((n, w) => n + (TITLE_CONNECTORS.has(w.lower) ? 0 : bodyCounts.get(w.lower) ?? 0), 0);
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

/** The longest title connector: longer words need no look-up. */
const CONNECTOR_MAX = Math.max(...[...TITLE_CONNECTORS].map((c) => c.length));

/**
 * For each word index, how many words before it start with a lower-case letter and are no title
 * connector: an occurrence spanning words `a..b-1` has such a word when the counts at `a` and `b`
 * differ.
 */
function lowerStartCounts(words: readonly Word[]): Int32Array {
  const counts = new Int32Array(words.length + 1);
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!w.capitalised && isLetter(w.lower[0]) && !(w.lower.length <= CONNECTOR_MAX && TITLE_CONNECTORS.has(w.lower))) n++;
    counts[i + 1] = n;
  }
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

/** Tags of the words a kind of work may follow when it heads the phrase ("a horribly flawed film"). */
const HEAD_LEAD_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PART']);

/** Nouns whose "of" leads to the kind of work they are ("the kind of movie that"). */
const KIND_WORDS: ReadonlySet<string> = new Set(['kind', 'sort', 'type']);

/**
 * True when the words from `at` read `is` / `was`, then up to four lower-case words, then a kind of
 * work that qualifies no noun after it ("is a funny British sitcom", not "is a film student"), or
 * "one of the … films". With `headOnly`, the kind of work must head the phrase: only articles,
 * adjectives, adverbs and "kind of" before it ("is the story of", not "is a master of the thriller").
 */
function calledAWork(words: readonly Word[], at: number, ann: Annotation, headOnly: boolean): boolean {
  const verb = words[at];
  if (!verb || !verb.spaceBefore || (verb.lower !== 'is' && verb.lower !== 'was')) return false;
  const oneOf = words[at + 1]?.lower === 'one' && words[at + 2]?.lower === 'of';
  for (let k = at + 1; k <= at + 1 + KIND_GAP + (oneOf ? 2 : 0); k++) {
    const w = words[k];
    if (!w || !w.spaceBefore) return false;
    if (WORK_NOUNS.has(w.lower) || KIND_OF_WORK_NOUNS.has(w.lower) || (oneOf && k > at + 2 && WORK_NOUN_PLURALS.has(w.lower))) {
      // "was the show's first winner": the work is not what the subject is.
      if (w.possessive) return false;
      const next = words[k + 1];
      return !nounQualifies(ann, next, false);
    }
    if (w.capitalised && k > at + 1 && !PLACES_AND_PEOPLES.has(w.lower)) return false;
    if (!headOnly || (oneOf && k <= at + 2)) continue;
    const kindOf = KIND_WORDS.has(w.lower) && words[k + 1]?.lower === 'of';
    const afterKind = w.lower === 'of' && KIND_WORDS.has(words[k - 1]?.lower ?? '');
    if (!kindOf && !afterKind && !HEAD_LEAD_TAGS.has(posAt(ann, w.start))) return false;
  }
  return false;
}

/** True when a work noun (not a kind such as "story") stands within four words from `at`. */
function workNounNamed(words: readonly Word[], at: number): boolean {
  for (let k = at; k < at + KIND_GAP + 1; k++) if (WORK_NOUNS.has(words[k]?.lower ?? '')) return true;
  return false;
}

/** Tags a one-word subject called a work may not have ("This is the story of", "It was a film"). */
const NOT_SUBJECT_TAGS: ReadonlySet<string> = new Set(['PRON', 'DET', 'ADV', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'INTJ', 'NUM']);

/** Stage 4a: every work and its mentions, in order of first mention. */
export function findWorks(input: NormalizedText, words: readonly Word[], ann: Annotation, title: Heading | null, extra: readonly string[]): WorkDraft[] {
  const { view, lower } = input;
  // The lower-case text of a word or of a run of words (a run's key).
  const lowerText = (w: Word | Span): string => ('lower' in w ? w.lower : lower.slice(w.start, w.end));
  const runs = titleRuns(words).map((r) => withoutSentenceLead(words, r));
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
    // An abbreviated title alone ("Mr", "Dr") names no work ("the novel Detective" does).
    if (k.length > 1 && !isLoneNonTitle(k) && !(k.length <= 3 && HONORIFICS.has(k)) && !seen.has(k)) {
      if (termIfLower) quotedOnly.add(k);
      seen.add(k);
      keys.push(k);
      if (!hasLowerContentWord(form)) capitalsKept.add(k);
    }
  };
  const formOf = (span: Span): string => view.slice(span.start, numberAfter(view, span.end));

  // 1. Title-case phrases in quote marks.
  for (const run of runs) {
    const open = view[run.start - 1];
    const close = view[run.end];
    if (open === undefined || close === undefined || run.last === run.first) continue;
    if (QUOTE_PAIRS.get(open)?.includes(close) && quotedTitleFits(view, words, run.first, run.last, ann)) add(formOf(run), !workCueNear(words, run.first, run.last));
  }

  // 1c. Quoted titles of any length up to eight words, one word too; 1d. titles in capitals.
  // A quoted phrase with a work word near it is a title even if the text also writes its words in
  // lower case (`the film "Up"` … "things pick up").
  for (const { span, cued } of quotedTitles(view, words, ann)) add(formOf(span), !cued);
  for (const span of capitalTitles(view, words, ann)) add(formOf(span));

  // 1b. Title-case phrases in markdown emphasis (`*My Mister*`): how writers set titles.
  // One italic word is emphasis ("_you_", "*Anne*"), not a title.
  for (const span of emphasisedSpans(view)) {
    const phrase = view.slice(span.start, span.end);
    // A label set in italics ("*Minor SPOILERS*") is no title.
    if (/\s/.test(phrase) && isTitlePhrase(phrase) && !lineWords(phrase).some((w) => LABEL_WORDS.has(w.toLowerCase()))) add(formOf(span));
  }

  // 2. The title line's subject, repeated in the body.
  if (title) {
    const inTitle = (r: Run): boolean => r.start >= title.start && r.end <= title.end;
    const titleRunsList = runs.filter(inTitle);
    // The body's runs of two words or more, as keys: only those as long as a sub-phrase of the
    // title's runs can match one, so no string is made for the others (a text has thousands).
    const bodyKeys = new Set<string>();
    if (titleRunsList.some((r) => r.last > r.first)) {
      const lengths = new Set<number>();
      for (const run of titleRunsList) if (!nameShaped(words, run)) for (const sub of subRuns(words, run)) lengths.add(sub.end - sub.start);
      for (const r of runs) if (r.last > r.first && lengths.has(r.end - r.start) && !inTitle(r)) bodyKeys.add(lowerText(r));
    }
    let best: Span | null = null;
    for (const run of titleRunsList) {
      if (nameShaped(words, run)) continue;
      for (const sub of subRuns(words, run)) {
        if (!bodyKeys.has(lowerText(sub))) continue;
        if (!best || sub.end - sub.start > best.end - best.start) best = sub;
        break;
      }
    }
    const bodyCounts = (): Map<string, number> => {
      const counts = new Map<string, number>();
      for (const w of words) if (w.capitalised && (w.start < title.start || w.start >= title.end)) counts.set(w.lower, (counts.get(w.lower) ?? 0) + 1);
      return counts;
    };
    const subject = best ?? reviewedWork(words, titleRunsList, bodyCounts);
    if (subject) add(formOf(subject));
  }

  // 3. Cue words before a run ("the webtoon X", "a series called X", "watched X"); `w` is one.
  // The run that starts at each word, by index (no map of objects: texts have thousands of runs).
  const runIndex = new Int32Array(words.length).fill(-1);
  runs.forEach((r, k) => {
    runIndex[r.first] = k;
  });
  const runAt = (i: number): Run | undefined => {
    const k = i >= 0 && i < words.length ? (runIndex[i] as number) : -1;
    return k >= 0 ? runs[k] : undefined;
  };
  const cueBefore = (w: Word, i: number): void => {
    // Every cue needs a run right after it.
    if (!runAt(i + 1)) return;
    const lw = w.lower;
    // "a series called X" names a work; "a girl called Anne" does not.
    if (NAMING_CUES.has(lw) && !words.slice(Math.max(0, i - 3), i).some((x) => WORK_NOUNS.has(x.lower))) return;
    // "the play X", not "to play with X": a work noun counts only as a noun.
    const glued = words[i + 1]?.start === w.end;
    if (WORK_NOUNS.has(lw) && !glued && !NOUN_TAGS.has(posAt(ann, w.start))) return;
    if (GENRE_CUES.has(lw) && (!NOUN_TAGS.has(posAt(ann, w.start)) || w.capitalised)) return;
    const full = runAt(i + 1);
    const run = full && trimRunEnd(words, cutLongRun(words, full));
    const next = words[i + 1];
    // The title follows its cue directly ("the webtoon X", or glued: "webtoonX"), or after a comma
    // when it cannot be a name ("the compilation film, The Golden Age of Comedy").
    // A run with "and" there is a list more often ("the series, X and Y").
    const commaAfterNoun =
      next !== undefined && run !== undefined && WORK_NOUNS.has(lw) && view.slice(w.end, next.start) === ', ' && cannotBeName(words, run) && !words.slice(run.first, run.last + 1).some((x) => NAME_JOINERS.has(x.lower));
    if (!run || !next || !(next.spaceBefore || next.start === w.end || commaAfterNoun) || nameShaped(words, run) || joinsNames(words, run)) return;
    // "the first movie I've seen": a clause starts.
    if (CLAUSE_STARTS.has((words[run.first] as Word).lower)) return;
    // "the book Diana lent me": one given name after a work noun starts a clause, it is no title.
    if (run.first === run.last && GIVEN_NAMES.has((words[run.first] as Word).lower)) return;
    if (TITLE_CUES.has(lw) || NAMING_CUES.has(lw) || WORK_NOUNS.has(lw)) add(formOf(run));
    else if (GENRE_CUES.has(lw) && next.spaceBefore) genreTitle(run);
    else if (WATCH_VERBS.has(lw) && !(words[run.last] as Word).possessive && (cannotBeName(words, run) || strongObject(w, run))) add(formOf(run));
  };
  // "the comedy X": not a person's shape, not a word in capitals ("the sequel MUST be"), not a
  // run that qualifies a noun ("the blockbuster West End musicals"); "A and B" holds two titles
  // when both have two words or more ("comedies Meet The Fockers and Shall We Dance?").
  const genreTitle = (full: Run): void => {
    const run = splitBothSides(words, full);
    const after = words[run.last + 1];
    if (personShaped(words, run.first, run.last) || (words[run.last] as Word).possessive || allCaps(view, words[run.first] as Word)) return;
    if (nounQualifies(ann, after, false)) return;
    add(formOf(run));
    if (run.last !== full.last) {
      const rest = splitRest(words, full, run.last + 2);
      if (rest && rest.last - rest.first >= 1) add(formOf(rest));
    }
  };
  // "I watched Kill Bill": two capitalised words after a strong watch verb, not a person's shape.
  const strongObject = (verb: Word, run: Run): boolean =>
    STRONG_WATCH_VERBS.has(verb.lower) && run.last === run.first + 1 && !personShaped(words, run.first, run.last) && !HONORIFICS.has((words[run.first] as Word).lower);

  // 3b. Lists after "the likes of" / "such as" / "than", when a work noun or a kind of work stands
  // earlier in the sentence and no noun for people right before the cue ("actors like X").
  // Their titles are added after step 4's; `w` is the first word of a list cue.
  const LOOK_BACK = 25;
  const listed: string[] = [];
  const listAfter = (w: Word, i: number): void => {
    const cue = cueAt(words, i, LIST_CUES_BY_FIRST.get(w.lower) ?? [], false);
    if (!cue || PEOPLE_NOUNS.has(words[i - 1]?.lower ?? '')) return;
    // "worse than X", "funnier than X": "than" after a comparative, not "other than", "more than".
    if (cue[0] === 'than' && !comparative(words[i - 1])) return;
    // "movies like the Exorcist": an article may stand before the first title.
    const lead = words[i + cue.length];
    const article = lead && !lead.capitalised && lead.lower === 'the' ? 1 : 0;
    // No run after the cue, no list (looked at before the sentence, as "like" is common).
    if (!runAt(i + cue.length + article)) return;
    const from = words[Math.max(0, i - LOOK_BACK)] as Word;
    const before = view.slice(from.start, w.start);
    const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n'));
    const inSentence = words.slice(Math.max(0, i - LOOK_BACK), i).filter((x) => x.start - from.start > sentenceStart);
    if (!inSentence.some((x) => WORK_NOUNS.has(lowerText(x)) || WORK_NOUN_PLURALS.has(lowerText(x)) || GENRE_NOUNS.has(lowerText(x)))) return;
    let prevEnd = (words[i + cue.length - 1 + article] as Word).end;
    const listedBefore = listed.length;
    for (let full = runAt(i + cue.length + article); full; ) {
      const run = splitListItem(words, trimRunEnd(words, cutLowerJoiner(view, words, cutLongRun(words, full))));
      // The first item may be a person ("movies like Tom Hanks makes"); once a title opens the
      // list, its items are titles ("shows like Lost, Dexter").
      const personFirst = listed.length === listedBefore && !ARTICLES.has((words[run.first] as Word).lower) && personShaped(words, run.first, run.last);
      const ends = words[run.last] as Word;
      if (!listGap(view.slice(prevEnd, run.start)) || nameShaped(words, run) || joinsNames(words, run) || personFirst || ends.possessive || CLAUSE_STARTS.has((words[run.first] as Word).lower)) break;
      listed.push(formOf(run));
      prevEnd = run.end;
      let next = run.last + 1;
      // "The Lord of the Rings series, Spirited Away": the kind of work after a title.
      const kind = words[next];
      if (kind && kind.spaceBefore && (WORK_NOUNS.has(kind.lower) || SERIES_NOUNS.has(kind.lower) || GENRE_CUES.has(kind.lower))) {
        prevEnd = kind.end;
        next++;
      }
      if (words[next] && ['and', 'or'].includes(lowerText(words[next] as Word))) next++;
      if (words[next] && LIST_ADVERBS.has(lowerText(words[next] as Word))) next++;
      // "Titanic, Gladiator, and the Lord of the Rings": an article before an item.
      if (words[next] && lowerText(words[next] as Word) === 'the' && !(words[next] as Word).capitalised && run.last === full.last) next++;
      // The rest of a run split at "and" is the next item.
      full = run.last === full.last ? runAt(next) : splitRest(words, full, next);
    }
  };

  // 3c. "the edited version of X", "a rip-off of X", "the sequel to X": not a person's name or
  // possessive ("an adaptation of Tom Clancy's novel").
  const derivedFrom = (i: number): void => {
    const link = words[i + 1];
    if (!link || !link.spaceBefore || (link.lower !== 'of' && link.lower !== 'to')) return;
    const full = runAt(i + 2);
    if (!full || !(words[i + 2] as Word).spaceBefore) return;
    const run = trimRunEnd(words, cutLongRun(words, full));
    const last = words[run.last] as Word;
    // "The O.C": a run cut at an initial's dot is no whole title.
    const initial = last.end - last.start === 1 && view[last.end] === '.';
    if (initial || last.possessive || nameShaped(words, run) || personShaped(words, run.first, run.last) || joinsNames(words, run)) return;
    if (run.first === run.last && GIVEN_NAMES.has(last.lower)) return;
    add(formOf(run));
  };

  // The words the text writes in lower case, gathered once, when a step first asks.
  let lowerSeen: Set<string> | null = null;
  const writtenLower = (): Set<string> => {
    if (!lowerSeen) {
      lowerSeen = new Set<string>();
      for (const w of words) if (!w.capitalised) lowerSeen.add(w.lower);
    }
    return lowerSeen;
  };

  // The capitalised words the text writes in mid-sentence, gathered once, when first asked.
  let midSeen: Set<string> | null = null;
  const midSentenceCapitals = (): Set<string> => {
    if (!midSeen) {
      midSeen = new Set<string>();
      for (const w of words) if (w.capitalised && w.spaceBefore) midSeen.add(w.lower);
    }
    return midSeen;
  };

  // Steps 3, 3b and 3c read the lower-case words in one pass.
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.capitalised || !LOWER_CUES.has(w.lower)) continue;
    if (DERIVED_WORK_NOUNS.has(w.lower)) derivedFrom(i);
    if (CUE_WORDS.has(w.lower)) cueBefore(w, i);
    if (LIST_STARTS.has(w.lower)) listAfter(w, i);
  }

  // 4. Followers after a run ("X season one", "the X universe").
  for (const full of runs) {
    const next = words[full.last + 1];
    if (!next || !next.spaceBefore || !WORK_FOLLOWERS.has(next.lower)) continue;
    const run = trimReviewWords(words, full);
    // A long run that joins titles or places ("from X City to Y Boy to Z season") is no one title.
    if (!run || nameShaped(words, run) || run.last !== full.last || cutLongRun(words, run).last !== run.last) continue;
    if (run.last > run.first) add(formOf(run));
  }
  for (const title of listed) add(title);

  // 4a. A capitalised kind of work opening a sentence before a title ("Comedy Christmas with the
  // Kranks took $20m", "Thriller Night Train opened"): the rest of the run is the title.
  for (const run of runs) {
    const lead = words[run.first - 1];
    if (lead && run.start === lead.end + 1 && !lead.spaceBefore && lead.capitalised && GENRE_CUES.has(lead.lower) && NOUN_TAGS.has(posAt(ann, lead.start))) genreTitle(run);
  }

  // 4a. A run before "directed by", "written by", "starring" ("Tom Jones, directed by Y", "X
  // starring Y"): what is directed or stars someone is a work, whatever its shape.
  for (const full of runs) {
    const next = words[full.last + 1];
    if (!next || !MADE_CUES.has(next.lower)) continue;
    const gap = view.slice(full.end, next.start);
    const by = words[full.last + 2]?.lower === 'by';
    // A name follows: "starring Y", "directed by Y" (not "starring in", "directed by a").
    const maker = words[full.last + (by ? 3 : 2)];
    if ((gap !== ' ' && gap !== ', ') || (!by && !next.lower.endsWith('starring')) || !maker?.capitalised) continue;
    const trimmed = trimReviewWords(words, full);
    // "author JM Barry and Kinsey starring Y": the title is after the last "and".
    const run = trimmed && lastListItem(words, trimmed);
    if (!run || run.last !== full.last || (words[run.last] as Word).possessive) continue;
    // One word that opens a sentence is a preposition or an adverb as often ("Despite starring").
    if (run.first === run.last && NOT_SUBJECT_TAGS.has(posAt(ann, (words[run.first] as Word).start))) continue;
    add(formOf(run));
  }

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
    if (run.last === run.first || run.last - run.first > 7) continue;
    // A sentence's opening word is no part of a title ("In the US", twice).
    const opener = words[run.first] as Word;
    if (!opener.spaceBefore && SENTENCE_LEADS.has(opener.lower)) continue;
    // "The Duke", "The Beatles": one word after an article names a character or a band as often.
    const led = ARTICLES.has((words[run.first] as Word).lower) && run.last - run.first >= 2;
    // "and" joins two names as often as two words of a title ("Howard and Emily").
    if (!led && !hasConnector(words, run)) continue;
    if (personShaped(words, run.first, run.last)) continue;
    const inside = words.slice(run.first, run.last + 1);
    if (inside.some((w) => LABEL_WORDS.has(w.lower) || CLAUSE_STARTS.has(w.lower) || HONORIFICS.has(w.lower))) continue;
    const key = lowerText(run);
    repeats.set(key, (repeats.get(key) ?? 0) + 1);
    repeatable.push(run);
  }
  for (const run of repeatable) if ((repeats.get(lowerText(run)) ?? 0) >= 2) add(formOf(run));

  // 4c2. A run shaped like a title and like nothing else: two capitalised words or more around a
  // lower-case "of" ("Nights of Cabiria", "Raiders of the Lost Ark"), once, in mid-sentence (a sentence's first word is capitalised anyway:
  // "Fans of X", "Directed by X"). Names of places, bodies, offices and events share the shape
  // ("Statue of Liberty", "Secretary of State"), so a run with one of their head words is left out,
  // as are runs after "the" (offices and bodies: "the Emperor of Morocco"), runs with "and", "is",
  // "by" (two names, a clause, an author), words in capitals, and runs where a person's name stands
  // on either side of the connector ("Charlize Theron for Monster", "Fans of Tanya Roberts").
  for (const full of runs) {
    if (full.last - full.first < 2) continue;
    const run = shapedTitle(words, trimRunEnd(words, cutLongRun(words, full)), view, ann);
    if (run && run.last === full.last) add(formOf(run));
  }

  // 4d. A subject that the sentence calls a work: "X Y is an outstanding thriller", "X Y was the
  // story of", "X is one of the worst films". One word there is as often a surname ("Hitchcock is
  // a master of the thriller"): it counts only when the kind of work heads the phrase after "is",
  // and a given name only before a work noun ("Emma is a flawed film"). "and" joins two actors as
  // often ("A and B are the film"), unless an article follows it ("The Quick and the Dead").
  for (const full of runs) {
    // Every case needs "is" / "was" right after the run: looked at first, as most runs have none.
    const verb = words[full.last + 1];
    if (!verb || !verb.spaceBefore || (verb.lower !== 'is' && verb.lower !== 'was')) continue;
    const run = trimRunEnd(words, full);
    if (run.last !== full.last || nameShaped(words, run) || (run.last > run.first && personShaped(words, run.first, run.last))) continue;
    const inside = words.slice(run.first, run.last + 1);
    const joined = inside.some((w, k) => NAME_JOINERS.has(w.lower) && !ARTICLES.has(inside[k + 1]?.lower ?? ''));
    if (joined || inside.some((w) => HONORIFICS.has(w.lower)) || NON_TITLE_LEADS.has(inside[0]?.lower ?? '') || (words[run.last] as Word).possessive) continue;
    if (run.last > run.first) {
      if (calledAWork(words, run.last + 1, ann, false)) add(formOf(run));
      continue;
    }
    const lone = words[run.first] as Word;
    // After a preposition one word is an object, not the subject ("a source of irritation for
    // Austrians is the song").
    const prev = words[run.first - 1];
    if (prev && lone.spaceBefore && posAt(ann, prev.start) === 'ADP') continue;
    // An acronym is more often a format or a firm than a title ("LP", "BBC").
    if (isLoneNonTitle(lone.lower) || allCaps(view, lone) || NOT_SUBJECT_TAGS.has(posAt(ann, lone.start)) || !calledAWork(words, run.last + 1, ann, true)) continue;
    if (!GIVEN_NAMES.has(lone.lower) || workNounNamed(words, run.last + 2)) add(formOf(run));
  }

  // 4e. A bracket after a name that holds a title: "Maguire (before Spiderman)", "Rogers (in Way
  // Up Thar)", "Madden (Shakespeare in Love)". A bracket that holds a name or a place is a cast
  // list or an aside, so a whole bracket counts only with a connector inside.
  for (const run of runs) {
    if (view[run.end] !== ')') continue;
    const prev = words[run.first - 1];
    const lead = prev && BRACKET_LEADS.has(prev.lower) && !prev.capitalised && view[prev.start - 1] === '(' ? prev : undefined;
    const open = lead ? lead.start - 1 : run.start - 1;
    if (view[open] !== '(') continue;
    const owner = words[firstAtOrAfter(words, open) - 1];
    if (!owner?.capitalised || open - owner.end > 1 || personShaped(words, run.first, run.last) || nameShaped(words, run)) continue;
    const inside = words.slice(run.first, run.last + 1);
    if (lead || (inside.length >= 3 && inside.some((w) => TITLE_CONNECTORS.has(w.lower) && !w.capitalised && !NAME_JOINERS.has(w.lower)))) add(formOf(run));
  }

  // 4f. A title after a part or a showing and "in" / "on": "her role in X", "starred in X", "his
  // turn in X", "a cameo on X"; not a person ("a scene with her part in Tom's life"), not a place
  // ("appeared in London"), not a run that qualifies a noun after it.
  for (const run of runs) {
    const prep = words[run.first - 1];
    const cue = words[run.first - 2];
    if (!prep || !cue || (prep.lower !== 'in' && prep.lower !== 'on') || prep.capitalised || !(words[run.first] as Word).spaceBefore || !prep.spaceBefore) continue;
    if (!ROLE_IN_CUES.has(cue.lower) || cue.capitalised) continue;
    const whole = trimRunEnd(words, cutLongRun(words, run));
    // "roles in X and Y", "starred in X and The Y": two titles.
    const items = ROLE_IN_PLURALS.has(cue.lower) ? splitAtJoiners(words, whole, false) : splitAtJoiners(words, whole, true);
    for (const cut of items) {
      const after = words[cut.last + 1];
      if (personShaped(words, cut.first, cut.last) || nameShaped(words, cut) || (words[cut.last] as Word).possessive) continue;
      const lone = cut.first === cut.last ? (words[cut.first] as Word) : null;
      if (lone && (GIVEN_NAMES.has(lone.lower) || NOT_SUBJECT_TAGS.has(posAt(ann, lone.start)) || allCaps(view, lone))) continue;
      if (words.slice(cut.first, cut.last + 1).some((w) => NOT_WORK_HEADS.has(w.lower) || PLACES_AND_PEOPLES.has(w.lower) || CALENDAR.has(w.lower))) continue;
      if (nounQualifies(ann, after, true)) continue;
      add(formOf(cut));
    }
  }

  // 4g. A run before a cast or crew noun and a name ("Friends actor Matt Kane", "Carry On star Ann
  // Lee"); not a place, a firm or a prize ("US actor", "BBC presenter", "Oscar winner"), not a
  // person ("Tom Hanks co-star"), not a common word opening a sentence ("Comic actor X").
  // 4h. "the X films", "the X franchise": a series of works, whatever the shape of X ("the Harry
  // Potter films"); "a X film" names a maker as often ("a Spike Lee film").
  for (const full of runs) {
    const next = words[full.last + 1];
    if (!next || !next.spaceBefore || next.capitalised) continue;
    // A name after the noun ("Friends actor Matt Kane"), or a run of two words or more in
    // mid-sentence ("the Pulp Fiction director has").
    const named = words[full.last + 2]?.capitalised === true && words[full.last + 2]?.spaceBefore === true;
    const crew = CREW_NOUNS.has(next.lower) && (named || (full.last > full.first && (words[full.first] as Word).spaceBefore));
    const series = SERIES_NOUNS.has(next.lower) && words[full.first - 1]?.lower === 'the' && !(words[full.first - 1] as Word).capitalised;
    if (!crew && !series) continue;
    // "rapper Twista and Ray actor X": the title is after the last "and". A sentence's first word
    // that the text also writes in lower case is no part of it ("Former Playschool presenter").
    let run = lastListItem(words, withoutSentenceLead(words, full));
    const lead = words[run.first] as Word;
    if (run.last > run.first && !lead.spaceBefore && writtenLower().has(lead.lower) && (words[run.first + 1] as Word).capitalised) run = { first: run.first + 1, last: run.last, start: (words[run.first + 1] as Word).start, end: run.end };
    const inside = words.slice(run.first, run.last + 1);
    if (inside.some((w) => w.possessive || NOT_WORK_HEADS.has(w.lower) || PLACES_AND_PEOPLES.has(w.lower) || ORGANISATIONS.has(w.lower) || HONORIFICS.has(w.lower) || CALENDAR.has(w.lower))) continue;
    if (crew && (personShaped(words, run.first, run.last) || nameShaped(words, run))) continue;
    // One word: a series only with two words or more ("the Jackson films" names a maker); a
    // common word ("Film director X", "Rock star X") or a nationality ("Polish actor") is none.
    const lone = run.first === run.last ? (words[run.first] as Word) : null;
    if (lone && (series || allCaps(view, lone) || writtenLower().has(lone.lower) || NOT_SUBJECT_TAGS.has(posAt(ann, lone.start)) || posAt(ann, lone.start) === 'ADJ')) continue;
    // A sentence's first word counts when the text also writes it capitalised mid-sentence
    // ("Veteran actor X" does not), and "-ish" / "-ese" / "-ian" words are nationalities.
    if (lone && ((!lone.spaceBefore && !midSentenceCapitals().has(lone.lower)) || NATIONALITY_ENDINGS.some((e) => lone.lower.endsWith(e)))) continue;
    add(formOf(run));
  }

  // 4i. A maker's possessive before a title of two words or more that is not a person's shape:
  // "Eastwood's Million Dollar Baby", "Miyazaki's Spirited Away" ("DeVito's Owen" is a role, and
  // one word after a possessive is a role as often). Not a firm or a body ("Lee's POW
  // Entertainment"), not a run that qualifies a noun ("Metallica's Madly in Anger tour").
  for (const full of runs) {
    const owner = words[full.first - 1];
    if (!owner || !owner.possessive || !owner.capitalised || full.last === full.first || !(words[full.first] as Word).spaceBefore) continue;
    // The owner is a maker or a channel: not a place or a day ("Britain's X", "Saturday's X"), not
    // a contraction ("What's Eating X", "Who's Your Daddy"), not inside a title itself ("The
    // Devil's Advocate", "Bill and Ted's Excellent Adventure").
    const ownerLower = owner.lower;
    const beforeOwner = words[full.first - 2];
    if (PLACES_AND_PEOPLES.has(ownerLower) || CALENDAR.has(ownerLower) || CONTRACTED.has(ownerLower) || NON_TITLE_LEADS.has(ownerLower)) continue;
    if (beforeOwner && owner.spaceBefore && ((beforeOwner.capitalised && ARTICLES.has(beforeOwner.lower)) || NAME_JOINERS.has(beforeOwner.lower))) continue;
    const run = trimRunEnd(words, cutLongRun(words, full));
    if (run.last === run.first || run.last !== full.last || personShaped(words, run.first, run.last) || nameShaped(words, run)) continue;
    // A work's possessive before its star: "Million Dollar Baby's Hilary Swank".
    if (FIRST_NAMES.has((words[run.first] as Word).lower)) continue;
    const inside = words.slice(run.first, run.last + 1);
    if (inside.some((w) => w.possessive || NAME_JOINERS.has(w.lower) || NOT_WORK_HEADS.has(w.lower) || INSTITUTION_WORDS.has(w.lower) || PLACES_AND_PEOPLES.has(w.lower) || ORGANISATIONS.has(w.lower) || HONORIFICS.has(w.lower) || CALENDAR.has(w.lower) || allCaps(view, w))) continue;
    const after = words[run.last + 1];
    if (nounQualifies(ann, after, true)) continue;
    add(formOf(run));
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
  // Counted only when a title written with capitals occurs (most texts have none).
  let lowerStarts: Int32Array | null = null;
  const works: WorkDraft[] = [];
  searched.forEach((key, k) => {
    const mentions: Span[] = [];
    const found = occurrences[k] as number[];
    const wordAt = forwardSearch(words);
    // A title written with capitals is not mentioned by the same words in lower case.
    const lowerCased = (at: number): boolean => {
      if (!capitalsKept.has(key)) return false;
      lowerStarts ??= lowerStartCounts(words);
      return (lowerStarts[wordAt(at + key.length)] as number) > (lowerStarts[wordAt(at)] as number);
    };
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

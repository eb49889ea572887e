/**
 * Stage 4a: find works (titles of shows, films, books, webtoons).
 *
 * Evidence, each a general habit of review writers:
 * 1. a title-case phrase of two words or more in quote marks (‘All Of Us Are Dead’) or in markdown
 *    emphasis (`*My Mister*`);
 * 2. the document title's subject: the longest title-case phrase of the title line that the body
 *    repeats in title case;
 * 3. a cue word before it (`series called X`, `titled X`, `the webtoon X`);
 * 4. a follower after it (`X season one`, `the X universe`);
 * 5. titles the caller passes in `options.works`.
 * Every occurrence of a found title, in any letter case, is then a mention.
 */
import { GIVEN_NAMES } from '../data/given-names';
import { ORGANISATIONS, PLACES_AND_PEOPLES } from '../data/not-names';
import { QUOTE_PAIRS } from '../data/quote-pairs';
import { NAMING_CUES, NON_TITLE_LEADS, REVIEW_FILLERS, REVIEW_WORDS, TITLE_CONNECTORS, TITLE_CUES, TITLE_LIST_CUES, WATCH_VERBS, WORK_FOLLOWERS, WORK_NOUNS } from '../data/work-cues';
import type { Heading, Span } from '../types';
import { isLetter, isSpace, isUpper, isWordChar } from '../text/chars';
import { isListGap } from '../text/list-gap';
import { occurrencesByFirstWord } from '../text/occurrences';
import { firstAtOrAfter } from '../text/search';
import { isTitlePhrase } from '../text/title-case';
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
    if (!t || nameShaped(words, t)) continue;
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

/** Stage 4a: every work and its mentions, in order of first mention. */
export function findWorks(input: NormalizedText, words: readonly Word[], ann: Annotation, title: Heading | null, extra: readonly string[]): WorkDraft[] {
  const { view, lower } = input;
  const lowerOf = (w: Word | Span): string => ('lower' in w ? w.lower : lower.slice(w.start, w.end));
  const runs = titleRuns(words);
  // In order of finding, each once (the set answers "seen?" for thousands of titles at once).
  const keys: string[] = [];
  const seen = new Set<string>();
  const add = (key: string): void => {
    const k = key.trim().toLowerCase();
    if (k.length > 1 && !isLoneNonTitle(k) && !seen.has(k)) {
      seen.add(k);
      keys.push(k);
    }
  };

  // 1. Title-case phrases in quote marks.
  for (const run of runs) {
    const open = view[run.start - 1];
    const close = view[run.end];
    if (open === undefined || close === undefined || run.last === run.first) continue;
    if (QUOTE_PAIRS.get(open)?.includes(close)) add(lowerOf(run));
  }

  // 1b. Title-case phrases in markdown emphasis (`*My Mister*`): how writers set titles.
  // One italic word is emphasis ("_you_", "*Anne*"), not a title.
  for (const span of emphasisedSpans(view)) {
    const phrase = view.slice(span.start, span.end);
    if (/\s/.test(phrase) && isTitlePhrase(phrase)) add(lowerOf(span));
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
    if (subject) add(lowerOf(subject));
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
    const run = runAt.get(i + 1);
    const next = words[i + 1];
    // The title follows its cue directly ("the webtoon X", or glued: "webtoonX").
    if (!run || !next || !(next.spaceBefore || next.start === w.end) || nameShaped(words, run) || joinsNames(words, run, lowerOf)) return;
    // "the book Diana lent me": one given name after a work noun starts a clause, it is no title.
    if (run.first === run.last && GIVEN_NAMES.has((words[run.first] as Word).lower)) return;
    if (TITLE_CUES.has(lw) || NAMING_CUES.has(lw) || WORK_NOUNS.has(lw)) add(lowerOf(run));
    else if (WATCH_VERBS.has(lw) && !(words[run.last] as Word).possessive && cannotBeName(words, run, lowerOf)) add(lowerOf(run));
  };

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
    if (!inSentence.some((x) => WORK_NOUNS.has(lowerOf(x)))) return;
    let prevEnd = (words[i + cue.length - 1] as Word).end;
    for (let run = runAt.get(i + cue.length); run; ) {
      if (!isListGap(view.slice(prevEnd, run.start), ['and', 'or']) || nameShaped(words, run) || joinsNames(words, run, lowerOf)) break;
      listed.push(lowerOf(run));
      prevEnd = run.end;
      let next = run.last + 1;
      if (words[next] && ['and', 'or'].includes(lowerOf(words[next] as Word))) next++;
      run = runAt.get(next);
    }
  };

  // Steps 3 and 3b read the lower-case words in one pass.
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.capitalised) continue;
    if (CUE_WORDS.has(w.lower)) cueBefore(w, i);
    if (LIST_STARTS.has(w.lower)) listAfter(w, i);
  }

  // 4. Followers after a run ("X season one", "the X universe").
  for (const full of runs) {
    const next = words[full.last + 1];
    if (!next || !next.spaceBefore || !WORK_FOLLOWERS.has(next.lower)) continue;
    const run = trimReviewWords(words, full, lowerOf);
    if (!run || nameShaped(words, run) || run.last !== full.last) continue;
    if (run.last > run.first) add(lowerOf(run));
  }
  for (const title of listed) add(title);

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
  const works: WorkDraft[] = [];
  searched.forEach((key, k) => {
    const mentions: Span[] = [];
    for (const at of occurrences[k] as number[]) {
      const end = at + key.length;
      if (claimed[at] || claimed[end - 1]) continue;
      claimed.fill(1, at, end);
      mentions.push({ start: at, end });
    }
    if (mentions.length) works.push({ key, mentions });
  });
  return works.sort((a, b) => (a.mentions[0] as Span).start - (b.mentions[0] as Span).start);
}

/**
 * Pass 4, what stands right after a run or right before it: a work follower ("X season one", "the
 * X universe"), a capitalised kind of work opening the sentence ("Thriller Night Train opened"),
 * "directed by" / "starring" ("X, directed by Y"), a year in brackets ("X (1952)").
 */
import { CLOSE_BRACKET, codeAt, isDigitCode, OPEN_BRACKET, SPACE } from '../../text/chars';
import { HONORIFICS } from '../../data/honorifics';
import { POSSESSIVE_DETERMINERS } from '../../data/name-cue-words';
import { ORGANISATIONS, PLACES_AND_PEOPLES } from '../../data/not-names';
import { ARTICLES, GENRE_CUES, MADE_CUES, MAKER_LED_FOLLOWERS, ORIGINAL_WORDS, NOT_WORK_HEADS, STYLE_SUFFIXES, NON_TITLE_LEADS, NOT_SUBJECT_TAGS, NOUN_TAGS, PART_NUMBERS, PART_WORDS, RUN_SPLITTERS, SENTENCE_LEADS, SPORT_EVENTS, TITLE_CONNECTORS, WORK_FOLLOWERS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, withoutSentenceLead, type Finding, type WorksContext } from './context';
import { cutLongRun, lastListItem, trimReviewWords } from './cuts';
import { genreTitle } from './3-cue-words';
import { nameShaped, personShaped, someWord, wordAt } from './shapes';
import { withPossessiveLead } from './possessive-lead';
import { isListedFirstName } from '../../text/listed-first-name';

/**
 * A run before a work follower without the sentence's opening word when that word belongs to the
 * follower's phrase, not to the title: a possessive determiner ("His Star Trek reboot") or a verb
 * in the imperative with maybe an article after it ("Buy the Top Gun soundtrack"), or "The" before
 * a follower a maker's name may lead ({@link MAKER_LED_FOLLOWERS}: "The Bleach soundtrack"). Else
 * "The" and "Your" stay: titles open with them ("The Matrix sequel", "Your Name fans").
 */
function withoutFollowerLead(ctx: WorksContext, run: Run, follower: string): Run {
  const { words } = ctx;
  const lead = words[run.first] as Word;
  if (run.last === run.first || lead.spaceBefore) return run;
  // "The X soundtrack": the article is the follower's ("the soundtrack"), not the title's.
  if (MAKER_LED_FOLLOWERS.has(follower) && lead.lower === 'the' && (words[run.first + 1] as Word).capitalised) return { first: run.first + 1, last: run.last, start: (words[run.first + 1] as Word).start, end: run.end };
  const owner = POSSESSIVE_DETERMINERS.has(lead.lower) && lead.lower !== 'your';
  if (!owner && ctx.posAt(lead.start) !== 'VERB') return run;
  let k = run.first + 1;
  if (!owner && k < run.last && !(words[k] as Word).capitalised && ARTICLES.has((words[k] as Word).lower)) k++;
  const next = words[k] as Word;
  if (k > run.last || !next.capitalised) return run;
  return { first: k, last: run.last, start: next.start, end: run.end };
}

/** 4. A follower after a run ("X season one", "the X universe"). */
export function readFollower(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { words } = ctx;
  const next = words[full.last + 1];
  if (!next || !next.spaceBefore || !WORK_FOLLOWERS.has(next.lower)) return;
  const trimmed = trimReviewWords(words, full);
  const run = trimmed && withoutFollowerLead(ctx, trimmed, next.lower);
  // A long run that joins titles or places ("from X City to Y Boy to Z season") is no one title.
  if (!run || nameShaped(words, run) || run.last !== full.last || cutLongRun(words, run).last !== run.last) return;
  // "The Premier League season": a contest's season, not a work's.
  if (SPORT_EVENTS.has((words[run.last] as Word).lower)) return;
  // "the Ann Vale soundtrack" with "Vale" written alone elsewhere: a maker, not a title.
  if (MAKER_LED_FOLLOWERS.has(next.lower) && (personShaped(words, run.first, run.last) || ctx.standsAlone((words[run.last] as Word).lower))) return;
  // "the original X soundtrack": "original" qualifies the follower (the original score, the first
  // cut), and what stands between is a composer or a version as often as a title.
  if (MAKER_LED_FOLLOWERS.has(next.lower) && ORIGINAL_WORDS.has(words[run.first - 1]?.lower ?? '')) return;
  // A run that ends in an article is a heading glued to a sentence ("Sound The soundtrack").
  if (ARTICLES.has((words[run.last] as Word).lower)) return;
  // One word is a title only after its possessive lead ("Charlotte's Web season 2").
  const title = withPossessiveLead(ctx, run);
  if (title.last > title.first) out.push(titleFinding(ctx.formOf(title)));
}

/**
 * 4a. A capitalised kind of work opening a sentence before a title ("Comedy Christmas with the
 * Kranks took $20m", "Thriller Night Train opened"): the rest of the run is the title.
 */
export function readGenreLead(ctx: WorksContext, run: Run, out: Finding[]): void {
  const lead = ctx.words[run.first - 1];
  if (lead && run.start === lead.end + 1 && !lead.spaceBefore && lead.capitalised && GENRE_CUES.has(lead.lower) && NOUN_TAGS.has(ctx.posAt(lead.start))) genreTitle(ctx, run, out);
}

/**
 * 4a. A run before "directed by", "written by", "starring" ("Tom Jones, directed by Y", "X
 * starring Y"): what is directed or stars someone is a work, whatever its shape.
 */
export function readMadeBy(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const next = words[full.last + 1];
  if (!next || !MADE_CUES.has(next.lower)) return;
  const gap = view.slice(full.end, next.start);
  const by = words[full.last + 2]?.lower === 'by';
  // A name follows: "starring Y", "directed by Y" (not "starring in", "directed by a").
  const maker = words[full.last + (by ? 3 : 2)];
  if ((gap !== ' ' && gap !== ', ') || (!by && !next.lower.endsWith('starring')) || !maker?.capitalised) return;
  const trimmed = trimReviewWords(words, full);
  // "author JM Barry and Kinsey starring Y": the title is after the last "and".
  const run = trimmed && lastListItem(words, trimmed);
  if (!run || run.last !== full.last || (words[run.last] as Word).possessive) return;
  // One word that opens a sentence is a preposition or an adverb as often ("Despite starring").
  if (run.first === run.last && NOT_SUBJECT_TAGS.has(ctx.posAt((words[run.first] as Word).start))) return;
  out.push(titleFinding(ctx.formOf(withPossessiveLead(ctx, run))));
}

/**
 * 4. A title with its part after it ("the Godfather Part 2", "Kill Bill Vol. 2", "Che Part Two"):
 * a person or a place has no numbered parts, so the run and its part are one work.
 */
export function readPart(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const part = words[full.last + 1];
  if (!part || !part.capitalised || !PART_WORDS.has(part.lower)) return;
  // "Part 2", "Vol. 2": one space, or an abbreviation's dot and a space, before the number.
  const gap = view.slice(full.end, part.start);
  const number = words[full.last + 2];
  const numberGap = number ? view.slice(part.end, number.start) : '';
  if (gap !== ' ' || !number || (numberGap !== ' ' && numberGap !== '. ')) return;
  if (!isDigitCode(view.charCodeAt(number.start)) && !PART_NUMBERS.has(number.lower)) return;
  // The title is what follows the run's last preposition ("Johnny Ola in the Godfather Part 2").
  let first = full.first;
  for (let k = full.last - 1; k > full.first; k--) {
    if (RUN_SPLITTERS.has((words[k] as Word).lower) && !(words[k] as Word).capitalised) {
      first = k + 1;
      break;
    }
  }
  while (first < full.last && !(words[first] as Word).capitalised) first++;
  // A sentence's opening word before a capitalised article is no part of the title ("Think The
  // Godfather Part II").
  if (first === full.first && first < full.last && !(words[first] as Word).spaceBefore && ARTICLES.has((words[first + 1] as Word).lower)) first++;
  const lead = words[first] as Word;
  // A sentence's opening word is no title ("While Part One …").
  if (first === full.last && !lead.spaceBefore && (SENTENCE_LEADS.has(lead.lower) || NON_TITLE_LEADS.has(lead.lower))) return;
  if (nameShaped(words, { ...full, first }) || personShaped(words, first, full.last)) return;
  out.push(titleFinding(view.slice(lead.start, number.end)));
}

/** A year in brackets right after a title: `Title (1952)`, `Title(1952)`. */
function yearAfter(view: string, at: number): boolean {
  let k = at;
  if (codeAt(view, k) === SPACE) k++;
  if (codeAt(view, k) !== OPEN_BRACKET || codeAt(view, k + 5) !== CLOSE_BRACKET) return false;
  const year = view.slice(k + 1, k + 5);
  return /^(?:1[89]|20)\d\d$/.test(year);
}

/**
 * True when an ampersand stands right before `words[first]` (a space between or not): a name after
 * one, with a year in brackets, cites a paper by two authors ("Pang & Lee (2004)").
 */
function coAuthorBefore(view: string, words: readonly Word[], first: number): boolean {
  let k = (words[first] as Word).start - 1;
  if (codeAt(view, k) === SPACE) k--;
  return view[k] === '&';
}

/**
 * 4b. A year in brackets after a run: `Title (1952)`, `Title(1952)`. A title shaped like a
 * person's name counts too (`John Wick (2014)`, `Mrs. Miniver (1942)`): a person's years are
 * written as a span or with "born", and one year alone in the brackets dates a work; not a
 * romanised name with a hyphen, and not an author cited after "&" ("Pang & Lee (2004)").
 */
export function readYear(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  if (!yearAfter(view, full.end)) return;
  const run = cutLongRun(words, full);
  if (run.last !== full.last || nameShaped(words, run)) return;
  if (personShaped(words, run.first, run.last) && coAuthorBefore(view, words, run.first)) return;
  // A run right after two lower-case connectors is the end of a title cut short ("… in the Rain").
  const prev = wordAt(words, run.first - 1);
  const prev2 = wordAt(words, run.first - 2);
  if (prev && prev2 && !prev.capitalised && !prev2.capitalised && TITLE_CONNECTORS.has(prev.lower) && TITLE_CONNECTORS.has(prev2.lower) && (words[run.first] as Word).spaceBefore) return;
  out.push(titleFinding(ctx.formOf(withPossessiveLead(ctx, run))));
}

/** True for a word that cannot stand before the suffixed word of a title: a hyphenated or owning word, a place, people or organisation, a word no work is headed by. */
const isNoStyleLeadWord = (w: Word): boolean => w.hyphenated || w.possessive || NOT_WORK_HEADS.has(w.lower) || PLACES_AND_PEOPLES.has(w.lower) || ORGANISATIONS.has(w.lower);

/**
 * 4l. A title with a suffix of likeness glued to it by a hyphen: "a Pop Idol-style search", "more
 * Big Brother-type shows": what is named as a model is a show or a film. Two words or more (one
 * word is a place or a person as often: "Hollywood-style"), not led by a given name or an
 * honorific ("Tom Cruise-style"), no place or body word ("Wall Street-style").
 */
export function readStyleSuffix(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const last = words[full.last] as Word;
  if (!last.hyphenated || full.last === full.first) return;
  const hyphen = view.lastIndexOf('-', last.end);
  if (hyphen <= last.start || !STYLE_SUFFIXES.has(view.slice(hyphen + 1, last.end).toLowerCase())) return;
  const run = withoutSentenceLead(words, full);
  // A sentence's opening determiner is no part of it ("This Lifetime-like film", "The Pop Idol-style show").
  let first = run.first;
  if (!(words[first] as Word).spaceBefore && NOT_SUBJECT_TAGS.has(ctx.posAt((words[first] as Word).start))) first++;
  if (run.last <= first) return;
  const lead = words[first] as Word;
  if (isListedFirstName(lead.lower) || HONORIFICS.has(lead.lower)) return;
  const stem = ctx.lower.slice(last.start, hyphen);
  if (NOT_WORK_HEADS.has(stem) || PLACES_AND_PEOPLES.has(stem)) return;
  if (someWord(words, first, run.last - 1, isNoStyleLeadWord)) return;
  out.push(titleFinding(view.slice(lead.start, hyphen)));
}

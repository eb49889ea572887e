/**
 * Pass 4, music and chart news: a record's title right after a noun for a record ("the album
 * follows single Copper Bells", "their charity single, We Are The Tide", "her latest release I Saw
 * The Sea", "Ann Vale's 1991 hit Paper Hearts"), and the record an act holds a chart place with
 * ("at number six with Oh My Stars", "slipped to four with Lost Roads"). News names records so,
 * without an article or after a comma, where the cue-word pass wants a noun it can tag as one.
 */
import { CHART_NUMBER_WORDS, CHART_WITH_PLACES, RECORD_NOUN_LEADS, RECORD_NOUNS, SINGLE_COUNT_LEADS, VERB_LIKE_RECORD_NOUNS } from '../../data/work-record-cues';
import { CLAUSE_STARTS } from '../../data/work-cues';
import { isDigitCode, SPACE } from '../../text/chars';
import type { Span } from '../../types';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, trimRunEnd } from './cuts';
import { allCaps, endsPhrase, isNoTitleWord, isPlaceOrBody, isSequelDigitCode, nameShaped, nounQualifies, personShaped, wordAt } from './shapes';

/** How many words before "with" a chart place may stand ("at number six with", "the top spot in the UK with"). */
const PLACE_REACH = 4;

/** wink's tags of the word after a one-word title that show the title's phrase is done ("Breathe went in at"). */
const LONE_TITLE_NEXT_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** Words before a chart place's number ("at five", "to four", "number one"; "No 2" in capitals only). */
const NUMBER_LEADS: ReadonlySet<string> = new Set(['at', 'to', 'number']);

/**
 * True when the record noun at word `i` is a noun: "single" unless a count leads it ("a single
 * Oscar"); a noun that is a verb as often ("release", "hit") only after a determiner, an owner,
 * a record's adjective, a possessive, a year or decade, a hyphenated word or a capitalised word
 * inside the sentence ("her latest release", "Ann Vale's hit", "the 1980s hit", "the Motown hit").
 */
function recordNoun(ctx: WorksContext, i: number): boolean {
  const { view, words } = ctx;
  const cue = words[i] as Word;
  const prev = cue.spaceBefore ? wordAt(words, i - 1) : undefined;
  if (cue.lower === 'single' && prev && SINGLE_COUNT_LEADS.has(prev.lower)) return false;
  if (!VERB_LIKE_RECORD_NOUNS.has(cue.lower)) return true;
  if (!prev) return false;
  if (RECORD_NOUN_LEADS.has(prev.lower) || prev.possessive || prev.hyphenated || isDigitCode(view.charCodeAt(prev.start))) return true;
  return prev.capitalised && !ctx.opensSentence(prev.start);
}

/**
 * True when a run found after a cue may be a record's title: not a person's shape or a name with a
 * hyphen, not led by a place, a body, a date or a possessive ("hit US comedy"), not a modifier of
 * a noun after it ("the hit BBC comedy"), not two words led by a first name, not one given name,
 * one word in capitals or "I" alone ("the song I wrote"); a title may open with "I" when a
 * capitalised word follows ("I Saw The Sea").
 */
function recordTitle(ctx: WorksContext, run: Run): boolean {
  const { view, words } = ctx;
  const lead = words[run.first] as Word;
  if (personShaped(words, run.first, run.last) || nameShaped(words, run) || isNoTitleWord(lead) || (words[run.last] as Word).possessive) return false;
  if (nounQualifies(ctx, words[run.last + 1], false)) return false;
  if (CLAUSE_STARTS.has(lead.lower) && !(run.last > run.first && (words[run.first + 1] as Word).capitalised)) return false;
  // "at number one with Kylie Vane": two words led by a first name of the large list are a name.
  if (run.last === run.first + 1) return !isListedFirstName(lead.lower);
  if (run.first !== run.last) return true;
  // One word closes its phrase or a verb follows ("the hit Paper.", "with Breathe, which"; not "the release Date for").
  const next = words[run.last + 1];
  const closes = endsPhrase(words, run) || (next !== undefined && !next.capitalised && LONE_TITLE_NEXT_TAGS.has(ctx.posAt(next.start)));
  return closes && !isListedFirstName(lead.lower) && !isPlaceOrBody(lead) && !allCaps(view, lead);
}

/**
 * 4. A run right after a record noun ({@link RECORD_NOUNS}) read as a noun, one space apart, or
 * after a comma when the run closes its phrase ("their charity single, We Are The Tide."); the
 * run cut at a maker's "by", a clause's "I" or a channel.
 */
export function readRecordNoun(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const cue = wordAt(words, full.first - 1);
  if (!cue || cue.capitalised || cue.possessive || !RECORD_NOUNS.has(cue.lower)) return;
  const gap = view.slice(cue.end, full.start);
  const comma = gap === ', ';
  if (gap !== ' ' && !comma) return;
  if (!recordNoun(ctx, full.first - 1)) return;
  const run = trimRunEnd(words, cutLongRun(words, full));
  if (comma && (run.last !== full.last || !endsPhrase(words, run))) return;
  // "single Irene", "seen single OVAs": a bare "single" before one word is as often "unmarried" or "one".
  const prev = wordAt(words, full.first - 2);
  const bare = !prev || !cue.spaceBefore || !(RECORD_NOUN_LEADS.has(prev.lower) || prev.possessive || prev.hyphenated || (prev.capitalised && !ctx.opensSentence(prev.start)));
  if (cue.lower === 'single' && bare && run.first === run.last) return;
  const sequel = numberedSequel(ctx, run);
  if (sequel) out.push(titleFinding(ctx.formOf(sequel)));
  else if (recordTitle(ctx, run)) out.push(titleFinding(ctx.formOf(run)));
}

/**
 * One word and a sequel's digit from 2 to 9 after it, one space apart, the digit ending its word
 * ("the animated hit Copperfoot 2"): the span of both, when the word is no given name, place, body
 * or word in capitals and no capitalised word follows; undefined otherwise.
 */
function numberedSequel(ctx: WorksContext, run: Run): Span | undefined {
  const { view, words } = ctx;
  if (run.first !== run.last) return undefined;
  const lead = words[run.first] as Word;
  const digit = view.charCodeAt(run.end + 1);
  const after = view.charCodeAt(run.end + 2);
  if (view.charCodeAt(run.end) !== SPACE || !isSequelDigitCode(digit) || isWordCode(after)) return undefined;
  if (isListedFirstName(lead.lower) || isPlaceOrBody(lead) || allCaps(view, lead) || isNoTitleWord(lead)) return undefined;
  // "the single Paper 2 Night": a capitalised word after the digit goes on with a longer name.
  const next = words[run.last + 2];
  if (next && next.capitalised && next.spaceBefore) return undefined;
  return { start: run.start, end: run.end + 2 };
}

/** True for a char code that would carry a word on ("2a", "22", "2-"). */
const isWordCode = (code: number): boolean => isDigitCode(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d;

/**
 * True when a chart place stands within {@link PLACE_REACH} words before "with" at word `i`, in one
 * clause: a place word ("number", "spot", "the top"), not "a number of", or a number after "at" /
 * "to" / "number" ("at five", "to 4").
 */
function chartPlaceBefore(ctx: WorksContext, i: number): boolean {
  const { view, words } = ctx;
  for (let k = i - 1; k >= 0 && k >= i - PLACE_REACH; k--) {
    const w = words[k] as Word;
    const after = words[k + 1] as Word;
    if (!after.spaceBefore) return false;
    if (w.capitalised) continue;
    if (CHART_WITH_PLACES.has(w.lower) && after.lower !== 'of') return true;
    const numeral = CHART_NUMBER_WORDS.has(w.lower) || isDigitCode(view.charCodeAt(w.start));
    const lead = wordAt(words, k - 1);
    if (numeral && lead && (NUMBER_LEADS.has(lead.lower) || (lead.lower === 'no' && lead.capitalised))) return true;
  }
  return false;
}

/** 4. A run right after "with" that follows a chart place ("entered at number six with Oh My Stars"). */
export function readChartWith(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const w = wordAt(words, full.first - 1);
  if (!w || w.lower !== 'with' || w.capitalised || view.slice(w.end, full.start) !== ' ') return;
  if (!chartPlaceBefore(ctx, full.first - 1)) return;
  const run = trimRunEnd(words, cutLongRun(words, full));
  if (recordTitle(ctx, run)) out.push(titleFinding(ctx.formOf(run)));
}

/**
 * Pass 4, arts news: the work after its maker's possessive when a word of staging, performing or
 * making a version stands before the maker ("he conducted Bellini's Norma", "a new production of
 * Verdi's La Traviata", "a version of Ann Lee's I Can't Stop", "an adaptation of Shakespeare's
 * Richard III"). What a conductor conducts or a version is of is a work, so the words after the
 * possessive name it whatever their shape: one word, a name's shape or a title opening with "I".
 */
import { OWNED_WORK_OF_NOUNS, OWNED_WORK_VERBS } from '../../data/work-record-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, trimRunEnd } from './cuts';
import { allCaps, isNoTitleWord, isPlaceOrBody, joinsNames, nounQualifies, wordAt } from './shapes';
import { isListedFirstName } from '../../text/listed-first-name';

/** Most words of a maker's name before the possessive ("Giuseppe Verdi's", "Andrew Lloyd Webber's"). */
const OWNER_WORDS = 3;

/**
 * True when a cue stands right before word `at`, one space apart: a staging or performing verb
 * ({@link OWNED_WORK_VERBS}), or a version's noun and "of" ({@link OWNED_WORK_OF_NOUNS}), maybe
 * with "the" between ("a cover of the Kestrels' X").
 */
function cueBefore(words: readonly Word[], at: number): boolean {
  let k = at - 1;
  const first = words[at];
  if (!first || !first.spaceBefore) return false;
  let w = wordAt(words, k);
  if (w && w.lower === 'the' && !w.capitalised && w.spaceBefore) w = wordAt(words, --k);
  if (!w || w.capitalised) return false;
  if (OWNED_WORK_VERBS.has(w.lower)) return true;
  const noun = wordAt(words, k - 1);
  return w.lower === 'of' && w.spaceBefore && noun !== undefined && !noun.capitalised && OWNED_WORK_OF_NOUNS.has(noun.lower);
}

/**
 * The run cut before a lower-case "at" / "in" that leads to where the work was staged ("Norma at
 * the Vienna State Opera", "Manon in Paris"): after "at", two capitalised words or a place; after
 * "in", a place. A title's own "in" goes on with other words ("Candle in the Wind"). Cut too
 * before a maker's "by" ("Across The Sky by Ann Vale").
 */
function atVenue(words: readonly Word[], run: Run): Run {
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    if (w.capitalised || (w.lower !== 'at' && w.lower !== 'in' && w.lower !== 'by')) continue;
    // "Across The Sky by Ann Vale": a maker after "by", when no pronoun follows ("Stand by Me").
    if (w.lower === 'by') {
      const maker = words[k + 1] as Word;
      if (maker.capitalised && !OBJECT_PRONOUNS.has(maker.lower)) return cutBefore(words, run, k);
      continue;
    }
    let caps = 0;
    let place = false;
    for (let j = k + 1; j <= run.last; j++) {
      const x = words[j] as Word;
      if (x.capitalised) caps++;
      if (isPlaceOrBody(x)) place = true;
    }
    if (place || (w.lower === 'at' && caps >= 2)) return cutBefore(words, run, k);
  }
  return run;
}

/** The run up to its last capitalised word before word `k`. */
function cutBefore(words: readonly Word[], run: Run, k: number): Run {
  let last = k - 1;
  while (last > run.first && !(words[last] as Word).capitalised) last--;
  return { first: run.first, last, start: run.start, end: (words[last] as Word).end };
}

/** Pronouns a title's own "by" leads to ("Stand by Me"), where no maker follows. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'you', 'us', 'him', 'her', 'them', 'it', 'myself', 'yourself']);

/** Last words of a part of a work, not a work ("the adaptation of Bleach's Iron Tower Arc"). */
const PART_ENDINGS: ReadonlySet<string> = new Set(['arc', 'saga', 'season', 'episode', 'chapter', 'volume', 'finale']);

/**
 * 4. A run after a staging, performing or version cue and a maker's possessive of one to
 * {@link OWNED_WORK_WORDS} words, the possessive inside the run ("Jules Vane's Manon") or ending it
 * with the title the next run: the words after the possessive, cut at a maker's "by" or a channel;
 * not led by a place, a body or a date, not a noun's modifier ("Verdi's Requiem mass"), not one
 * word in capitals, a place or a body, not two first names joined, not a part ("X's Tower Arc").
 */
export function readOwnedAfterCue(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  if (!cueBefore(words, full.first)) return;
  let owner = -1;
  for (let k = full.first; k <= Math.min(full.last, full.first + OWNER_WORDS - 1); k++) {
    if ((words[k] as Word).possessive) {
      owner = k;
      break;
    }
  }
  if (owner < 0) return;
  let titleRun: Run | undefined;
  if (owner < full.last) titleRun = { first: owner + 1, last: full.last, start: (words[owner + 1] as Word).start, end: full.end };
  else {
    const next = ctx.runAt(owner + 1);
    if (next && next.first === owner + 1 && (words[owner + 1] as Word).spaceBefore === false) titleRun = next;
    else if (next && next.first === owner + 1) titleRun = next;
  }
  if (!titleRun) return;
  const run = trimRunEnd(words, atVenue(words, cutLongRun(words, titleRun)));
  const lead = words[run.first] as Word;
  if (isNoTitleWord(lead) || (words[run.last] as Word).possessive || nounQualifies(ctx, words[run.last + 1], false)) return;
  if (run.first === run.last && (allCaps(view, lead) || isPlaceOrBody(lead))) return;
  // "a version of Ann Lee's Olivia and Leonard": two first names joined are a pair of players.
  if (joinsNames(words, run) && isListedFirstName(lead.lower) && isListedFirstName((words[run.last] as Word).lower)) return;
  if (PART_ENDINGS.has((words[run.last] as Word).lower)) return;
  out.push(titleFinding(ctx.formOf(run)));
}

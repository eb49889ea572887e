/**
 * Pass 4k: a main title, a colon and a subtitle read as one title ("Alien: Covenant", "Rogue One:
 * A Star Wars Story", "Mission: Impossible – Fallout"). A review writes a label the same way
 * ("Story: 8/10", "Verdict: Watch it"), but a label opens its line, while a title sits inside a
 * sentence; so the pair is taken when its main part is in mid-sentence, or when the text writes
 * the same pair twice, or when it opens the text or a line as the subject of a singular verb in
 * a text that writes no other colon after a sentence's opening words (a review of labels writes
 * several). A label word or a given name before the colon is never a main title.
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { PLACES_AND_PEOPLES } from '../../data/not-names';
import { ARTICLES, NON_TITLE_LEADS, TITLE_CONNECTORS, WORK_NOUNS } from '../../data/work-cues';
import { COLON, COMMA, isDash, isDigitCode, LOWER_A, LOWER_Z, SPACE, TAB } from '../../text/chars';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { isLabelWord } from './4-called';
import { singularVerb } from './4-opening-subject';
import { allCaps } from './shapes';

/** Most words of a main title before its colon ("The Lord of the Rings"). */
const MAX_MAIN_WORDS = 6;


/** wink's tags of a word that opens a clause rather than a subtitle ("This", "It", "We"). */
const CLAUSE_LEAD_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP', 'SCONJ', 'CCONJ', 'AUX', 'ADV', 'PART']);

/** wink's tags of a word before a main part that counts what the colon lists ("five Academy Awards: Best Actor …"). */
const COUNT_TAGS: ReadonlySet<string> = new Set(['NUM']);

/** Full stop, question and exclamation marks, line breaks: where a sentence ends. */
const SENTENCE_STOPS: ReadonlySet<number> = new Set([0x2e, 0x3f, 0x21, 0x0a]);

/** True when only spaces stand between the line's start and `at`. */
function atLineStart(view: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (view.charCodeAt(k) === SPACE || view.charCodeAt(k) === TAB)) k--;
  return k < 0 || view.charCodeAt(k) === 0x0a;
}

/** How far back {@link labelBefore} looks for a colon in the same sentence. */
const LABEL_LOOK_BACK = 60;

/**
 * True when a colon stands before `at` in its sentence with no lower-case word between, so the
 * pair is one more label of a line of labels ("cast: 8/10 Sound: This", "Memorable: No
 * Rewatchable: Unlikely"); a sentence goes on in lower case between two titles ("CSI: Miami and
 * CSI: New York"). Looks back a bounded stretch, so the pass stays linear.
 */
function labelBefore(view: string, at: number): boolean {
  let prose = false;
  for (let k = at - 1; k >= Math.max(0, at - LABEL_LOOK_BACK); k--) {
    const c = view.charCodeAt(k);
    if (c === COLON) return !prose;
    if (c >= LOWER_A && c <= LOWER_Z && view.charCodeAt(k - 1) === SPACE) prose = true;
    if (SENTENCE_STOPS.has(c)) return false;
  }
  return false;
}

/** True when `view[at..at+3)` is a dash between two spaces (" – "), which goes on with a subtitle ("Impossible – Fallout"). */
const spacedDash = (view: string, at: number): boolean => {
  return view.charCodeAt(at) === SPACE && view.charCodeAt(at + 2) === SPACE && isDash(view[at + 1]);
};

/**
 * The last word of the subtitle `words[q..last]` before a next pair the run holds ("Precinct:
 * Lagos and Precinct: Nairobi"): the words before the next colon, and the connectors before
 * them, are left out; so is all from an "or" or an "and" that joins two titles.
 */
function cutBeforeNextPair(ctx: WorksContext, q: number, last: number): number {
  const { view, words } = ctx;
  for (let k = q + 1; k <= last; k++) {
    // "or" between capitalised words joins two titles ("Code Geass: Lelouch of the Rebellion or
    // Gurren Lagann"), and so does "and" after a subtitle of two words or more ("Harbour Lights: The
    // Return and Paper Kites"; not "New and Collected Poems").
    const joiner = (words[k] as Word).lower;
    if (joiner === 'or' || (joiner === 'and' && k - q > 1)) return k - 1;
    if (view.charCodeAt((words[k] as Word).end) !== COLON) continue;
    let m = k;
    while (m > q && (words[m] as Word).capitalised) m--;
    while (m > q && !(words[m] as Word).capitalised) m--;
    return m;
  }
  return last;
}

/**
 * A lower-case word of a run after which a main title starts, unlike the "of" and "the" inside one
 * ("with", "and"). A sequel's number is no such word: it ends the main part it numbers
 * ("Harbour Lights 2: The Return" opening a sentence keeps "Harbour Lights 2").
 */
const opensMainPart = (w: Word): boolean => !w.capitalised && !isDigitCode(w.lower.charCodeAt(0)) && !ARTICLES.has(w.lower) && w.lower !== 'of';

/** wink's tags of a word that may open a subtitle as a preposition does ("Into", "Beyond", "Far"). */
const PREPOSITION_TAGS: ReadonlySet<string> = new Set(['ADP', 'ADV']);

/**
 * True when the subtitle `words[q..last]` opens with a preposition, then an article or a title's
 * connector, and goes on to a capitalised word ("Into the Deep", "With a Vengeance", "Far From
 * Home"): titles open so, while a clause after a label's colon goes on in lower case ("On the form
 * of …", "In the end") or names one word ("After Ann, this is …").
 */
function prepositionLed(ctx: WorksContext, q: number, last: number): boolean {
  const { words } = ctx;
  const lead = words[q] as Word;
  // "How To Meet Deadlines", "When the Day Comes": a question's word opens a clause or a headline.
  if (last < q + 2 || !PREPOSITION_TAGS.has(ctx.posAt(lead.start)) || NON_TITLE_LEADS.has(lead.lower)) return false;
  const joiner = words[q + 1] as Word;
  return joiner.spaceBefore && (ARTICLES.has(joiner.lower) || TITLE_CONNECTORS.has(joiner.lower)) && (words[last] as Word).capitalised;
}

/** The last word of the capitalised run that starts at word `i` or, when its first word opens a sentence, just after it. */
function runEnd(ctx: WorksContext, i: number): number {
  const own = ctx.runAt(i);
  if (own) return own.last;
  const next = ctx.words[i + 1];
  // A run cut after a sentence's lead and its article ("With a Vengeance" left "Vengeance") goes on from the article.
  const from = next !== undefined && !next.capitalised && ARTICLES.has(next.lower) ? i + 2 : i + 1;
  const after = next?.spaceBefore === true && ctx.words[from]?.spaceBefore === true ? ctx.runAt(from) : undefined;
  return after ? after.last : i;
}

/** A main title, its colon and its subtitle as the text writes them, and whether a sentence holds them. */
export interface ColonPair {
  form: string;
  inside: boolean;
  /** The pair opens the text or a line and a singular verb follows it ("Harbour Tales: Salt Road is"). */
  opening: boolean;
  /** A single word before the colon that the text uses as a person's surname ("Holmes: Watson!"). */
  speaker: boolean;
}

/**
 * Reads the pair whose main part ends with the run `run` and a colon, and adds it to `out`; a
 * label, a speaker or a list before the colon adds nothing.
 */
export function readColonPair(ctx: WorksContext, run: Run, out: ColonPair[]): void {
  const { view, words } = ctx;
  const x = words[run.last] as Word;
  if (view.charCodeAt(x.end) !== COLON || view.charCodeAt(x.end + 1) !== SPACE) return;
  const q = run.last + 1;
  const y = words[q];
  if (!y || y.start !== x.end + 2 || !y.capitalised) return;
  // The main part: the run before the colon ("The Lord of the Rings"); when the run opens its
  // sentence or clause with no article, only the capitalised words after its last lower-case word
  // ("Compared with Alien", "Finding Nemo and The Lord of the Rings").
  let p = run.first;
  if (!(words[p] as Word).spaceBefore && !ARTICLES.has((words[p] as Word).lower)) for (let k = run.first + 1; k <= run.last; k++) if (opensMainPart(words[k] as Word)) p = k + 1;
  if (run.last - p >= MAX_MAIN_WORDS) return;
  const lead = words[p] as Word;
  for (let k = p; k <= run.last; k++) {
    const w = words[k] as Word;
    if (isLabelWord(w) || w.possessive) return;
  }
  // A given name before the colon labels what someone says ("Tony: …"); a place alone opens what
  // the sentence says of it ("two versions of London: Front London"); words in capitals label a
  // part of a review ("THE UGLY: …").
  if (GIVEN_NAMES.has(lead.lower) || (p === run.last && PLACES_AND_PEOPLES.has(x.lower)) || (p < run.last && allCaps(view, lead) && allCaps(view, x))) return;
  let last = cutBeforeNextPair(ctx, q, runEnd(ctx, q));
  // A word that opens a clause is no subtitle ("Mutants: On the form of …", "Context: This review",
  // "The Good: The greatest thing"), though an article before capitalised words is ("Rogue One: A
  // Star Wars Story"); nor is a kind of work alone, which a line of labels names ("Empire: Film - X").
  if ((last === q && (isLabelWord(y) || ARTICLES.has(y.lower) || WORK_NOUNS.has(y.lower))) || (!ARTICLES.has(y.lower) && CLAUSE_LEAD_TAGS.has(ctx.posAt(y.start)) && !prepositionLed(ctx, q, last))) return;
  // A colon that opens a list names items, not a subtitle ("the following Arcs: Punk Hazard, Dressrosa").
  const after = words[last + 1];
  if (after?.capitalised === true && view.charCodeAt((words[last] as Word).end) === COMMA && after.start === (words[last] as Word).end + 2) return;
  const end = (words[last] as Word).end;
  const z = words[last + 1];
  if (z?.capitalised === true && z.start === end + 3 && spacedDash(view, end)) last = runEnd(ctx, last + 1);
  const form = ctx.formOf({ start: lead.start, end: (words[last] as Word).end });
  // Inside a sentence: a word of it stands just before, with one space between, or a main part of
  // two words or more goes on from a comma or a full stop ("The" and one word opens a heading there:
  // "The Comedy: …"); never at a line's start, where labels stand.
  const inside = p > 0 && (lead.spaceBefore || p < run.last - (ARTICLES.has(lead.lower) ? 1 : 0)) && !atLineStart(view, lead.start) && !labelBefore(view, lead.start) && !COUNT_TAGS.has(ctx.posAt((words[p - 1] as Word).start));
  out.push({ form, inside, opening: !inside && opensAsSubject(ctx, p, run.last, last), speaker: p === run.last && ctx.isSurname(x.lower) });
}

/**
 * True when the pair from word `p` (its main part ending at `m`, its subtitle at `last`) opens the
 * text or a line and a singular verb follows it ("Harbour Tales: Salt Road is a slow film"): a
 * review names its work in full where it or a paragraph opens, as the subject of a sentence, which
 * a label is not ("Story: 8/10", "Story: the plot"); a label set inside a paragraph ("… as I said.
 * Opinion: Salt Road is …") opens no line. Not one word in capitals before the colon (a speaker's
 * initials, "NK: The exam was"), nor a subtitle that repeats a word of the main part ("Kirito:
 * Kirito is", a character's heading).
 */
function opensAsSubject(ctx: WorksContext, p: number, m: number, last: number): boolean {
  const { view, words } = ctx;
  const lead = words[p] as Word;
  if (!atLineStart(view, lead.start) || !singularVerb(ctx, words[last + 1])) return false;
  if (p === m && allCaps(view, lead)) return false;
  for (let k = m + 1; k <= last; k++) {
    const w = words[k] as Word;
    for (let j = p; j <= m; j++) if ((words[j] as Word).lower === w.lower && w.capitalised) return false;
  }
  return true;
}

/** Most words before a colon that still open a label of a sentence ("Sound and Music: …"). */
const LABEL_WORDS_BEFORE_COLON = 4;

/**
 * How many colons the text writes right after one of the first {@link LABEL_WORDS_BEFORE_COLON}
 * words of a sentence or a line, counted up to two: a review of labels ("Story: …", "Art: …")
 * writes several, a review that opens a sentence with its work's full title one. Each colon looks
 * back a bounded stretch, so the count stays linear.
 */
function openingColons(ctx: WorksContext): number {
  const { view, words } = ctx;
  let count = 0;
  for (let i = 0; i < words.length && count < 2; i++) {
    const w = words[i] as Word;
    if (view.charCodeAt(w.end) !== COLON) continue;
    for (let k = i; k >= 0 && k > i - LABEL_WORDS_BEFORE_COLON; k--) {
      const x = words[k] as Word;
      if (ctx.opensSentence(x.start) || atLineStart(view, x.start)) {
        count++;
        break;
      }
    }
  }
  return count;
}

/**
 * The pairs taken as titles: each one a sentence holds, and each one the text writes twice, unless
 * a person's surname before the colon makes it a script's speaker. Counted once over the pairs.
 */
export function colonTitles(pairs: readonly ColonPair[]): Finding[] {
  const seen = new Map<string, number>();
  for (const pair of pairs) seen.set(pair.form, (seen.get(pair.form) ?? 0) + 1);
  const out: Finding[] = [];
  for (const pair of pairs) if (pair.inside || (!pair.speaker && (seen.get(pair.form) ?? 0) > 1)) out.push(titleFinding(pair.form));
  return out;
}

/**
 * The pair that opens the text or a line as its sentence's subject ({@link ColonPair.opening})
 * where it is the only colon of the text after a sentence's opening words ({@link openingColons}):
 * a review that names its work in full where it or a paragraph opens ("Harbour Tales: Salt Road is
 * a slow film"), not a line of its labels.
 */
export function openingColonTitles(ctx: WorksContext, pairs: readonly ColonPair[]): Finding[] {
  const opening = pairs.filter((pair) => pair.opening && !pair.speaker);
  if (opening.length !== 1 || openingColons(ctx) !== 1) return [];
  return [titleFinding((opening[0] as ColonPair).form)];
}

/**
 * Pass 4c, runs that are titles by their shape: title-case runs the text repeats that cannot be a
 * person's name, and runs shaped like a title and like nothing else ("Nights of Cabiria").
 */
import { HONORIFICS } from '../../data/honorifics';
import { CALENDAR, PLACES_AND_PEOPLES } from '../../data/not-names';
import { ARTICLES, CLAUSE_STARTS, LABEL_WORDS, NOT_SUBJECT_TAGS, NOT_WORK_HEADS, SENTENCE_LEADS, SHAPE_CONNECTORS, SHAPE_FILLERS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, trimRunEnd } from './cuts';
import { allCaps, hasConnector, personShaped, someWord } from './shapes';

/**
 * 4c. A run that is a title if the text repeats it: two to eight words led by an article or
 * holding a connector ("The Fourth Man", "Throw Momma From the Train"), not a person's shape.
 */
export function readRepeatable(ctx: WorksContext, run: Run, out: Run[]): void {
  const { words } = ctx;
  if (run.last === run.first || run.last - run.first > 7) return;
  // A sentence's opening word is no part of a title ("In the US", twice).
  const opener = words[run.first] as Word;
  if (!opener.spaceBefore && SENTENCE_LEADS.has(opener.lower)) return;
  // "The Duke", "The Beatles": one word after an article names a character or a band as often.
  const led = ARTICLES.has((words[run.first] as Word).lower) && run.last - run.first >= 2;
  // "and" joins two names as often as two words of a title ("Howard and Emily").
  if (!led && !hasConnector(words, run)) return;
  if (personShaped(words, run.first, run.last)) return;
  if (someWord(words, run.first, run.last, isNoTitleWord)) return;
  // "the Statue of Liberty", "the Bank of England": after a lower-case "the", a head word of a
  // place, a body or an office makes the run that thing, written twice as often as a title is.
  if (words[run.first - 1]?.lower === 'the' && !(words[run.first - 1] as Word).capitalised && someWord(words, run.first, run.last, isPlaceHead)) return;
  out.push(run);
}

/** A head word of a place, a body or an office ("Statue", "Bank", "Council"). */
const isPlaceHead = (w: Word): boolean => NOT_WORK_HEADS.has(w.lower);

/** A label, a clause's start or an honorific: no word of a repeated title ("Spoiler Alert", "Mr Smith"). */
const isNoTitleWord = (w: Word): boolean => LABEL_WORDS.has(w.lower) || CLAUSE_STARTS.has(w.lower) || HONORIFICS.has(w.lower);

/** 4c. The repeatable runs ({@link readRepeatable}) the text writes twice or more, in order. */
export function repeatedTitles(ctx: WorksContext, repeatable: readonly Run[]): Finding[] {
  const out: Finding[] = [];
  // Only a run whose length another run shares can be repeated: the others make no key string.
  const lengths = new Map<number, number>();
  for (const run of repeatable) lengths.set(run.end - run.start, (lengths.get(run.end - run.start) ?? 0) + 1);
  const keys = repeatable.map((run) => ((lengths.get(run.end - run.start) as number) >= 2 ? ctx.lowerText(run) : ''));
  const repeats = new Map<string, number>();
  for (const key of keys) if (key) repeats.set(key, (repeats.get(key) ?? 0) + 1);
  repeatable.forEach((run, k) => {
    const key = keys[k] as string;
    if (key && (repeats.get(key) as number) >= 2) out.push(titleFinding(ctx.formOf(run)));
  });
  return out;
}

/**
 * 4c2. A run shaped like a title and like nothing else: two capitalised words or more around a
 * lower-case "of" ("Nights of Cabiria", "Raiders of the Lost Ark"), once, in mid-sentence (a
 * sentence's first word is capitalised anyway: "Fans of X", "Directed by X"). Names of places,
 * bodies, offices and events share the shape ("Statue of Liberty", "Secretary of State"), so a run
 * with one of their head words is left out, as are runs after "the" (offices and bodies: "the
 * Emperor of Morocco"), runs with "and", "is", "by" (two names, a clause, an author), words in
 * capitals, and runs where a person's name stands on either side of the connector ("Charlize
 * Theron for Monster", "Fans of Tanya Roberts").
 */
export function readShape(ctx: WorksContext, full: Run, out: Finding[]): void {
  if (full.last - full.first < 2) return;
  const run = shapedTitle(ctx, trimRunEnd(ctx.words, cutLongRun(ctx.words, full)));
  if (run && run.last === full.last) out.push(titleFinding(ctx.formOf(run)));
}

/**
 * True for a run of four words or more that opens its sentence with an article and is the subject
 * of a verb ("The Lives of the Saints starts with …"): a sentence's capital is then no doubt, as
 * "Fans of X" and "Directed by X" do not open with an article.
 */
function opensWithVerb(ctx: WorksContext, run: Run): boolean {
  const { words } = ctx;
  const first = words[run.first] as Word;
  const verb = words[run.last + 1];
  if (first.spaceBefore || !ARTICLES.has(first.lower) || run.last - run.first < 3 || !verb?.spaceBefore || verb.capitalised) return false;
  // After a colon the run is a subtitle ("Waco: The Rules of Engagement"), not the whole title.
  if (ctx.view.slice(Math.max(0, first.start - 2), first.start).includes(':')) return false;
  return SUBJECT_VERB_TAGS.has(ctx.posAt(verb.start));
}

/** Tags of the word after a sentence's subject that make it one: a verb or an auxiliary. */
const SUBJECT_VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/**
 * The run when it reads as a title by its shape alone, else null: three to ten words, two
 * capitalised, a lower-case "of" ({@link SHAPE_CONNECTORS}) and no other lower-case word but an
 * article, in mid-sentence and not after "the", no head word of a place or body, no word in
 * capitals, no person's name before or after a connector.
 */
function shapedTitle(ctx: WorksContext, run: Run): Run | null {
  const { view, words } = ctx;
  const count = run.last - run.first + 1;
  if (count < 3 || count > 10) return null;
  // No lower-case "of", no such title: looked at before anything dearer.
  let of = false;
  for (let k = run.first + 1; k < run.last && !of; k++) of = (words[k] as Word).lower === 'of' && !(words[k] as Word).capitalised;
  if (!of) return null;
  const first = words[run.first] as Word;
  const before = words[run.first - 1];
  if (!opensWithVerb(ctx, run) && (!first.spaceBefore || !before || before.capitalised || before.lower === 'the' || NOT_SUBJECT_TAGS.has(ctx.posAt(first.start)))) return null;
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

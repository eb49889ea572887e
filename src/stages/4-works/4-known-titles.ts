/**
 * Pass 4, world knowledge: a title-case run that is, word for word and case for case, a title
 * readers know ({@link KNOWN_WORK_TITLES}, learned from many texts that cue it) names that work
 * even bare ("better than Death Note", "fans of Star Wars"). One set look-up per run.
 * A title of one word is a plain word or a name as often ("Sideways", "Alien"), so it counts only where it
 * opens no sentence, the text never writes it in lower case, it is no given name, and the text
 * does not write it as part of a longer name ("Ray Charles").
 */
import { KNOWN_WORK_TITLES } from '../../data/work-titles-known';
import { ARTICLES, EVENT_WORDS, TITLE_CONNECTORS } from '../../data/work-cues';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import { titleFinding, withoutSentenceLead, type Finding, type WorksContext } from './context';

/** The known titles, as written. */
const KNOWN: ReadonlySet<string> = new Set(KNOWN_WORK_TITLES);

/** True when `text` is, word for word and case for case, a title readers know ({@link KNOWN_WORK_TITLES}). */
export const isKnownTitle = (text: string): boolean => KNOWN.has(text);

/** The known titles in lower case, for a title written in capitals. */
const KNOWN_ANY_CASE: ReadonlySet<string> = new Set(KNOWN_WORK_TITLES.map((t) => t.toLowerCase()));

/** True when `text` is a title readers know ({@link KNOWN_WORK_TITLES}) in any case (`STAR WARS`). */
export const isKnownTitleAnyCase = (text: string): boolean => KNOWN_ANY_CASE.has(text.trim().toLowerCase());

/** A title's first code unit and length in one number: what {@link knownSpan} asks before it slices. */
const spanShape = (first: number, length: number): number => first * 1024 + Math.min(length, 1023);

/** The shapes of the known titles: most runs have none of them, and are answered without a slice of the text. */
const KNOWN_SHAPES: ReadonlySet<number> = new Set(KNOWN_WORK_TITLES.map((t) => spanShape(t.charCodeAt(0), t.length)));

/** True when the text from `start` to `end` is a known title ({@link isKnownTitle}), sliced only when its shape is one. */
function knownSpan(view: string, start: number, end: number): boolean {
  return KNOWN_SHAPES.has(spanShape(view.charCodeAt(start), end - start)) && KNOWN.has(view.slice(start, end));
}

/**
 * The words the text writes as the first or last of two or three capitalised words with no
 * article or connector: a person's or a character's name ("Ray Charles", "Dexter Morgan"), so the
 * bare word names that one ("Ray" in a review of Ray Charles' life); a longer known title
 * ("Naruto Shippuden") is no name. Gathered in one walk over the runs.
 */
function nameEnds(ctx: WorksContext): Set<string> {
  const out = new Set<string>();
  for (const run of ctx.runs) {
    const n = run.last - run.first;
    if (n < 1 || n > 2) continue;
    const a = ctx.word(run.first);
    if (ARTICLES.has(a.lower) || knownSpan(ctx.view, run.start, run.end)) continue;
    let joined = false;
    for (let i = run.first + 1; i < run.last; i++) if (TITLE_CONNECTORS.has(ctx.word(i).lower)) joined = true;
    if (joined) continue;
    out.add(a.lower);
    out.add(ctx.word(run.last).lower);
  }
  return out;
}

/**
 * 4m. A run that is a known title, kept for {@link knownTitles}; not one joined to other words by a
 * slash ("an Alien/Giant-bug/Monster"), which lists kinds of a thing.
 */
export function readKnownTitle(ctx: WorksContext, run: Run, out: Run[]): void {
  if (ctx.view[run.end] === '/' || ctx.view[run.start - 1] === '/') return;
  if (knownSpan(ctx.view, run.start, run.end)) {
    out.push(run);
    return;
  }
  // A word that opens a sentence and an article after it are no part of the title ("As the Star
  // Wars prequels showed"): the title-case runs cut the word alone when a capital follows it.
  const cut = withoutSentenceLead(ctx.words, run);
  if (cut !== run && knownSpan(ctx.view, cut.start, cut.end)) out.push(cut);
}

/**
 * True when a lower-case word of an event follows the run ({@link EVENT_WORDS}): the run names a
 * tour, a festival or a prize named after the work ("the worldwide Vertigo tour").
 */
function namesEvent(ctx: WorksContext, run: Run): boolean {
  const after = ctx.words[run.last + 1];
  return after !== undefined && after.spaceBefore && !after.capitalised && EVENT_WORDS.has(after.lower);
}

/** The known titles among the runs `readKnownTitle` kept, with the guards above for a title of one word. */
export function knownTitles(ctx: WorksContext, runs: readonly Run[]): Finding[] {
  const out: Finding[] = [];
  let names: Set<string> | null = null;
  for (const run of runs) {
    const form = ctx.view.slice(run.start, run.end);
    if (run.last === run.first) {
      const w = ctx.word(run.first);
      if (ctx.opensSentence(w.start) || isListedFirstName(w.lower) || ctx.writesLower(w.lower) || namesEvent(ctx, run)) continue;
      names ??= nameEnds(ctx);
      if (names.has(w.lower)) continue;
    }
    out.push(titleFinding(form));
  }
  return out;
}

/**
 * Pass 4, agreement: two capitalised words joined by "and" that take a singular verb ("Dumb and
 * Dumber is", "Angels and Demons was"). Two people or two things joined by "and" take "are" /
 * "were"; the singular says the pair is one thing, and one thing named by two capitalised words
 * joined so, neither of which the text names alone, is a title. Two given names are left out (a
 * pair of people written carelessly, "Tom and Ann was"), as is a word the text names alone
 * elsewhere ("Han and Chewie has … Han said"): that word names someone of its own; and a pair
 * after a preposition ("the bond between A and B is": the singular belongs to "the bond").
 */
import { HONORIFICS } from '../../data/honorifics';
import { SINGULAR_VERBS } from '../../data/work-cues';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { allCaps, isNoTitleWord } from './shapes';

/**
 * True when a word may be one side of a joined title: letters, title case, no possessive, no given
 * name, honorific, label or interjection ("Oh and Tom is"), not a common word the text also writes
 * in lower case ("Animation and Pacing was": two things held up), not a surname the text writes
 * after a given name ("Abrams and Kasdan is": two people).
 */
function maySide(ctx: WorksContext, w: Word): boolean {
  if (!w.capitalised || w.possessive || allCaps(ctx.view, w) || isListedFirstName(w.lower) || HONORIFICS.has(w.lower) || isNoTitleWord(w)) return false;
  if (ctx.posAt(w.start) === 'INTJ' || ctx.writesLower(w.lower) || ctx.endsGivenName(w.lower)) return false;
  const form = ctx.view.slice(w.start, w.end);
  return /^[A-Za-z][a-z]+$/.test(form);
}

/**
 * Reads one run: when it is "A and B" (three words, one space apart) and a singular verb follows it
 * ({@link SINGULAR_VERBS}), the run is kept as a candidate; {@link joinedPairTitles} decides.
 */
export function readJoinedPair(ctx: WorksContext, run: Run, out: Run[]): void {
  const { view, words } = ctx;
  if (run.last !== run.first + 2) return;
  const a = words[run.first] as Word;
  const and = words[run.first + 1] as Word;
  const b = words[run.last] as Word;
  const verb = words[run.last + 1];
  if (and.lower !== 'and' || and.capitalised || !verb || verb.capitalised || !SINGULAR_VERBS.has(verb.lower)) return;
  if (view.slice(a.end, and.start) !== ' ' || view.slice(and.end, b.start) !== ' ' || view.slice(b.end, verb.start) !== ' ') return;
  // "the bond between A and B is", "the best we get out of A and B is": a pair after a preposition
  // is its object, and the verb agrees with the noun before it.
  const before = words[run.first - 1];
  if (before && !before.capitalised && ctx.posAt(before.start) === 'ADP') return;
  if (!maySide(ctx, a) || !maySide(ctx, b) || a.lower === b.lower) return;
  out.push(run);
}

/**
 * The candidates of {@link readJoinedPair} neither of whose sides the text writes capitalised
 * outside the pair (one walk over the words for all candidates of a text).
 */
export function joinedPairTitles(ctx: WorksContext, candidates: readonly Run[]): Finding[] {
  if (candidates.length === 0) return [];
  const { words } = ctx;
  const sides = new Set<string>();
  for (const run of candidates) {
    sides.add((words[run.first] as Word).lower);
    sides.add((words[run.last] as Word).lower);
  }
  // Capitalised writings of each side outside an "A and B" of the candidates.
  const pairs = new Set(candidates.map((run) => `${(words[run.first] as Word).lower} ${(words[run.last] as Word).lower}`));
  const alone = new Set<string>();
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    if (!w.capitalised || !sides.has(w.lower)) continue;
    // The other side must be capitalised too: "Brisk and marrow" names "Brisk" alone.
    const next = words[k + 2];
    const prev = words[k - 2];
    const asFirst = words[k + 1]?.lower === 'and' && next !== undefined && next.capitalised && pairs.has(`${w.lower} ${next.lower}`);
    const asLast = words[k - 1]?.lower === 'and' && prev !== undefined && prev.capitalised && pairs.has(`${prev.lower} ${w.lower}`);
    if (!asFirst && !asLast) alone.add(w.lower);
  }
  const out: Finding[] = [];
  for (const run of candidates) {
    if (alone.has((words[run.first] as Word).lower) || alone.has((words[run.last] as Word).lower)) continue;
    out.push(titleFinding(ctx.formOf(run)));
  }
  return out;
}

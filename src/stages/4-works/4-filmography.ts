/**
 * Pass 4: a list of actors, each with one of their works in brackets, in news of casting or of
 * prizes ("nominees include Dana Moss (Night Train), Ben Carr (The Long Road) and Ada Vell
 * (Harbour)"): the brackets hold titles. A cast list puts a character's name in every bracket
 * ("Dana Moss (Ruth), Ben Carr (Mr. Pike)"), so only a list whose brackets are mostly no name (not
 * a person's shape, not one word alone) is read as works; then every bracket of it is a title, the
 * few that read as names too ("Vera Lane"), as one list holds one sort of thing. One bracket at
 * least must be shaped as no name can be, as a list of characters' full names may hold no listed
 * first name at all.
 */
import { WORK_LIST_JOINS } from '../../data/casting-vocab';
import { ARTICLES, TITLE_CONNECTORS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { splitAtJoiners } from './cuts';
import { cannotBeName, personShaped } from './shapes';

/** How many actors with a bracket a list needs before its brackets tell works from characters. */
const MIN_PAIRS = 3;

/** One `Name (Title)` of a list: the title's run, and where its bracket closes. */
interface Pair {
  title: Run;
  close: number;
}

/**
 * Where the bracket that the run `inside` fills closes: right after it, or after trailing dots and
 * spaces ("(Kiss... )"); -1 when something else follows the run inside the bracket.
 */
function closeAfter(view: string, inside: Run): number {
  let k = inside.end;
  // At most a few dots and spaces: an elided title's end.
  const limit = Math.min(view.length, k + 5);
  while (k < limit && (view[k] === '.' || view[k] === ' ' || view[k] === '…')) k++;
  return view[k] === ')' ? k : -1;
}

/**
 * True for two or three capitalised words with no connector and no possessive before the last: the
 * shape of an actor's full name, whether or not its first name is listed ("Dana Moss"); the list
 * it stands in is the evidence.
 */
function fullNameShaped(words: readonly Word[], run: Run): boolean {
  if (run.last === run.first || run.last - run.first > 2) return false;
  for (let k = run.first; k <= run.last; k++) {
    const w = words[k] as Word;
    if (!w.capitalised || TITLE_CONNECTORS.has(w.lower) || (k < run.last && w.possessive)) return false;
  }
  return true;
}

/** The pair whose actor's name is the run `runs[r]`, when the next run fills the bracket after it. */
function pairAt(ctx: WorksContext, r: number): Pair | undefined {
  const { view, words, runs } = ctx;
  const name = runs[r] as Run;
  const inside = runs[r + 1];
  // The bracket may be glued to the name (`Dana Moss(Night Train)`), as careless typing leaves it.
  const glued = view[name.end] === '(' && inside?.start === name.end + 1;
  if (!inside || (!glued && (view[name.end] !== ' ' || view[name.end + 1] !== '(' || inside.start !== name.end + 2))) return undefined;
  if (!fullNameShaped(words, name)) return undefined;
  const close = closeAfter(view, inside);
  return close < 0 ? undefined : { title: inside, close };
}

/** True for a bracket that reads as a character's name: a person's shape or one word alone. */
const nameLike = (words: readonly Word[], run: Run): boolean => run.first === run.last || personShaped(words, run.first, run.last);

/**
 * True for a bracket no full name fills: one word, an article first, or a connector or three words
 * or more ("Inferno", "The Mother", "Clear and Present Danger"). Two capitalised words alone may be
 * a character's full name the lists of first names do not hold ("Tarrow Vane"), so a list needs one
 * bracket of this shape.
 */
const titleShaped = (words: readonly Word[], run: Run): boolean => run.first === run.last || ARTICLES.has((words[run.first] as Word).lower) || cannotBeName(words, run);

/**
 * The titles in the brackets of every list of {@link MIN_PAIRS} or more `Full Name (Title)` pairs
 * joined by commas or "and", where fewer than half the brackets read as a name. Linear in runs.
 */
export function filmographyTitles(ctx: WorksContext): Finding[] {
  const { view, words, runs } = ctx;
  const out: Finding[] = [];
  let list: Pair[] = [];
  const settle = (): void => {
    if (list.length >= MIN_PAIRS && 2 * list.filter((p) => nameLike(words, p.title)).length < list.length && list.some((p) => titleShaped(words, p.title))) {
      for (const p of list) for (const item of splitAtJoiners(words, p.title, true)) out.push(titleFinding(ctx.formOf(item)));
    }
    list = [];
  };
  let r = 0;
  while (r < runs.length) {
    const pair = pairAt(ctx, r);
    if (!pair) {
      settle();
      r++;
      continue;
    }
    const last = list[list.length - 1];
    if (last && !WORK_LIST_JOINS.includes(view.slice(last.close + 1, (runs[r] as Run).start))) settle();
    list.push(pair);
    r += 2;
  }
  settle();
  return out;
}

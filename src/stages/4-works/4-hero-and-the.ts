/**
 * Pass 4, shape: a title named after its hero ("Harry Potter and the Prisoner of Azkaban", "Ann
 * Vale and the Temple of Glass"): a person's name, a lower-case "and the", then a title-case noun
 * with its "of" phrase. Two people joined by "and" are written "Ann Lee and Tom Vale"; the "the"
 * and the "of" after it make the second part a thing, and a person's name joined to a thing named
 * so is the one way titles of children's books and adventure films are built. Not when the thing
 * is an office, a rank or a body ("Ann Lee and the Duke of York", "… and the Bank of England":
 * {@link PARTNER_HEADS}), or a plural, which names a band or a group ("Ann Lee and the Blind Boys
 * of Alabama", "… and the Pirates of the Bay").
 */
import { PARTNER_HEADS, UNMARKED_PLURALS } from '../../data/work-hero-titles';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { isPlaceOrBody, personShaped } from './shapes';

/** Most words of the hero's name before "and the" (a given name and up to two more). */
const MAX_LEAD_WORDS = 3;

/** True for a capitalised word after a space that may stand inside the thing's name. */
function capitalAfterSpace(w: Word | undefined): w is Word {
  return w !== undefined && w.capitalised && w.spaceBefore && !w.possessive;
}

/** True for a lower-case word `lower` after a space at `w`. */
function lowerAfterSpace(w: Word | undefined, lower: string): boolean {
  return w !== undefined && !w.capitalised && w.spaceBefore && w.lower === lower;
}

/** True for a plural head ("Boys", "Pirates"), not a word that ends in "ss" or "us" ("Chess", "Opus"). */
function pluralHead(lower: string): boolean {
  return (lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us')) || UNMARKED_PLURALS.has(lower);
}

/**
 * Reads one run: when it opens with a person's name of one to three words and goes on "and the
 * Noun … of (the) Noun …", all in title case, the name with the thing is a title. The title ends
 * with the last capitalised word after "of". Without the "of" the thing is as often a second
 * party of a list ("Ann Vale and the Emperor", "Tom Lee and the Rat Pack"), so it is left out.
 */
export function readHeroAndThe(ctx: WorksContext, run: Run, out: Finding[]): void {
  const { words } = ctx;
  const and = findAnd(words, run);
  if (and < 0) return;
  const leadLast = and - 1;
  if (leadLast - run.first >= MAX_LEAD_WORDS || !personShaped(words, run.first, leadLast)) return;
  for (let k = run.first; k <= leadLast; k++) if ((words[k] as Word).possessive || !(words[k] as Word).capitalised) return;
  if (!lowerAfterSpace(words[and + 1], 'the')) return;
  let k = and + 2;
  if (!capitalAfterSpace(words[k])) return;
  // Within the run: each run is read once, so the passes stay linear.
  while (k < run.last && capitalAfterSpace(words[k + 1])) k++;
  const head = words[k] as Word;
  if (!lowerAfterSpace(words[k + 1], 'of') || PARTNER_HEADS.has(head.lower) || pluralHead(head.lower) || isPlaceOrBody(head)) return;
  let end = k + 2;
  if (lowerAfterSpace(words[end], 'the')) end++;
  if (end > run.last || !capitalAfterSpace(words[end])) return;
  while (end < run.last && capitalAfterSpace(words[end + 1])) end++;
  out.push(titleFinding(ctx.formOf({ start: (words[run.first] as Word).start, end: (words[end] as Word).end })));
}

/** Index of the run's first lower-case "and" within its first {@link MAX_LEAD_WORDS} + 1 words, or -1. */
function findAnd(words: readonly Word[], run: Run): number {
  const stop = Math.min(run.last, run.first + MAX_LEAD_WORDS);
  for (let k = run.first + 1; k <= stop; k++) {
    const w = words[k] as Word;
    if (w.lower === 'and' && !w.capitalised && w.spaceBefore) return k;
  }
  return -1;
}

/**
 * Pass 4j: a film by its place in the takings, in a text about the box office: "The Polar Express
 * entered in third place", "Hostage opened at number four with $20m", "Hitch dropped to second
 * place". News of the takings names the films it ranks without a work noun; a person ranks there
 * only through a film, so in such a text what takes a place is a film unless it is a person's shape.
 */
import { CHART_AUXILIARIES, CHART_PLACE_WORDS, CHART_VERBS, NOT_SUBJECT_TAGS } from '../../data/work-cues';
import { GIVEN_NAMES } from '../../data/given-names';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, lastListItem, trimRunEnd } from './cuts';
import { allCaps, nameShaped, personShaped, isNoTitleWord, someWord } from './shapes';

/** How many words after the verb the place may stand ("entered the US chart in third place"). */
const PLACE_REACH = 8;


/**
 * 4j. A run right before a verb of ranking ("entered", "topped", "dropped", "has topped") whose
 * clause names a place ("third place", "number four", "the top spot", "$20m"), in a text that
 * says "box office" (asked of the text once, by the caller): not a person's shape, a place or a
 * firm, not one given name, not a pronoun or a word in capitals.
 */
export function readChartPlace(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  let verb = full.last + 1;
  let next = words[verb];
  if (!next || !next.spaceBefore || next.capitalised) return;
  if (CHART_AUXILIARIES.has(next.lower)) next = words[++verb];
  if (!next || !next.spaceBefore || !CHART_VERBS.has(next.lower)) return;
  if (!placeInClause(ctx, verb + 1)) return;
  const run = lastListItem(words, trimRunEnd(words, cutLongRun(words, full)));
  if (run.last !== full.last || personShaped(words, run.first, run.last) || nameShaped(words, run) || someWord(words, run.first, run.last, isNoTitleWord)) return;
  const lone = run.first === run.last ? (words[run.first] as Word) : null;
  if (lone && (GIVEN_NAMES.has(lone.lower) || allCaps(view, lone) || NOT_SUBJECT_TAGS.has(ctx.posAt(lone.start)))) return;
  out.push(titleFinding(ctx.formOf(run)));
}

/** True when a place word or a sum of money stands within {@link PLACE_REACH} words from `at`, in one clause. */
function placeInClause(ctx: WorksContext, at: number): boolean {
  const { view, words } = ctx;
  for (let k = at; k < at + PLACE_REACH && k < words.length; k++) {
    const w = words[k] as Word;
    const gap = view.slice((words[k - 1] as Word).end, w.start);
    if (gap.includes('$') || gap.includes('£')) return true;
    if (gap !== ' ') return false;
    // "a number of roles" counts nothing.
    if (CHART_PLACE_WORDS.has(w.lower) && words[k + 1]?.lower !== 'of') return true;
  }
  return false;
}

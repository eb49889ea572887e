/**
 * Pass 4, a bracket after a run that says what kind of work it is: "Catch-22 (another Mike
 * Nichols film)", "Copper Tide (a forgotten western)", "Glass Meadow (his best film)". The bracket
 * opens with an article, "another" or an owner and closes right after a work noun or a genre, with
 * only describing words, numbers and capitalised words between: a preposition or a verb there
 * makes the kind of work where the run stands ("Kirito (the main character of the series)"), and a
 * noun after the kind names a person or a thing ("(a film star)", "(a film studio)").
 */
import { BRACKET_KIND_GAP, BRACKET_KIND_LEADS, GENRE_NOUNS, WORK_NOUNS } from '../../data/work-cues';
import { CLOSE_BRACKET, codeAt, OPEN_BRACKET, SPACE } from '../../text/chars';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, trimRunEnd } from './cuts';
import { isLoneNonTitle, isPlaceOrBody, nameShaped, personShaped } from './shapes';

/** wink's tags of a lower-case word between the bracket's lead and its kind of work ("another fine British film"). */
const DESCRIBING_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN']);

/** True when a word closes the bracket as a kind of work: a work noun or a genre, lower case, ")" right after it. */
function closingKind(view: string, w: Word): boolean {
  return !w.capitalised && !w.possessive && (WORK_NOUNS.has(w.lower) || GENRE_NOUNS.has(w.lower)) && codeAt(view, w.end) === CLOSE_BRACKET;
}

/**
 * 4. The run before " (" when the bracket calls it a kind of work ({@link closingKind}): two words
 * or more not shaped as a person's name, or one word that names no place, body or firm.
 */
export function readBracketKind(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  if (codeAt(view, full.end) !== SPACE || codeAt(view, full.end + 1) !== OPEN_BRACKET) return;
  const lead = words[full.last + 1];
  if (!lead || lead.start !== full.end + 2 || !BRACKET_KIND_LEADS.has(lead.lower)) return;
  let kind = -1;
  for (let k = full.last + 2; k <= full.last + 2 + BRACKET_KIND_GAP; k++) {
    const w = words[k];
    if (!w || !w.spaceBefore) return;
    if (closingKind(view, w)) {
      kind = k;
      break;
    }
    if (!w.capitalised && !DESCRIBING_TAGS.has(ctx.posAt(w.start))) return;
    if (codeAt(view, w.end) === CLOSE_BRACKET) return;
  }
  if (kind < 0) return;
  const run = trimRunEnd(words, cutLongRun(words, full));
  if (run.last !== full.last) return;
  // One hyphenated word is a title as often as a romanised name ("Catch-22", "Spider-Man").
  if (run.first === run.last) {
    if (isLoneNonTitle((words[run.first] as Word).lower) || isPlaceOrBody(words[run.first] as Word)) return;
  } else if (nameShaped(words, run) || personShaped(words, run.first, run.last)) return;
  out.push(titleFinding(ctx.formOf(run)));
}

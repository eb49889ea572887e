/**
 * Pass 4: the winner after a prize for works "went to" it ("the animation award went to X", "the
 * prize for best documentary went to X", "best film went to X"): news of prizes names the film or
 * the show a category for works went to. A category for performers or makers goes to a person
 * ("the best actor prize went to", "the best director award went to"), so it is left out.
 */
import { AWARD_PERFORMER_WORDS, CREW_NOUNS, WENT_TO_PRIZE_NOUNS, WENT_TO_VERBS, WORK_CATEGORY_NOUNS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import { spacedLower } from '../../text/spaced-lower';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, trimRunEnd } from './cuts';
import { winnerShaped } from './4-prize-count';
import { wordAt } from './shapes';

/** Most words of the prize's phrase before "went to" ("the prize for best foreign language film"). */
const PRIZE_PHRASE_REACH = 7;

/**
 * True when the words before `verb` ("went") name a prize for a kind of work: within
 * {@link PRIZE_PHRASE_REACH} words of one clause, a kind of work of {@link WORK_CATEGORY_NOUNS}
 * and a prize noun, or "best" and the kind right before the verb ("best film went to"); no
 * performer's or crew noun among them.
 */
function workPrizeBefore(ctx: WorksContext, verb: number): boolean {
  const { words } = ctx;
  let kind = false;
  let prize = false;
  let best = false;
  for (let k = verb - 1; k >= 0 && k >= verb - PRIZE_PHRASE_REACH; k--) {
    const w = words[k] as Word;
    if (AWARD_PERFORMER_WORDS.has(w.lower) || CREW_NOUNS.has(w.lower)) return false;
    if (WORK_CATEGORY_NOUNS.has(w.lower) && !w.capitalised) kind = true;
    else if (WENT_TO_PRIZE_NOUNS.has(w.lower)) prize = true;
    else if (w.lower === 'best') best = true;
    // The phrase ends at a mark: "…, and the prize went to" reads back no further.
    if (!w.spaceBefore) break;
  }
  return kind && (prize || best);
}

/**
 * 4. The run right after a prize for a kind of work and "went to" (`goes to`), without a date or a
 * maker after it ("X on Friday", "X by Ann Lee"): the work, when it is not a person's shape or a
 * name of a place, a body or a paper by the tests of the prize count.
 */
export function readWentTo(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { words } = ctx;
  const to = wordAt(words, full.first - 1);
  const verb = spacedLower(words, full.first - 2);
  if (!to || to.lower !== 'to' || to.capitalised || !(words[full.first] as Word).spaceBefore || !verb || !WENT_TO_VERBS.has(verb.lower)) return;
  if (!workPrizeBefore(ctx, full.first - 2)) return;
  const run = trimRunEnd(words, cutLongRun(words, full));
  if (!winnerShaped(ctx, run)) return;
  out.push(titleFinding(ctx.formOf(run)));
}

/**
 * Pass 4m: a title before "by" and its maker's name ("White Teeth by Zadie Smith", "Child of
 * the Night by Ann Lee"): what is "by" a person is a work that person made.
 */
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, withoutSentenceLead, type Finding, type WorksContext } from './context';
import { cutLongRun, lastListItem, trimRunEnd } from './cuts';
import { allCaps, isNoTitleWord, isPlaceOrBody, nameShaped, personShaped, someWord } from './shapes';

/**
 * 4m. A run of two words or more, then " by ", then a maker's name of two or three capitalised
 * words ("by Zadie Smith", "by Uniting Nations"; not one word, "by Sunday"): the run is the
 * maker's work, a book, a song or a film. Not a person's shape itself ("Ann Lee by Tom Hill" is a
 * portrait as often), no place, body, firm or date word on either side, not in capitals.
 */
export function readWrittenBy(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  // "by" is a title's connector ("Stand by Me"), so the run may hold it and the maker's name.
  let by = full.last + 1;
  for (let k = full.first + 1; k < full.last; k++) {
    const w = words[k] as Word;
    if (w.lower === 'by' && !w.capitalised) {
      by = k;
      break;
    }
  }
  const byWord = words[by];
  if (!byWord || byWord.lower !== 'by' || byWord.capitalised || !byWord.spaceBefore) return;
  const after = by < full.last ? { first: by + 1, last: full.last } : ctx.runAt(by + 1);
  const lead = words[by + 1];
  if (!after || !lead || !lead.spaceBefore || after.last === after.first || after.last - after.first > 2) return;
  for (let k = after.first; k <= after.last; k++) if (!(words[k] as Word).capitalised) return;
  if (someWord(words, after.first, after.last, isNoTitleWord) || someWord(words, after.first, after.last, isPlaceOrBody)) return;
  const before = by - 1;
  const title = { first: full.first, last: before, start: full.start, end: (words[before] as Word).end };
  const run = lastListItem(words, trimRunEnd(words, cutLongRun(words, withoutSentenceLead(words, title))));
  if (run.last !== before || run.last === run.first || !(words[run.last] as Word).capitalised || personShaped(words, run.first, run.last) || nameShaped(words, run)) return;
  if (someWord(words, run.first, run.last, isNoTitleWord)) return;
  for (let k = run.first; k <= run.last; k++) if (allCaps(view, words[k] as Word)) return;
  out.push(titleFinding(ctx.formOf(run)));
}

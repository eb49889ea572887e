/**
 * Pass 3, a show named after its host: "The Jerry Springer Show", "The Ann Lee Show". A
 * title-case run of an article, a person's full name and "Show" names a programme, not the person.
 */
import { HOSTED_TITLE_ENDS } from '../../data/work-list-words';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { personShaped } from './shapes';

/**
 * 3. A run of "The", a person's shape of two or three words, and a capitalised "Show": the host's
 * programme ({@link HOSTED_TITLE_ENDS}); an event is rarely named after a person's full name.
 */
export function readHostedShow(ctx: WorksContext, run: Run, out: Finding[]): void {
  const { words } = ctx;
  const first = words[run.first] as Word;
  const last = words[run.last] as Word;
  if (first.lower !== 'the' || !first.capitalised || !last.capitalised || !HOSTED_TITLE_ENDS.has(last.lower)) return;
  const host = run.last - 1;
  if (host - (run.first + 1) < 1 || !personShaped(words, run.first + 1, host)) return;
  out.push(titleFinding(ctx.view.slice(run.start, last.end)));
}

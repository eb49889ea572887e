/**
 * The names a text gives an age: news writes a person's age in commas right after the name ("Ann
 * Vale, 23, took the part"), and no work is written so, so such a name is no work anywhere in the
 * text, whatever cue stood before it ("she watched Ann Vale, 23, …").
 */
import { isDigitCode } from '../../text/chars';
import type { WorksContext } from './context';

/** Most digits of an age. */
const AGE_DIGITS = 2;

/** True when a comma, a space, one or two digits and a comma stand at `at` (", 23,"). */
function ageAt(view: string, at: number): boolean {
  if (!view.startsWith(', ', at)) return false;
  let k = at + 2;
  while (k < view.length && k - at - 2 < AGE_DIGITS + 1 && isDigitCode(view.charCodeAt(k))) k++;
  const digits = k - at - 2;
  return digits >= 1 && digits <= AGE_DIGITS && view[k] === ',';
}

/** The keys of the runs of two words or more that an age follows: one walk over the runs. */
export function agedNames(ctx: WorksContext): Set<string> {
  const out = new Set<string>();
  for (const run of ctx.runs) if (run.last > run.first && ageAt(ctx.view, run.end)) out.add(ctx.lower.slice(run.start, run.end));
  return out;
}

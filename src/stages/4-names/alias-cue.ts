/**
 * Stage 4, the alias cues read where a name ends: `known as`, `aka`, `real name` and the others of
 * {@link ALIAS_CUES}, after a comma, a bracket, a dash or a space ("Clint Barton aka Hawkeye",
 * "Midoriya (nicknamed Deku)"). The names stage accepts the two names so joined, its bracket
 * reader links no actor across such a bracket, and stage 4c ties the two as one entity
 * (`tie-known-as.ts`). Each reader looks a bounded window ahead, so a pass over mentions stays linear.
 */
import { ALIAS_CUES, BEFORE_ALIAS_CUE } from '../../data/alias-cues';
import { OPEN_QUOTES } from '../../data/name-marks';
import { calledNameAt } from './naming-call';

/** The first code unit of each cue: read after every name, most places start with none of them. */
const CUE_FIRSTS: ReadonlySet<number> = new Set(ALIAS_CUES.map((cue) => cue.charCodeAt(0)));

/** The cue of {@link ALIAS_CUES} that starts at `at` with a space after it, or undefined. */
export function aliasCueAt(lower: string, at: number): string | undefined {
  if (!CUE_FIRSTS.has(lower.charCodeAt(at))) return undefined;
  return ALIAS_CUES.find((cue) => lower.startsWith(cue, at) && lower[at + cue.length] === ' ');
}

/** Where the second name given after a name that ends at `end` starts, and whether a quote mark opens it. */
export interface SecondName {
  start: number;
  quoted: boolean;
  /** The cue opens a bracket right after the name ("X (aka Y"). */
  bracketed: boolean;
}

/**
 * The second name right after an alias cue that follows the name ending at `end` ("X, aka Y", "X
 * (known as Y"), or after a phrase of calling ("X, whom everyone calls Y", "X (his friends call him
 * Y)", {@link calledNameAt}), past a `the` and an opening quote mark in either order (`known as "The Needle"`,
 * `known as the 'Needle'`), or undefined when no cue stands there. Only the word right after the
 * cue counts: a name a few words on is no second name.
 */
export function secondNameAfter(view: string, lower: string, end: number): SecondName | undefined {
  const gap = BEFORE_ALIAS_CUE.find((g) => view.startsWith(g, end));
  if (gap === undefined) return undefined;
  const at = end + gap.length;
  const cue = aliasCueAt(lower, at);
  let next = cue === undefined ? calledNameAt(view, lower, at, gap) : at + cue.length + 1;
  if (next < 0) return undefined;
  let quoted = OPEN_QUOTES.includes(view[next] as string);
  if (quoted) next++;
  if (lower.startsWith('the ', next)) next += 4;
  if (!quoted && OPEN_QUOTES.includes(view[next] as string)) {
    quoted = true;
    next++;
  }
  return { start: next, quoted, bracketed: gap === ' (' };
}

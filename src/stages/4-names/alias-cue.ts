/**
 * Stage 4, the alias cues read where a name ends: `known as`, `aka`, `real name` and the others of
 * {@link ALIAS_CUES}, after a comma, a bracket, a dash or a space ("Clint Barton aka Hawkeye",
 * "Midoriya (nicknamed Deku)"). The names stage accepts the two names so joined, its bracket
 * reader links no actor across such a bracket, and stage 4c ties the two as one entity
 * (`tie-known-as.ts`). Each reader looks a bounded window ahead, so a pass over mentions stays linear.
 */
import { ALIAS_CUES, BEFORE_ALIAS_CUE, KNOWN_AS_LEADS } from '../../data/alias-cues';
import { OPEN_QUOTES } from '../../data/name-marks';
import { calledNameAt } from './naming-call';

/** The first code unit of each cue: read after every name, most places start with none of them. */
const CUE_FIRSTS: ReadonlySet<number> = new Set(ALIAS_CUES.map((cue) => cue.charCodeAt(0)));

/**
 * The cue of {@link ALIAS_CUES} that starts at `at` with a space after it, or a `known as` cue with
 * an adverb in it ({@link knownAsWithAdverbAt}), as written there; or undefined.
 */
export function aliasCueAt(lower: string, at: number): string | undefined {
  const cue = CUE_FIRSTS.has(lower.charCodeAt(at)) ? ALIAS_CUES.find((c) => lower.startsWith(c, at) && lower[at + c.length] === ' ') : undefined;
  return cue ?? knownAsWithAdverbAt(lower, at);
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

/** The shortest adverb read inside a `known as` cue (`simply`, `widely`; not `fly`). */
const MIN_ADVERB_LENGTH = 5;

/** The longest word read as such an adverb: a bound on the scan after every name. */
const MAX_ADVERB_LENGTH = 20;

/** The end of the adverb ending in `-ly` that starts at `at` and has a space after it, or -1. */
function adverbEnd(lower: string, at: number): number {
  let end = at;
  while (end - at <= MAX_ADVERB_LENGTH && lower.charCodeAt(end) >= 97 && lower.charCodeAt(end) <= 122) end++;
  return end - at >= MIN_ADVERB_LENGTH && lower.startsWith('ly ', end - 2) ? end : -1;
}

/**
 * A `known as` cue with an adverb in it, as written at `at` ("known simply as", "simply known as",
 * "otherwise known simply as", "more commonly known as"), or undefined: the adverb says how the
 * name is used and leaves the second name a name of the same one. One adverb ending in `-ly`,
 * before `known` or before `as`, after an optional lead word ({@link KNOWN_AS_LEADS}); a cue with
 * no adverb is {@link ALIAS_CUES}'s.
 */
export function knownAsWithAdverbAt(lower: string, at: number): string | undefined {
  let i = at;
  const lead = KNOWN_AS_LEADS.find((w) => lower.startsWith(w, i) && lower[i + w.length] === ' ');
  if (lead !== undefined) i += lead.length + 1;
  const before = adverbEnd(lower, i);
  if (before > 0) i = before + 1;
  if (!lower.startsWith('known ', i)) return undefined;
  i += 'known '.length;
  const after = before > 0 ? -1 : adverbEnd(lower, i);
  if (after > 0) i = after + 1;
  if ((before < 0 && after < 0) || !lower.startsWith('as ', i)) return undefined;
  return lower.slice(at, i + 2);
}

/**
 * Phrases that say by what name someone is called, read around a name by the alias tie of stage
 * 4c (`tie-known-as.ts`): "X, whom everyone calls Y", "X (his friends call him Y)", "X, called
 * Y by her friends", "X, known to the press as Y", "X, or Y as everyone calls him". Each reader
 * looks at a bounded number of words from one position, so the tie stays linear in mentions.
 */
import { AS_NAMED_VERBS, AUDIENCE_NAMING, CALLED_CUES, CALLER_OPENERS, CALL_VERBS } from '../../data/alias-cues';
import { OPEN_QUOTES } from '../../data/name-marks';
import { isLetter, isUpper } from '../../text/chars';

/** The most words of who does the calling or hears the name ("his closest friends", "the local press"). */
const MAX_CALLER_WORDS = 3;
/** The longest word read in a calling phrase, in letters. */
const MAX_WORD_LETTERS = 24;

/** The end of the word of letters (and inner apostrophes or hyphens) that starts at `at`, or `at` when none does. */
function wordEnd(lower: string, at: number): number {
  let k = at;
  while (k - at < MAX_WORD_LETTERS && (isLetter(lower[k]) || ((lower[k] === "'" || lower[k] === '’' || lower[k] === '-') && isLetter(lower[k + 1])))) k++;
  return isLetter(lower[at]) ? k : at;
}

/**
 * Reads who does the calling from `at` ("everyone ", "his friends ", "Anna "): one to
 * {@link MAX_CALLER_WORDS} words, the first a pronoun, quantifier or determiner, or a capitalised
 * name, each followed by one space, up to a word of {@link CALL_VERBS}. Returns the position right
 * after that verb, or -1.
 */
function callerThenCall(view: string, lower: string, at: number): number {
  let k = at;
  for (let n = 0; n <= MAX_CALLER_WORDS; n++) {
    const end = wordEnd(lower, k);
    if (end === k) return -1;
    const word = lower.slice(k, end);
    if (n > 0 && CALL_VERBS.has(word)) return end;
    if (n === MAX_CALLER_WORDS) return -1;
    if (n === 0 && !CALLER_OPENERS.has(word) && !isUpper(view[k])) return -1;
    if (lower[end] !== ' ') return -1;
    k = end + 1;
  }
  return -1;
}

/** True when `words` and a space stand at `at` (no string is made per cue and call). */
const startsWithWord = (lower: string, words: string, at: number): boolean => lower.startsWith(words, at) && lower.charCodeAt(at + words.length) === 32;

/**
 * Where a second name starts after a calling phrase that begins at `at`, right after the name and
 * what stands between (`gap`: ", ", " (" or a space), or -1 when none begins there:
 * "called Y" and "also called Y" (only after a comma or bracket: with a bare space "called" is a
 * verb of its own, "Anna called Tom"), "known to everyone as Y", "who everyone calls Y" and "whom
 * his friends call Y", and in brackets "(everyone calls her Y)". A lower-case word after "who" that
 * is no pronoun or determiner ("who then calls Tom") is a clause about calling someone up, not a name.
 */
export function calledNameAt(view: string, lower: string, at: number, gap: string): number {
  const afterBreak = gap === ', ' || gap === ' (';
  if (afterBreak) {
    const cue = CALLED_CUES.find((c) => startsWithWord(lower, c, at));
    if (cue !== undefined) return at + cue.length + 1;
  }
  const heard = AUDIENCE_NAMING.find((c) => startsWithWord(lower, c, at));
  if (heard !== undefined) {
    let k = at + heard.length + 1;
    for (let n = 0; n < MAX_CALLER_WORDS; n++) {
      const end = wordEnd(lower, k);
      if (end === k || lower[end] !== ' ') return -1;
      k = end + 1;
      if (lower.startsWith('as ', k)) return k + 3;
    }
    return -1;
  }
  if (!afterBreak) return -1;
  if (lower.startsWith('who ', at) || lower.startsWith('whom ', at)) {
    const end = callerThenCall(view, lower, lower.indexOf(' ', at) + 1);
    return end > 0 && lower[end] === ' ' ? end + 1 : -1;
  }
  if (gap === ' (') {
    // "(everyone calls her Y", "(his friends call him Y"
    const end = callerThenCall(view, lower, at);
    if (end < 0) return -1;
    const object = [' him ', ' her ', ' them '].find((o) => lower.startsWith(o, end));
    return object === undefined ? -1 : end + object.length;
  }
  return -1;
}

/**
 * True when the words from `at`, right after a second name, say it is what someone is called
 * (" as everyone calls him", " as he is known", ", as his friends call him"): `as`, then one to
 * {@link MAX_CALLER_WORDS} words and a word of {@link AS_NAMED_VERBS}. A quote mark closing the
 * name may come first.
 */
export function namedAsAfter(lower: string, at: number): boolean {
  let k = at;
  if (OPEN_QUOTES.includes(lower[k] as string) || lower[k] === '”' || lower[k] === '’') k++;
  if (lower[k] === ',') k++;
  if (!lower.startsWith(' as ', k)) return false;
  k += 4;
  for (let n = 0; n <= MAX_CALLER_WORDS; n++) {
    const end = wordEnd(lower, k);
    if (end === k) return false;
    if (n > 0 && AS_NAMED_VERBS.has(lower.slice(k, end))) return true;
    if (lower[end] !== ' ') return false;
    k = end + 1;
  }
  return false;
}

/**
 * True when the words before an `as` are "known to" and who hears the name ("known to everyone
 * as", "known to the local press as"): that `as` names, it does not cast. `wordBefore(n)` is the
 * lower-case word `n` words before the `as` (0: the one right before it), or undefined.
 */
export function audienceNaming(wordBefore: (n: number) => string | undefined): boolean {
  for (let n = 1; n <= MAX_CALLER_WORDS; n++) if (wordBefore(n) === 'to' && wordBefore(n + 1) === 'known') return true;
  return false;
}

/** {@link audienceNaming} read in the lower-case text, before the `as` that starts at `as`. */
export function audienceNamingBefore(lower: string, as: number): boolean {
  const words: string[] = [];
  let k = as - 1;
  while (words.length < MAX_CALLER_WORDS + 2 && lower[k] === ' ') {
    let start = k;
    while (start > 0 && k - start < MAX_WORD_LETTERS && isLetter(lower[start - 1])) start--;
    if (start === k) break;
    words.push(lower.slice(start, k));
    k = start - 1;
  }
  return audienceNaming((n) => words[n]);
}

/**
 * Where the second name of "X, or "Y" as …" starts, past `, or ` and an opening quote mark, for the
 * name X that ends at `end`; -1 when no `, or ` follows X. Whether a calling phrase follows Y is
 * {@link namedAsAfter}'s to say.
 */
export function orNameAt(view: string, lower: string, end: number): number {
  if (!lower.startsWith(', or ', end)) return -1;
  const at = end + 5;
  return OPEN_QUOTES.includes(view[at] as string) ? at + 1 : at;
}

/** The end of the run of letters from `at` (a capitalised name word), or `at` when no letter starts there. */
function capitalisedWordEnd(view: string, at: number): number {
  return isUpper(view[at]) ? wordEnd(view, at) : at;
}

/**
 * True when the name that spans `start..end` is one of the two names of "X, or "Y" as everyone
 * calls him" (or "X, or Y as he is known"): X before the `, or`, Y (in quote marks or not) after
 * it, with a calling phrase after Y ({@link namedAsAfter}). The phrase says both are one someone's
 * names, so each counts as a name at one mention.
 */
export function nameOfOrCalled(view: string, lower: string, start: number, end: number): boolean {
  // X: ", or", a quote mark perhaps, one capitalised word, then the calling.
  const at = orNameAt(view, lower, end);
  if (at >= 0) {
    const yEnd = capitalisedWordEnd(view, at);
    if (yEnd > at && namedAsAfter(lower, yEnd)) return true;
  }
  // Y: a quote mark perhaps, then ", or" right after a word.
  const open = OPEN_QUOTES.includes(view[start - 1] as string) ? start - 1 : start;
  return open >= 6 && lower.startsWith(', or ', open - 5) && isLetter(lower[open - 6]) && namedAsAfter(lower, end);
}

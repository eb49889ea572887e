/**
 * Pass 4, a sequel's forerunner: a text that names a numbered sequel ("Cruel Intentions 3", "Men
 * in Black II") and writes "the first" before the same words without the number ("the first
 * Cruel Intentions", "the first Men in Black") names the work the sequel follows. The number
 * alone made the sequel a title; the words before it are a title too only where the text sets
 * them apart from the sequel as the first of the series, since a sequel's words without the
 * number are often its hero's name ("Terminator 2" … "the Terminator walks in").
 */
import { SEQUEL_BASE_LEADS, SEQUEL_NUMBERS, TITLE_CONNECTORS } from '../../data/work-cues';
import { isWordChar } from '../../text/chars';
import { firstAtOrAfter } from '../../text/search';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { isLoneNonTitle } from './shapes';

/**
 * The lower-case title of a numbered sequel without its number ("cruel intentions 3" → "cruel
 * intentions", "godfather part ii" → "godfather"), or null when the key ends in no sequel number.
 */
export function sequelBase(key: string): string | null {
  const cut = key.lastIndexOf(' ');
  if (cut <= 0 || !SEQUEL_NUMBERS.has(key.slice(cut + 1))) return null;
  let base = key.slice(0, cut);
  if (base.endsWith(' part')) base = base.slice(0, -' part'.length);
  return base.length >= 2 && !isLoneNonTitle(base) ? base : null;
}

/**
 * True when the words from `words[i]` that start before `end` are written as a title: every
 * word capitalised but the connectors ("Men in Black"), the first one capitalised in any case.
 */
function titleCased(words: readonly Word[], i: number, end: number): boolean {
  const lead = words[i];
  if (!lead?.capitalised) return false;
  for (let k = i + 1; k < words.length && (words[k] as Word).start < end; k++) {
    const w = words[k] as Word;
    if (!w.capitalised && !TITLE_CONNECTORS.has(w.lower)) return false;
  }
  return true;
}

/** The letters and digits of `text` from `at` on, up to the first other character: a base's first word as the text's words start. */
function leadingWord(text: string, at: number): string {
  let end = at;
  while (end < text.length && isWordChar(text[end])) end++;
  return text.slice(at, end);
}

/**
 * 4m. For each title of `keys` numbered as a sequel, its words without the number where "the
 * first" stands right before them, written in title case and not followed by a number ("the first
 * Cruel Intentions."; not "the first Cruel Intentions 2 scene"): one finding per title, as written
 * at its first such place, in the order of `keys`. A base the titles hold already is not looked
 * for. One walk over the words: only a word after "the first" is tried, against the bases that
 * open with it.
 */
export function sequelBaseTitles(ctx: WorksContext, keys: readonly string[]): Finding[] {
  const { view, lower, words } = ctx;
  const held = new Set<string>(keys);
  // The bases by their first word, each once.
  const byFirstWord = new Map<string, string[]>();
  const bases = new Set<string>();
  for (const key of keys) {
    const base = sequelBase(key);
    if (base === null || held.has(base) || bases.has(base)) continue;
    bases.add(base);
    const first = leadingWord(base, 0);
    const list = byFirstWord.get(first);
    if (list) list.push(base);
    else byFirstWord.set(first, [base]);
  }
  if (bases.size === 0) return [];
  const found = new Map<string, string>();
  for (let i = 2; i < words.length; i++) {
    if (!SEQUEL_BASE_LEADS.has((words[i - 1] as Word).lower) || (words[i - 2] as Word).lower !== 'the') continue;
    const w = words[i] as Word;
    const candidates = byFirstWord.get(leadingWord(lower, w.start));
    if (!candidates) continue;
    for (const base of candidates) {
      const at = w.start;
      const end = at + base.length;
      if (found.has(base) || !lower.startsWith(base, at) || isWordChar(view[end])) continue;
      // The sequel itself ("the first Cruel Intentions 3 trailer") is no mention of its forerunner.
      const next = words[firstAtOrAfter(words, end)];
      if (next && next.start === end + 1 && SEQUEL_NUMBERS.has(next.lower)) continue;
      if (!titleCased(words, i, end)) continue;
      found.set(base, view.slice(at, end));
    }
  }
  return [...bases].flatMap((base) => {
    const form = found.get(base);
    return form === undefined ? [] : [titleFinding(form)];
  });
}

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

/**
 * 4m. For each title of `keys` numbered as a sequel, its words without the number where "the
 * first" stands right before them, written in title case and not followed by a number ("the first
 * Cruel Intentions."; not "the first Cruel Intentions 2 scene"): one finding per title, as written
 * there. A base the titles hold already is not searched; each other one once through the text.
 */
export function sequelBaseTitles(ctx: WorksContext, keys: readonly string[]): Finding[] {
  const { view, lower, words } = ctx;
  const out: Finding[] = [];
  const seen = new Set<string>(keys);
  for (const key of keys) {
    const base = sequelBase(key);
    if (base === null || seen.has(base)) continue;
    seen.add(base);
    for (let at = lower.indexOf(base); at >= 0; at = lower.indexOf(base, at + 1)) {
      const end = at + base.length;
      if (isWordChar(view[at - 1]) || isWordChar(view[end])) continue;
      // The sequel itself ("the first Cruel Intentions 3 trailer") is no mention of its forerunner.
      const next = words[firstAtOrAfter(words, end)];
      if (next && next.start === end + 1 && SEQUEL_NUMBERS.has(next.lower)) continue;
      const i = firstAtOrAfter(words, at);
      const lead = words[i - 1];
      if ((words[i] as Word | undefined)?.start !== at || !lead || !SEQUEL_BASE_LEADS.has(lead.lower) || words[i - 2]?.lower !== 'the') continue;
      if (!titleCased(words, i, end)) continue;
      out.push(titleFinding(view.slice(at, end)));
      break;
    }
  }
  return out;
}

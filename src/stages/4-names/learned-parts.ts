/**
 * The check `scripts/learn-part-names.mjs` runs on each written occurrence of a name the casting
 * readers cast as a part, before it counts that document for the name: a real person is cast as a
 * part too (a biopic's subject), and the words around such a name say so (`the late X`, `X, 54,`,
 * `a biopic of X`). The learner adds the cues the names stage records itself (an actor's side, a
 * role noun, a crew cue).
 */
import { LIFE_STORY_NOUNS, REAL_LIFE_WORDS } from '../../data/part-name-cues';

/** True for a letter or a digit: what a whole-word occurrence must not touch. */
const wordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The lower-case words of `text` before `at`, last first, at most `n` of them (hyphens and apostrophes inside words kept). */
function wordsBefore(text: string, at: number, n: number): string[] {
  const out: string[] = [];
  let k = at;
  while (out.length < n) {
    while (k > 0 && /\s/.test(text[k - 1] as string)) k--;
    const end = k;
    while (k > 0 && /[\p{L}\p{N}'’-]/u.test(text[k - 1] as string)) k--;
    if (k === end) break;
    out.push(text.slice(k, end).toLowerCase());
  }
  return out;
}

/** An age in an apposition right after a name: `, 54,` / `, 54.` / ` (54)`. */
const AGE_AFTER = /^(?:, ?\d{1,3}[,.;]|,? ?\(\d{1,3}\))/;

/** The first lower-case word right after a name, past a possessive, spaces only between. */
const WORD_AFTER = /^(?:['’]s)? ([\p{L}-]+)/u;

/**
 * True when the text writes `name` (as written, whole words) with a real person's cue at some
 * occurrence: an age apposed (`X, 54,`, `X (54)`), a word of a life lived right before (`the late
 * X`, `real-life X`), a noun of a life told before `of` (`a biopic of X`, `the life story of X`) or
 * right after (`the X biopic`). Reads each occurrence's few neighbouring characters only.
 */
export function realPersonCued(text: string, name: string): boolean {
  if (!name) return false;
  let at = text.indexOf(name);
  while (at >= 0) {
    const end = at + name.length;
    if (!wordChar(text[at - 1]) && !wordChar(text[end])) {
      const after = text.slice(end, end + 40);
      if (AGE_AFTER.test(after)) return true;
      const next = WORD_AFTER.exec(after);
      if (next && LIFE_STORY_NOUNS.has((next[1] as string).toLowerCase()) && (next[1] as string) === (next[1] as string).toLowerCase()) return true;
      const before = wordsBefore(text, at, 3);
      if (before[0] !== undefined && REAL_LIFE_WORDS.has(before[0])) return true;
      if (before[0] === 'of' && before[1] !== undefined && LIFE_STORY_NOUNS.has(before[1])) return true;
    }
    at = text.indexOf(name, at + 1);
  }
  return false;
}

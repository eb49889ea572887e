/**
 * Step 1 of the index: what a name form is made of, so forms that differ only by case, spacing,
 * hyphens, dots, accents, long-vowel romanisation or word order fall together.
 */
import { HONORIFIC_SUFFIXES, HONORIFICS } from '../data/honorifics';

/** A name form read into the parts merging works on. */
export interface FormParts {
  /** The merge key: lower case, separators dropped, long vowels folded, words in written order. */
  key: string;
  /** All its words, folded, in written order. */
  written: string[];
  /** The content words (titles such as "Mr." or "Princess" left out), folded, sorted. */
  words: string[];
  /** The content words joined in sorted order: equal for "Kurosaki Ichigo" and "Ichigo Kurosaki". */
  orderFree: string;
}

/** Characters that separate words in a name form. */
const SEPARATORS = new Set([' ', '\t', '\n', '-', '‐', '‑', '–', '—', '_', '/', ':', ';']);
/** Characters dropped from a name form. */
const DROPPED = new Set(['.', "'", '’', '‘', '`', '"', '“', '”', ',', '!', '?', '(', ')']);

/** Vowels, for the `m` before `p` or `b` that {@link foldVowels} reads as `n`. */
const VOWELS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u']);

/** Whether `word` holds a pair of letters {@link foldVowels} may change: `uu`, `mp`, `mb`, `oo` or `ou`. */
function foldable(word: string): boolean {
  for (let i = 0; i + 1 < word.length; i++) {
    const c = word.charCodeAt(i);
    const d = word.charCodeAt(i + 1);
    // u u, m p, m b, o o, o u
    if ((c === 117 && d === 117) || (c === 109 && (d === 112 || d === 98)) || (c === 111 && (d === 111 || d === 117))) return true;
  }
  return false;
}

/**
 * Folds long vowels the way romanisations differ ("Uryuu"/"Uryu", "Satou"/"Sato",
 * "Ootsuki"/"Otsuki", "Touka"/"Toka"): `uu` becomes `u` anywhere, `oo` becomes `o` at a word's
 * start or end, and `ou` `o` at a word's end or, after its first letter, before a consonant (an
 * English `ou` folds on both spellings alike, so it joins only names that differ just there). Inside a word `oo` is left alone: there it is mostly English spelling
 * ("Cooper", "Goodspeed"), and folding it would join names that only look alike. An `m` after a
 * vowel and before `p` or `b` becomes `n` ("Kempachi"/"Kenpachi", "Sempai"/"Senpai").
 */
export function foldVowels(word: string): string {
  if (!foldable(word)) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    const next = word[i + 1];
    if (ch === 'u' && next === 'u') continue;
    // Hepburn writes a syllabic n before p, b and m as m ("Kempachi", "sempai"); others write n.
    if (ch === 'm' && (next === 'p' || next === 'b') && i > 0 && VOWELS.has(word[i - 1] as string)) {
      out += 'n';
      continue;
    }
    if (ch === 'o' && next === 'o' && (i === 0 || i + 2 === word.length)) continue;
    if (ch === 'o' && next === 'u' && i + 2 === word.length) {
      out += 'o';
      break;
    }
    if (ch === 'o' && next === 'u' && i > 0 && !VOWELS.has(word[i + 2] as string) && word[i + 2] !== 'y') {
      out += 'o';
      i++;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Combining marks, left out so that accented and plain spellings fall together ("Padmé"/"Padme"). */
const MARKS = /\p{M}/gu;

/** The words of a form, lower case, folded, in written order (dots, apostrophes and accents dropped). */
export function formWords(form: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const ch of form.normalize('NFD').replace(MARKS, '').toLowerCase()) {
    if (SEPARATORS.has(ch)) {
      if (word) words.push(foldVowels(word));
      word = '';
    } else if (!DROPPED.has(ch)) word += ch;
  }
  if (word) words.push(foldVowels(word));
  return words;
}

/** Reads a name form into its {@link FormParts}. */
export function formParts(form: string): FormParts {
  const all = formWords(form);
  // A Japanese honorific after a name ("Kakashi-sensei") is like a title before it, no word of the name.
  const content = all.filter((w, i) => !HONORIFICS.has(w) && !(i > 0 && HONORIFIC_SUFFIXES.has(w)));
  const words = (content.length ? content : all).slice().sort();
  return { key: all.join(''), written: all, words, orderFree: words.join(' ') };
}

/** The shortest word a spelling slip is looked for in: shorter names differ by one letter on purpose. */
export const MIN_SLIP_LENGTH = 5;

/** A word with each run of one letter written once ("usopp" → "usop", "ussop" → "usop"). */
export function undoubled(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i] as string;
  return out;
}

/**
 * Whether two words are one slip apart: one letter changed, added, dropped, two neighbours
 * swapped ("Haruno"/"Haurno", "Hamill"/"Hamil"), or a letter doubled in another place or not at
 * all ("Usopp"/"Ussop", "Phillip"/"Philip"), both at least {@link MIN_SLIP_LENGTH} long.
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < MIN_SLIP_LENGTH) return false;
  if (undoubled(a) === undoubled(b)) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The merge key of a name: lower case without hyphens, spaces, dots or apostrophes. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(SKIPPED, '');
}

/** What a name key leaves out. */
const SKIPPED = /[ \t\n\-‐‑.'’]/g;

/**
 * The key two romanisations of one Korean name share: vowels and consonants that romanisation
 * systems write differently are folded (eo/u, oo/u, eu/u, ee/i, ae/e, k/g, t/d, p/b, ch/j, r/l).
 */
export function romanisationKey(name: string): string {
  const k = nameKey(name);
  let out = '';
  for (let i = 0; i < k.length; i++) {
    const ch = k[i] as string;
    const next = k[i + 1];
    if ((ch === 'e' && next === 'o') || (ch === 'o' && next === 'o') || (ch === 'e' && next === 'u')) {
      out += 'u';
      i++;
    } else if (ch === 'e' && next === 'e') {
      out += 'i';
      i++;
    } else if (ch === 'a' && next === 'e') {
      out += 'e';
      i++;
    } else if ((ch === 'c' || ch === 's') && next === 'h') {
      out += ch === 'c' ? 'j' : 's';
      i++;
    } else out += FOLD[ch] ?? ch;
  }
  return out;
}

const FOLD: Readonly<Record<string, string>> = { k: 'g', t: 'd', p: 'b', r: 'l' };

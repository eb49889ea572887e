/** The merge key of a name: lower case without hyphens, spaces, dots or apostrophes. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[\s\-‐‑.'’]/g, '');
}

/**
 * The key two romanisations of one Korean name share: vowels and consonants that romanisation
 * systems write differently are folded (eo/u, oo/u, eu/u, ee/i, ae/e, k/g, t/d, p/b, ch/j, r/l).
 */
export function romanisationKey(name: string): string {
  return nameKey(name)
    .replace(/eo|oo|eu/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/ae/g, 'e')
    .replace(/ch/g, 'j')
    .replace(/sh/g, 's')
    .replace(/k/g, 'g')
    .replace(/t/g, 'd')
    .replace(/p/g, 'b')
    .replace(/r/g, 'l');
}

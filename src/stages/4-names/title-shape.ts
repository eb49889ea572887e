/**
 * The two shapes fans give titles by joining two capitalised words: a semicolon with no space on
 * either side (`Word;Word`), and a lone `x` or `X` between spaces (`Word x Word`). A name only in
 * such shapes is a word of the title, not someone. The `x` shape also pairs two characters (a
 * match-up or a couple: `Kael x Mira`), so there it counts as a title only when both sides are the
 * same word or the other side is no name the text uses on its own.
 */
import { titleJointAfter, titleJointBefore } from '../../text/title-joint';
import type { Span } from '../../types';

/** A capitalised word, read from one end: letters, apostrophes and hyphens after a capital. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;

/** The word of `view` that starts at `at`, or `''`. */
function wordFrom(view: string, at: number): string {
  let end = at;
  while (end < view.length && WORD_CHAR.test(view[end] as string)) end++;
  return view.slice(at, end);
}

/** The word of `view` that ends at `end`, or `''`. */
function wordTo(view: string, end: number): string {
  let start = end;
  while (start > 0 && WORD_CHAR.test(view[start - 1] as string)) start--;
  return view.slice(start, end);
}

/** Strips a possessive ending (`Hunter's` → `Hunter`). */
function bare(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

/** Which shape a mention stands in, and the word on the shape's other side. */
export interface ShapeSide {
  shape: ';' | 'x';
  other: string;
}

/**
 * The title shape mention `m` of `view` stands in, with the word on the other side, or `null`:
 * `Word;Word` (the mention on either side, both capitalised), or `Word x Word` (a lone `x` or `X`
 * between single spaces, both sides capitalised).
 */
export function titleShapeAt(view: string, m: Span): ShapeSide | null {
  const after = titleJointAfter(view, m.end);
  if (after !== null) return { shape: after.shape, other: bare(wordFrom(view, after.other)) };
  const before = titleJointBefore(view, m.start);
  if (before !== null) return { shape: before.shape, other: bare(wordTo(view, before.other)) };
  return null;
}

/**
 * True when every mention of a one-word entity (`mentions`, its form `form`) stands in a title
 * shape ({@link titleShapeAt}), and each `x` shape is a title, not a pair of characters: the other
 * side is the same word, or no word in `freeForms()` (the lower-case forms of the names the text
 * uses outside these shapes). `freeForms` is asked only at an `x` shape with another word on its
 * other side, which few texts write: the caller can build the set on the first call.
 */
export function onlyInTitleShapes(view: string, form: string, mentions: readonly Span[], freeForms: () => ReadonlySet<string>): boolean {
  if (mentions.length === 0 || /\s/u.test(form)) return false;
  const self = bare(form).toLowerCase();
  return mentions.every((m) => {
    const side = titleShapeAt(view, m);
    if (side === null) return false;
    if (side.shape === ';') return true;
    const other = side.other.toLowerCase();
    return other === self || !freeForms().has(other);
  });
}

import { isLetter, isUpper } from './chars';

/**
 * A joint fans write between the two capitalised words of a title: a semicolon with no space on
 * either side (`Word;Word`), or a lone `x` or `X` between single spaces (`Word x Word`).
 * `other` is where the word on the joint's other side starts (after the joint) or ends (before it).
 */
export interface TitleJoint {
  readonly shape: ';' | 'x';
  readonly other: number;
}

/** True when the three characters of `view` at `at` are a lone `x` or `X` between spaces. */
function loneX(view: string, at: number): boolean {
  return view[at] === ' ' && (view[at + 1] === 'x' || view[at + 1] === 'X') && view[at + 2] === ' ';
}

/**
 * The title joint right after a word that ends at `end`, when a capital opens the word after it;
 * else null. Both the works stage (which finds such titles) and the names stage (which keeps
 * their words from being read as names) read the joint here.
 */
export function titleJointAfter(view: string, end: number): TitleJoint | null {
  if (view[end] === ';' && isUpper(view[end + 1])) return { shape: ';', other: end + 1 };
  if (loneX(view, end) && isUpper(view[end + 3])) return { shape: 'x', other: end + 3 };
  return null;
}

/** The title joint right before a word that starts at `start`, when a letter ends the word before it; else null. */
export function titleJointBefore(view: string, start: number): TitleJoint | null {
  if (view[start - 1] === ';' && isLetter(view[start - 2])) return { shape: ';', other: start - 1 };
  if (start >= 3 && loneX(view, start - 3) && isLetter(view[start - 4])) return { shape: 'x', other: start - 3 };
  return null;
}

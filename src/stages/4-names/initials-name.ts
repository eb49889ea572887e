import { isListedFirstName } from '../../text/listed-first-name';
import { NOT_NAME_INITIALS } from '../../data/not-names';
import { isLetter, isUpper } from '../../text/chars';
import type { Word } from '../../text/words';
import { isInitial } from './context';

/** How many of the words `ws`, from `from`, are initials each closed by its dot (`H.B.`, `J. R. R.`). */
function dottedInitials(view: string, ws: readonly Word[], from = 0): number {
  let k = from;
  while (k < ws.length && isInitial(ws[k] as Word) && view[(ws[k] as Word).end] === '.') k++;
  return k - from;
}

/** The most initials read before a surname ("J.R.R."). */
const MAX_INITIALS = 3;

/**
 * True when word `i` of `words` opens a person's initials ({@link personInitials}): an `A.` that
 * leads them (`A.S. Byatt`) is no article.
 */
export function opensInitials(view: string, words: readonly Word[], i: number): boolean {
  const n = dottedInitials(view, words, i);
  return n >= 2 && n <= MAX_INITIALS && personInitials(view, words.slice(i, i + n));
}

/** True when an initial and its dot stand right before `at` ("R.I." before "P."); "alike.J.J. Abrams" is a sentence run on. */
function afterInitial(view: string, at: number): boolean {
  return view[at - 1] === '.' && isUpper(view[at - 2]) && !isLetter(view[at - 3]);
}

/**
 * True when the words `ws` are two or more initials, each closed by its dot, that may stand for a
 * person's given names: not initials that abbreviate a place, a body or a phrase (`U.S.`, `P.S.`).
 * A word after them may be a surname that is also a firm's or a place's name (`H.B. Warner`).
 */
export function personInitials(view: string, ws: readonly Word[]): boolean {
  if (ws.length < 2 || dottedInitials(view, ws) !== ws.length) return false;
  let letters = '';
  for (const w of ws) letters += w.lower;
  return !NOT_NAME_INITIALS.has(letters);
}

/**
 * True when the words `ws` of a piece are a person's name led by initials: two or more initials,
 * each closed by its dot, then a surname or a given name and a surname (`H.B. Warner`, `J.R.R.
 * Tolkien`, `L.Q. Jones`), or one initial before a listed given name and a surname (`F. Murray
 * Abraham`). Initials that abbreviate a place, a body or a phrase (`U.S. Navy`, `P.S. Thanks`) lead
 * no name, and every word after the initials must be a capitalised word of two letters or more
 * that `noSurname` does not reject (a word the text writes in lower case, an acronym).
 */
export function initialsName(view: string, ws: readonly Word[], noSurname: (w: Word) => boolean): boolean {
  const k = dottedInitials(view, ws);
  const rest = ws.length - k;
  // "R.I.P. Carrie Fisher": a piece that starts inside a run of initials names no one by them.
  if (k > 0 && afterInitial(view, (ws[0] as Word).start)) return false;
  // One initial before a given name is written with its space ("F. Murray"; "K.Jerome" is no name's).
  if (k === 1 && view[(ws[0] as Word).end + 1] !== ' ') return false;
  if (rest < 1 || rest > 2) return false;
  if (k === 1 ? rest !== 2 || !isListedFirstName((ws[1] as Word).lower) : !personInitials(view, ws.slice(0, k))) return false;
  for (let i = k; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (!w.capitalised || w.end - w.start < 2 || noSurname(w)) return false;
  }
  return true;
}

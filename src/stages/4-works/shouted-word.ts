/**
 * A word shouted in quote marks (`"DAMNNNN"`, `'OLDER' fans`, `“GOAT”`): a cry or a word held up in
 * capitals, not a work's title.
 */
import { isModelWord } from '../../wink';

/** The fewest letters a shouted word has here: shorter runs in capitals are initials as often (`"PTA"`, `"AG"`). */
const MIN_SHOUTED_LETTERS = 4;

/** How many times in a row one letter stands in a word stretched for a cry (`NOOOO`, `DAMNNN`). */
const STRETCH = 3;

/** True when `s` holds one character `STRETCH` times in a row. One pass over the word. */
function stretched(s: string): boolean {
  let run = 1;
  for (let k = 1; k < s.length; k++) {
    run = s[k] === s[k - 1] ? run + 1 : 1;
    if (run >= STRETCH) return true;
  }
  return false;
}

/**
 * A capitalised quoted item beside: the closing mark, then a comma or "and" / "or" / "&", an
 * opening mark and a capital (`"X" and "Y"`, `"X", "Y"`); a quoted word in lower case is a term.
 */
const MATE_AFTER = /^[.,!?]?[”"’']?,? ?(?:and |or |& )?[“"‘'][A-Z]/;

/** The same read back from an opening mark: a capital, a closing mark, the joint. */
const MATE_BEFORE = /[A-Z0-9][.,!?]?[”"’'],? ?(?:and|or|&)? ?$/;

/** How far around the marks a list's joint is looked for. */
const MATE_REACH = 10;

/**
 * True when the word quoted at `view[start..end)` stands in a list of quoted items: a list of
 * quoted words in capitals names works (`"JAWS" and "ALIEN"`), as a cry rarely comes in one.
 */
export function quotedListMate(view: string, start: number, end: number): boolean {
  return MATE_AFTER.test(view.slice(end + 1, end + 1 + MATE_REACH)) || MATE_BEFORE.test(view.slice(Math.max(0, start - 1 - MATE_REACH), start - 1));
}

/**
 * True when `form`, one word quoted alone, is written wholly in capital letters (four or more, no
 * figure) and is a cry or a word of the language, not a title: one letter stretched three times or
 * more (`NAAARUTO`), or, in lower case, a word of the English model (`GRAND`, `FIGHT`). A title in
 * capitals that is an English word (`"JAWS"`) is kept only where a work word stands near, which the
 * caller reads first, or where `cued` says a title's sign stands beside it (a list of quoted
 * items, `"JAWS" and "ALIEN"`, or its maker after `by`, `"SCAR" by Ann Lee`): quoted alone with
 * no such sign, a word in capitals is shouted as often.
 */
export function shoutedWord(form: string, cued: boolean): boolean {
  if (form.length < MIN_SHOUTED_LETTERS) return false;
  for (const ch of form) if (ch < 'A' || ch > 'Z') return false;
  return stretched(form) || (!cued && isModelWord(form.toLowerCase()));
}

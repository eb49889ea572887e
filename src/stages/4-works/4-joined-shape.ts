/**
 * Pass 4, joined shapes: fans write some titles as two capitalised words joined with no space by a
 * semicolon (`Word;Word`), or as one word twice around a lone `x` (`Word x Word`). Neither shape
 * names a person: a semicolon between clauses has a space after it, and two characters paired by
 * `x` (a match-up or a couple, `Kael x Mira`) have two different names, so only the same word on
 * both sides of the `x` reads as a title here.
 */
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { allCaps } from './shapes';

const SEMICOLON = 59;
const SPACE = 32;

/** True when `w` may be a side of a joined title: capitalised, two letters or more, not in capitals (`TL;DR`). */
function maySide(view: string, w: Word | undefined): w is Word {
  return w !== undefined && w.capitalised && w.end - w.start >= 2 && !allCaps(view, w);
}

/**
 * The titles written in a joined shape: `Word;Word` (both sides capitalised, no space either side
 * of the semicolon) and `Word x Word` / `Word X Word` (the same word twice, single spaces), each as
 * written, without a possessive after it. One pass over the words, and none when the text holds
 * neither joint.
 */
export function joinedShapeTitles(ctx: WorksContext): Finding[] {
  const { view, words } = ctx;
  const out: Finding[] = [];
  if (!view.includes(';') && !view.includes(' x ') && !view.includes(' X ')) return out;
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k] as Word;
    const b = words[k + 1] as Word;
    if (a.possessive || b.start !== a.end + 1 || !maySide(view, a)) continue;
    const joint = view.charCodeAt(a.end);
    if (joint === SEMICOLON && maySide(view, b)) {
      out.push(titleFinding(view.slice(a.start, b.end)));
    } else if (joint === SPACE && b.lower === 'x' && b.end === b.start + 1) {
      const c = words[k + 2];
      if (maySide(view, c) && c.start === b.end + 1 && view.charCodeAt(b.end) === SPACE && c.lower === a.lower) out.push(titleFinding(view.slice(a.start, c.end)));
    }
  }
  return out;
}

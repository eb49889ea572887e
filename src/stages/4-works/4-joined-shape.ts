/**
 * Pass 4, joined shapes: fans write some titles as two capitalised words joined with no space by a
 * semicolon (`Word;Word`), or as one word twice around a lone `x` (`Word x Word`). Neither shape
 * names a person: a semicolon between clauses has a space after it, and two characters paired by
 * `x` (a match-up or a couple, `Kael x Mira`) have two different names, so only the same word on
 * both sides of the `x` reads as a title here.
 */
import { titleJointAfter } from '../../text/title-joint';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { allCaps } from './shapes';

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
    if (a.possessive || !maySide(view, a)) continue;
    const joint = titleJointAfter(view, a.end);
    if (joint === null) continue;
    // The other side is the next word for a semicolon, the word after the `x` for the other joint.
    const b = words[joint.shape === ';' ? k + 1 : k + 2];
    if (!maySide(view, b) || b.start !== joint.other) continue;
    if (joint.shape === ';' || b.lower === a.lower) out.push(titleFinding(view.slice(a.start, b.end)));
  }
  return out;
}

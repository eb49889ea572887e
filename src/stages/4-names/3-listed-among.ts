/**
 * Step 3, a list of names said to be among performers: `A, B and C are among the artists who
 * recorded there`, `A and B were also among the other stars`. Each name of the list is someone of
 * that trade, whatever the name looks like (`Jay-Z`, a one-word stage name): a story's parts are
 * not counted among a work's performers.
 */
import { AMONG_ADVERBS, AMONG_PERFORMER_NOUNS, AMONG_VERBS } from '../../data/role-words';
import { hasHyphen } from '../../text/chars';
import { CueWords } from '../../text/cue-index';
import type { Word } from '../../text/words';
import type { PersonRole } from '../../types';
import { GIVEN_NAMES } from '../../data/given-names';
import { addRole, gapBefore, listGap, type CueContext } from './3-cue-readers';
import { isHyphenatedName } from './context';
import type { Piece } from './piece';

/** How many describing words at most stand between `among` and its noun (`among the other new stars`). */
const MAX_BETWEEN = 3;

/** The role the performer noun after the `among` at word `i` gives, or undefined when none follows. */
function amongRole(c: CueContext, i: number): PersonRole | undefined {
  const { words, pos } = c;
  for (let k = i + 1; k <= i + 1 + MAX_BETWEEN && k < words.length; k++) {
    const w = words[k] as Word;
    if (w.capitalised || gapBefore(c, k) !== ' ') return undefined;
    const role = AMONG_PERFORMER_NOUNS.get(w.lower);
    if (role) return role;
    if (w.lower !== 'the' && pos[k] !== 'ADJ') return undefined;
  }
  return undefined;
}

/**
 * The pieces of the list that ends right before word `verb`, last first: items joined by `, `,
 * ` and ` or `, and `. Only a list of two names or more: one name alone is read by other cues.
 */
function listBefore(c: CueContext, verb: number): Piece[] {
  const { words } = c;
  const items: Piece[] = [];
  if (gapBefore(c, verb) !== ' ') return items;
  let p = c.pieceEnding.get(verb - 1);
  while (p && !p.character) {
    items.push(p);
    const before = p.first - 1;
    const joiner = words[before] as Word | undefined;
    const prev = joiner && joiner.lower === 'and' ? c.pieceEnding.get(before - 1) : c.pieceEnding.get(before);
    // A bare space is no list's gap: two names side by side are one run the pieces split.
    if (!prev || c.input.view.slice(prev.end, p.start).trim() === '' || !listGap(c, prev.end, p.start)) break;
    p = prev;
  }
  return items.length >= 2 ? items : [];
}

/**
 * True when a piece is one plain word, neither hyphenated as a name (`Jay-Z`) nor a listed given
 * name: a band is listed among performers as often as a singer (`A, Aerosmith and B are among the
 * stars`), so the list gives such a word no role, and the words around it decide.
 */
function plainLoneWord(c: CueContext, p: Piece): boolean {
  if (p.last > p.first) return false;
  const form = c.input.view.slice(p.start, p.end);
  return !(hasHyphen(form) && isHyphenatedName(form)) && !GIVEN_NAMES.has(form.toLowerCase());
}

/** The word {@link readListsAmong} acts at. */
const AMONG = new CueWords(['among']);

/** Reads every `… are among the <performers>` of the text and gives each name of its list the role. */
export function readListsAmong(c: CueContext): void {
  const { words } = c;
  for (const i of c.facts.cues.of(AMONG)) {
    if (i < 2 || (words[i] as Word).capitalised) continue;
    const role = amongRole(c, i);
    if (!role) continue;
    let verb = i - 1;
    if (AMONG_ADVERBS.has((words[verb] as Word).lower)) verb--;
    if (verb < 1 || !AMONG_VERBS.has((words[verb] as Word).lower)) continue;
    for (const p of listBefore(c, verb)) if (!plainLoneWord(c, p)) addRole(p, role);
  }
}

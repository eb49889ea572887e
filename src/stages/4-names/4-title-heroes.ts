/**
 * Step 4, a hero named with `the`: a capitalised word written once after a lower-case `the` is a
 * thing's or a group's name as often as someone's (`the Force`, `the Senate`), but when it is the
 * last word of a longer title the text names (`The Incredible Hulk`, `The Mighty Kestrel`) the
 * title is named after it, and the words around it then tell whether it is someone: a story told
 * of it as the kind readers read one (`the Hulk smashes`, `the Hulk's father`, `the Hulk, a
 * lonely giant`), a being's possession before it (`the transformation of the Hulk`) or a person's
 * pronoun after it in its sentence (`the Hulk is at his best`). The article is no part of the name.
 */
import { THIRD_PERSON_PRONOUNS } from '../../data/name-kind-features';
import { ORGANISATIONS, PLACES_AND_PEOPLES } from '../../data/not-names';
import { HERO_POSSESSIONS } from '../../data/work-cues';
import type { Word } from '../../text/words';
import type { NameContext } from './context';
import type { Piece } from './piece';

/** How many words after the name its sentence is read for a person's pronoun. */
const PRONOUN_REACH = 8;

/**
 * True when a person's pronoun ({@link THIRD_PERSON_PRONOUNS}) comes within {@link PRONOUN_REACH}
 * words after word `last`, in its sentence and before any other capitalised word (that one could be
 * the pronoun's antecedent), not right after the name (`the X he` starts another clause).
 */
function pronounAfter(ctx: NameContext, last: number): boolean {
  const { words, sentenceStarts } = ctx;
  for (let k = last + 1; k < words.length && k <= last + PRONOUN_REACH; k++) {
    const w = words[k] as Word;
    if (sentenceStarts.has(w.start) || (w.capitalised && w.lower !== 'i')) return false;
    if (k > last + 1 && THIRD_PERSON_PRONOUNS.has(w.lower)) return true;
  }
  return false;
}

/**
 * True when a being's possession and `of` stand right before the `the` at word `the`, one plain
 * space apart (`the transformation of the Hulk`, `the father of the Hulk`): the possessive's other
 * shape ({@link HERO_POSSESSIONS}).
 */
function possessionBefore(ctx: NameContext, the: number): boolean {
  const { words, input } = ctx;
  const of = words[the - 1];
  const owned = words[the - 2];
  if (of === undefined || owned === undefined || of.lower !== 'of' || owned.possessive) return false;
  return HERO_POSSESSIONS.has(owned.lower) && input.view.slice(owned.end, of.start) === ' ' && input.view.slice(of.end, (words[the] as Word).start) === ' ';
}

/**
 * Adds to `accepted` the key of each lone plain piece written after a lower-case `the` (one space
 * between) that ends a longer title of the text ({@link NameContext.titleEnds}), is no place, people
 * or firm, and has someone's story told around it (`storyTold`, the story readers step 4 reads a
 * name met once with), a being's possession before it ({@link possessionBefore}) or a person's
 * pronoun after it ({@link pronounAfter}).
 */
export function acceptTitleHeroes(ctx: NameContext, pieces: readonly Piece[], accepted: Set<string>, storyTold: (p: Piece) => boolean): void {
  const { words, input } = ctx;
  for (const p of pieces) {
    if (p.shape !== 'plain' || p.titled || p.first !== p.last || accepted.has(p.key)) continue;
    const w = words[p.first] as Word;
    const the = words[p.first - 1];
    if (the === undefined || the.lower !== 'the' || the.capitalised || input.view.slice(the.end, w.start) !== ' ') continue;
    if (!ctx.titleEnds.has(w.lower) || PLACES_AND_PEOPLES.has(w.lower) || ORGANISATIONS.has(w.lower)) continue;
    if (storyTold(p) || possessionBefore(ctx, p.first - 1) || (!w.possessive && pronounAfter(ctx, p.last))) accepted.add(p.key);
  }
}

/**
 * Step 4, a lone word once in possessive form: a name when it owns a lower-case word right after
 * it (`in Eddie's eyes`, `with Josh's concoction`, `Kutcher's initial appearance`).
 */
import { OWNER_BLOCKING_DETERMINERS, OWNED_HEAD_POS, POSSESSIVE_IDIOM_NOUNS, TOLD_STORY_NOUNS, WORK_OWNED_WORDS } from '../../data/name-cue-words';
import { MAKER_POSSESSIONS } from '../../data/name-kind-features';
import { PLACES_AND_PEOPLES } from '../../data/not-names';
import { WORK_PART_NOUNS } from '../../data/work-cues';
import { containing } from '../../text/search';
import type { Word } from '../../text/words';
import type { Block } from '../stage-types';
import { isListedFirstName, type NameContext } from './context';
import type { Piece } from './piece';
import { isModelWord } from '../../wink';

/** How many describing words may stand between the possessive and the word it owns (`X's crowning achievement`). */
export const MAX_OWNED_MODIFIERS = 2;

/**
 * True when lower-case `head` may be what someone's possessive owns: not a part only a work has
 * (`X's finale`), a told story (`X's story`: a writer's as often) nor an idiom's noun (`for X's sake`).
 */
export function ownableHead(head: string): boolean {
  return !WORK_PART_NOUNS.has(head) && !POSSESSIVE_IDIOM_NOUNS.has(head) && !TOLD_STORY_NOUNS.has(head);
}

/** What stands between a possessive word and the next: its ending, then one space. */
const POSSESSIVE_GAP = /^['’]s? $/u;
const ONE_SPACE = /^ $/;

/**
 * True when the words after possessive word `k` are owned by it: a lower-case word after one
 * space, past at most {@link MAX_OWNED_MODIFIERS} describing words, whose head the tagger takes for
 * a noun or a verb (it takes `works`, `writing` and `quips` after a possessive for verbs). Not a
 * part only a work has (`X's finale`), a told story (`X's story`: a writer's as often), an
 * idiom's noun (`for X's sake`), nor a word a work or a team owns as often as someone
 * (`X's art style`, `X's music`, `X's fans`).
 */
function ownsNextWord(ctx: NameContext, k: number): boolean {
  const { words, pos, input } = ctx;
  let h = k + 1;
  // After the possessive word its ending (`'s`, `'`) stands before the space.
  const gapOk = (j: number): boolean => {
    const w = words[j];
    return w !== undefined && !w.capitalised && (j === k + 1 ? POSSESSIVE_GAP : ONE_SPACE).test(input.view.slice((words[j - 1] as Word).end, w.start));
  };
  while (h <= k + MAX_OWNED_MODIFIERS && gapOk(h) && pos[h] === 'ADJ') h++;
  if (!gapOk(h) || !OWNED_HEAD_POS.has(pos[h] as string)) return false;
  if (!ownableHead((words[h] as Word).lower)) return false;
  // What a work owns as often as a maker (`Bleach's art style`, `the arc's pacing`): the head or the word before it.
  const owned = (j: number): boolean => MAKER_POSSESSIONS.has((words[j] as Word).lower) || WORK_OWNED_WORDS.has((words[j] as Word).lower);
  for (let j = k + 1; j <= h; j++) if (owned(j)) return false;
  return true;
}

/**
 * Accepts each lone plain piece once in possessive form, mid-sentence and outside headings, that
 * owns the lower-case word after it ({@link ownsNextWord}): a thing, a trait or an act of someone.
 * The preposition before it does not make it a place (`at Dyson's house` names Dyson), and a listed
 * given name counts whatever its tag and though the lexicon knows it as a word (`Sue's`, `Rose's`,
 * `Josh's`: the tagger takes them for verbs); any other word of the lexicon owns things as often
 * as someone does (`Harvest's bounty`). Not after an article or a determiner (`the Empire's fleet`, `a Jedi's weapon`, `the
 * Bennets' house`: a body, a people or a family), nor a people's word (`Malaysian's`).
 */
export function acceptLoneOwners(ctx: NameContext, pieces: readonly Piece[], acceptedKeys: Set<string>, blocks: readonly Block[]): void {
  const { words, sentenceStarts } = ctx;
  const count = new Map<string, number>();
  for (const p of pieces) count.set(p.key, (count.get(p.key) ?? 0) + 1);
  let headings: Block[] | null = null;
  for (const p of pieces) {
    if (p.shape !== 'plain' || p.titled || p.first !== p.last || acceptedKeys.has(p.key) || count.get(p.key) !== 1) continue;
    const w = words[p.first] as Word;
    if (!w.possessive || sentenceStarts.has(w.start) || PLACES_AND_PEOPLES.has(w.lower)) continue;
    const listed = isListedFirstName(w.lower);
    // A word of the lexicon owns things as often as someone does (`Harvest's bounty`), unless it is a listed given name.
    if (isModelWord(w.lower) && !listed) continue;
    if (!p.repeatable && !(listed && /^\p{Lu}\p{Ll}/u.test(ctx.input.view.slice(w.start, w.start + 2)))) continue;
    const before = words[p.first - 1];
    if (!before || before.capitalised || OWNER_BLOCKING_DETERMINERS.has(before.lower)) continue;
    if (!ownsNextWord(ctx, p.last)) continue;
    headings ??= blocks.filter((b) => b.isHeading);
    if (containing(headings, w.start) >= 0) continue;
    acceptedKeys.add(p.key);
  }
}

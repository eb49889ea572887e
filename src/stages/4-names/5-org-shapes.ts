/**
 * Step 5: an entity whose name is the name of a group, a venue or an institution by its shape and
 * the words around it: the tail of a group's `X of the Y` name (`Sons of the Harbour`), a place
 * whose last word is a venue's or an institution's head noun (`at Greyfield Park`, `Harlow
 * Stadium`), or a person's name put before an institution noun (`the Anna Vos drama school`); in news, a name listed beside
 * such a group (`Mud Hollow and Steel Marrow will headline`, `Mud Hollow are touring`).
 */
import { isListedFirstName } from '../../text/listed-first-name';
import { RARE_FIRST_NAMES, WORD_FIRST_NAMES } from '../../text/first-names';
import { HONORIFICS } from '../../data/honorifics';
import { VENUE_WORDS } from '../../data/casting-vocab';
import { GROUP_OF_HEADS, NAMED_INSTITUTION_NOUNS, PLACE_PREPOSITIONS } from '../../data/name-cue-words';
import { INSTITUTION_WORDS } from '../../data/not-names';
import { NAME_JOINERS } from '../../data/work-cues';
import { singleSpaced, type Word } from '../../text/words';
import type { NameContext } from './context';
import type { KindMention } from './kind-document';

/** How many lower-case words may stand between a name and the institution noun after it (`the X theatre academy`). */
const INSTITUTION_NOUN_REACH = 2;

/** True when only one space parts word `a` from the word after it ({@link singleSpaced}). */
function spaced(ctx: NameContext, a: number): boolean {
  const w = ctx.words[a];
  const next = ctx.words[a + 1];
  return w !== undefined && next !== undefined && singleSpaced(ctx.input.view, w.end, next.start);
}

/**
 * True when the mention ends a group's name of the shape `<Members> of [the] X` (`Kings of X`,
 * `Daughters of the Y`): a capitalised plural noun of members, `of`, and an optional `the`
 * stand right before it.
 */
function tailOfGroupName(ctx: NameContext, m: KindMention): boolean {
  const { words } = ctx;
  let k = m.first - 1;
  if (words[k]?.lower === 'the' && spaced(ctx, k)) k--;
  if (words[k]?.lower !== 'of' || !spaced(ctx, k)) return false;
  const head = words[k - 1];
  if (head === undefined || !head.capitalised || head.possessive || !spaced(ctx, k - 1) || !GROUP_OF_HEADS.has(head.lower)) return false;
  // A capital that only opens the sentence, before a given name, is no group's ("Friends of Ann
  // Vale say …").
  return !(ctx.sentenceStarts.has(head.start) && isListedFirstName((ctx.words[m.first] as Word).lower));
}

/**
 * True when the mention names an institution by a person: `the` before it and, within two
 * lower-case words after it, an institution noun (`the X drama school`, `the X foundation`).
 */
function namesInstitution(ctx: NameContext, m: KindMention): boolean {
  const { words } = ctx;
  const before = words[m.first - 1];
  if (before?.lower !== 'the' || !spaced(ctx, m.first - 1) || (words[m.last] as Word).possessive) return false;
  for (let k = m.last + 1; k <= m.last + INSTITUTION_NOUN_REACH; k++) {
    const w = words[k];
    if (w === undefined || w.capitalised || !spaced(ctx, k - 1)) return false;
    if (NAMED_INSTITUTION_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/**
 * What the mention is by its last word: a word only places and
 * bodies end in (`Stadium`, `Academy`), or a venue's word that is a family name too (`Park`,
 * `Hall`) where `the` or a place preposition stands before it (`at Greyfield Park`). A listed
 * given name or a title before it makes it someone (`Nick Park`, `Mrs Hall`).
 */
function venueByHead(ctx: NameContext, m: KindMention): VenueHead {
  const { words } = ctx;
  if (m.last === m.first || m.honorific) return 'none';
  const lead = words[m.first] as Word;
  const last = words[m.last] as Word;
  if (isListedFirstName(lead.lower) || HONORIFICS.has(lead.lower) || last.possessive) return 'none';
  if (INSTITUTION_WORDS.has(last.lower)) return 'institution';
  if (!VENUE_WORDS.has(last.lower)) return 'none';
  const before = words[m.first - 1];
  if (before !== undefined && spaced(ctx, m.first - 1) && (before.lower === 'the' || PLACE_PREPOSITIONS.has(before.lower))) return 'venue';
  // Someone's name as a verb's subject ("Ann Hall proves me wrong"); a place's name before a noun
  // ("the Greyfield Park crowd", "year's Greyfield Park show") says nothing either way.
  // Not a participle ("at the Greyfield Park opening, … Greyfield Park singing") nor a copula,
  // which places take as well ("Greyfield Park is the best stage").
  const after = ctx.words[m.last + 1];
  return spaced(ctx, m.last) && ctx.pos[m.last + 1] === 'VERB' && after !== undefined && !after.lower.endsWith('ing') ? 'surname' : 'none';
}

/**
 * What a mention's last word says: a head only bodies end in, a venue's word (also a family name)
 * placed as a place is, the same word in a name that is a verb's subject, or nothing.
 */
type VenueHead = 'institution' | 'venue' | 'surname' | 'none';

/**
 * True when the entity names a group, a venue or an institution by its shape: one of its mentions
 * is an institution's name by its head noun, or one ending in a venue's word that is a family
 * name too (`Park`, `Hall`) is placed as a place is and none is a verb's subject (`Ann Hall
 * proves` makes it someone), or every mention is the tail of a group's name or a person's name put before an
 * institution noun.
 */
export function namedAsOrg(ctx: NameContext, mentions: readonly KindMention[]): boolean {
  if (mentions.length === 0) return false;
  const heads = mentions.map((m) => venueByHead(ctx, m));
  if (heads.includes('institution')) return true;
  if (heads.includes('venue') && !heads.includes('surname')) return true;
  return mentions.every((m) => tailOfGroupName(ctx, m) || namesInstitution(ctx, m));
}

/** True when a word is a given name of any list: the stdlib's, the rarer birth records', or one that is a word too. */
const givenLead = (lower: string): boolean => isListedFirstName(lower) || RARE_FIRST_NAMES.has(lower) || WORD_FIRST_NAMES.has(lower);

/**
 * The entities listed beside groups dropped as no one (`A, B and C` where `A` and `B` are bands):
 * a name in such a list that no cue, role or title makes someone and that no given name of any
 * list leads is a group too. `dropped` holds the entities already found to be no one; a list joins its
 * items by a comma, `and`, `&` or `, and`.
 */
export function listedWithGroups(ctx: NameContext, mentionsOf: readonly KindMention[][], dropped: ReadonlySet<number>, undecided: (e: number) => boolean): number[] {
  const { words, input } = ctx;
  const groupFirst = new Set<number>();
  const groupLast = new Set<number>();
  for (const e of dropped) {
    for (const m of mentionsOf[e] ?? []) {
      groupFirst.add(m.first);
      groupLast.add(m.last);
    }
  }
  if (groupFirst.size === 0) return [];
  const gap = (a: number): string => {
    const w = words[a];
    const next = words[a + 1];
    return w === undefined || next === undefined ? '' : input.view.slice(w.end, next.start);
  };
  const joiner = (k: number): boolean => words[k] !== undefined && NAME_JOINERS.has((words[k] as Word).lower) && gap(k) === ' ';
  // The item before a mention ends at this word index, or -1.
  const itemBefore = (m: KindMention): number => {
    if (gap(m.first - 1) === ', ') return m.first - 1;
    if (!joiner(m.first - 1)) return -1;
    const g = gap(m.first - 2);
    return g === ' ' || g === ', ' ? m.first - 2 : -1;
  };
  const itemAfter = (m: KindMention): number => {
    if (gap(m.last) === ', ') return joiner(m.last + 1) ? m.last + 2 : m.last + 1;
    return gap(m.last) === ' ' && joiner(m.last + 1) ? m.last + 2 : -1;
  };
  const out: number[] = [];
  mentionsOf.forEach((mentions, e) => {
    if (dropped.has(e) || mentions.length === 0 || !undecided(e)) return;
    if (mentions.some((m) => m.honorific || givenLead((words[m.first] as Word).lower))) return;
    if (mentions.some((m) => groupLast.has(itemBefore(m)) || groupFirst.has(itemAfter(m)))) out.push(e);
  });
  return out;
}

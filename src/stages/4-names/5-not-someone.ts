/**
 * Step 5, with the no-one test: names of a story's places, peoples, ranks and powers that the text
 * writes like a name (`the Hidden Village`, `a Warlock`, `Stormcraft`). A careful reader tells them
 * from someone by how the text uses them over all their mentions: a name takes no determiner, has
 * no plural, is not a place one is in or comes from, and is not a kind of power; someone speaks,
 * acts, has a family and a body; a genre or a faith only sorts the nouns it is written before.
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { FAMILY_WORDS, PLOT_VERBS, SOMEONE_MODIFIED_NOUNS } from '../../data/name-kind-features';
import { SPEECH_VERBS } from '../../data/speech-verbs';
import { singleSpaced, type Word } from '../../text/words';
import type { NameContext } from './context';
import { introducedInStory } from './4-repetition';

/**
 * Determiners that make the next noun a common one (`a Warlock`, `every Warlock`, `two Warlocks`,
 * `this Warlock`); not `the`, which epithets take, nor `that`, which also opens a clause (`said
 * that Mira`).
 */
const COUNTING_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'every', 'each', 'any', 'another', 'no', 'some', 'many', 'several', 'this', 'these', 'those', 'all', 'most',
  'other', 'few', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundreds', 'thousands',
]);

/**
 * Prepositions of a place one is in or goes into; not `at`, `on`, `to` or `from`, which people take
 * too (`a word from X`, `a letter to X`).
 */
const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'into', 'inside', 'near', 'across', 'throughout', 'within', 'toward', 'towards']);

/** Nouns a power or a kind of thing modifies (`Stormcraft technique`, `Stormcraft users`). */
const POWER_NOUNS: ReadonlySet<string> = new Set([
  'power', 'powers', 'technique', 'techniques', 'ability', 'abilities', 'skill', 'skills', 'attack', 'attacks',
  'user', 'users',
]);

/** Body words after a possessive that only someone has (`X's face`). */
const BODY_NOUNS: ReadonlySet<string> = new Set(['face', 'eyes', 'hair', 'hand', 'hands', 'voice', 'body', 'head', 'arm', 'arms', 'heart', 'mouth', 'smile', 'death', 'life', 'past', 'childhood']);

/** Reflexive pronouns that say someone (`X himself`). */
const SOMEONE_AFTER: ReadonlySet<string> = new Set(['himself', 'herself', 'who', 'whose']);

/** Tags of a word a name before it would modify rather than head. */
const MODIFIED_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'VERB', 'PROPN', 'NUM', 'ADV']);

/** Marks that join a name to the next word (`Mira/Tal scenes`, `Mira-style`): no head of its phrase. */
const JOINERS: ReadonlySet<string> = new Set(['/', '-', '‐', '‑', '&']);

/** Adjectives the walk back to a determiner passes over (`a powerful young Warlock`). */
const ADJECTIVE_REACH = 2;

/** One mention as this test reads it: its first and last word. */
export interface UseMention {
  first: number;
  last: number;
}

/** What the text says of one mention: someone, or one of the signs of a thing. */
interface MentionUse {
  someone: boolean;
  counted: boolean;
  place: boolean;
  power: boolean;
  /** After `the` or a counting determiner, past adjectives (`the last Warlock`). */
  determined: boolean;
  /** One word right before a lower-case common noun it modifies (`Shonen anime`, `Mormon missionaries`). */
  modifier: boolean;
}

/** What the words around mention `m` say of it. */
function readMention(ctx: NameContext, m: UseMention): MentionUse {
  const { words, pos } = ctx;
  const last = words[m.last] as Word;
  const next = words[m.last + 1];
  const nextLower = next && next.spaceBefore ? next.lower : '';
  const inSentence = (i: number): boolean => i >= 0 && !ctx.sentenceStarts.has((words[i + 1] as Word).start);
  const use: MentionUse = { someone: false, counted: false, place: false, power: false, determined: false, modifier: false };
  if (last.possessive) {
    use.someone = FAMILY_WORDS.has(nextLower) || BODY_NOUNS.has(nextLower);
    return use;
  }
  if (SPEECH_VERBS.has(nextLower) || PLOT_VERBS.has(nextLower) || SOMEONE_AFTER.has(nextLower) || introducedInStory(ctx, m)) {
    use.someone = true;
    return use;
  }
  // The head of its phrase (no content word after it that it would modify: `a Warlock-run town`,
  // `a Mira centred arc`), reached back over adjectives from a determiner.
  const afterGap = next ? ctx.input.view.slice(last.end, next.start) : '';
  const headed = !(next && (JOINERS.has(afterGap) || (!next.capitalised && afterGap === ' ' && MODIFIED_TAGS.has(pos[m.last + 1] ?? ''))));
  // Only words one space apart make one phrase (`First of all, X` is no `all X`).
  const spaced = (i: number): boolean => inSentence(i) && singleSpaced(ctx.input.view, (words[i] as Word).end, (words[i + 1] as Word).start);
  let k = m.first - 1;
  // The walk stops at a determiner the tagger calls an adjective (`my other favourite Warlock`).
  for (let hops = 0; hops < ADJECTIVE_REACH && spaced(k) && pos[k] === 'ADJ' && !(words[k] as Word).capitalised && !COUNTING_DETERMINERS.has((words[k] as Word).lower); hops++) k--;
  const before = spaced(k) ? (words[k] as Word) : undefined;
  // One word only: a full name after `a young` is someone seen at an age (`a young Mira Tal`).
  if (headed && m.first === m.last && before && COUNTING_DETERMINERS.has(before.lower)) use.counted = true;
  use.determined = use.counted || (headed && before?.lower === 'the');
  // A place preposition right before, or before `the`.
  const prep = before?.lower === 'the' && k === m.first - 1 && spaced(k - 1) ? words[k - 1] : k === m.first - 1 ? before : undefined;
  if (prep && PLACE_WORDS.has(prep.lower)) use.place = true;
  if (POWER_NOUNS.has(nextLower) && !next?.capitalised) use.power = true;
  // Only mid-sentence, where the capital marks a name, and before a word of three letters or more
  // (`Batman v Superman`, `Servant x Service` join two names); not before a body or kin noun, where
  // the apostrophe of a possessive was left out (`Miras life`).
  use.modifier =
    m.first === m.last && !ctx.sentenceStarts.has((words[m.first] as Word).start) && !!next && !next.capitalised && afterGap === ' ' &&
    pos[m.last + 1] === 'NOUN' && nextLower.length >= 3 && !SOMEONE_MODIFIED_NOUNS.has(nextLower) &&
    !BODY_NOUNS.has(nextLower) && !FAMILY_WORDS.has(nextLower);
  return use;
}

/**
 * The lower-case spellings of the capitalised words of the text that are no possessive (for plural
 * forms): a people's plural keeps its capital (`Warlocks`), while a family name that is also a
 * common word has a lower-case plural (`Stone` / `stones`), and `Knott's` is no plural of a `Knott`.
 */
export function allWordForms(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (w.capitalised && !w.possessive) out.add(w.lower);
  return out;
}

/**
 * True when the lone word `f` (lower case) stands beside its own plural in the text (`Warlock` /
 * `Warlocks`). Only from the singular: many family names end in `s` (`Williams`, `Knotts`), and a
 * possessive written without its apostrophe (`Johns plan`) looks like a plural.
 */
function hasPlural(f: string, forms: ReadonlySet<string>): boolean {
  if (f.length < 3 || f.endsWith('s')) return false;
  if (forms.has(`${f}s`) || forms.has(`${f}es`)) return true;
  return f.endsWith('y') && forms.has(`${f.slice(0, -1)}ies`);
}

/**
 * True when an entity is a place, a people, a rank or a power rather than someone, by the use of
 * all its mentions: never spoken of as someone (a speech or plot verb after it, `X himself`, `X's
 * mother`, `X's face`, `her cousin X`), and counted with a determiner at a third of its mentions
 * (`a Warlock`, `every Warlock`), or written beside its own plural and once after a determiner
 * (`the last Warlock` / `Warlocks`), or
 * after a place preposition at most mentions (`in the Hidden Village`, `across Stormhold`), or
 * there once and otherwise only before the nouns it sorts (`in Stormhold` … `the Stormhold scenes`), or naming
 * a kind of power at half of them (`Stormcraft users`), or, at two mentions or more, every one a lone
 * word mid-sentence before a common noun it sorts (`Shonen anime`, `Mormon missionaries`; not `the
 * X arc`, `the X brothers`, which a character's name takes too). A listed given name is never one.
 */
export function notSomeone(ctx: NameContext, forms: readonly string[], mentions: readonly UseMention[], wordForms: ReadonlySet<string>): boolean {
  const lowerForms = forms.map((f) => f.toLowerCase());
  if (lowerForms.some((f) => f.split(' ').some((w) => GIVEN_NAMES.has(w)))) return false;
  let counted = 0;
  let place = 0;
  let power = 0;
  let determined = 0;
  let modifier = 0;
  let placeHead = 0;
  for (const m of mentions) {
    const use = readMention(ctx, m);
    if (use.someone) return false;
    if (use.counted) counted++;
    if (use.place) place++;
    if (use.power) power++;
    if (use.determined) determined++;
    if (use.modifier) modifier++;
    if (use.place && !use.modifier) placeHead++;
  }
  const n = mentions.length;
  if (counted > 0 && counted * 3 >= n) return true;
  if (place * 2 > n || (power > 0 && power * 2 >= n)) return true;
  // A place is also written before the nouns it sorts (`in Kelthorne` … `the Kelthorne scenes`);
  // one place mention must head its phrase, for a villain names his own lair (`in Zorg castle`).
  if (placeHead > 0 && placeHead + modifier === n) return true;
  // A genre, a faith or a brand is written before the common noun it sorts (`Shonen anime`, `a
  // Shonen series`), never heading a phrase of its own as someone is.
  if (n >= 2 && modifier === n) return true;
  // A family takes a plural too (`the Marlowes`): the singular must also be used as a common noun.
  return determined > 0 && lowerForms.some((f) => !f.includes(' ') && hasPlural(f, wordForms));
}

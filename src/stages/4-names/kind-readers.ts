/**
 * Stage 4b, kind: the per-mention readers behind the kind features: which side of a casting
 * phrase a mention stands on, a story noun, family words, an appositive, quote marks, a list of
 * names. Each reads a bounded window of words around one mention.
 */
import {
  ACTOR_POSSESSIONS, ACTOR_VERBS, APPOSITIVE_PERSON_NOUNS, CHARACTER_NOUNS, FAMILY_WORDS, NAMING_WORDS, NON_CASTING_AS, NOT_CASTING_AFTER_AS, PART_NOUNS, PERFORMANCE_WORDS, PLAIN_PERSON_NOUNS, VOICED_PART_NOUNS,
  PERSON_WORK_WORDS, PLAYED_VERBS, PLAYS_VERBS, PLOT_VERBS, POSSESSIVE_PRONOUNS, STORY_POSSESSIONS,
} from '../../data/name-kind-features';
import { PLACES_AND_PEOPLES } from '../../data/not-names';
import { HERO_NAME_ENDS } from '../../data/alias-cues';
import { ACTOR_TITLES } from '../../data/casting-vocab';
import { HONORIFICS } from '../../data/honorifics';
import { POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS, THING_DETERMINERS } from '../../data/name-cue-words';
import { ROLE_NOUNS } from '../../data/role-words';
import { WORK_NOUNS } from '../../data/work-cues';
import { readsAsReport } from '../../text/voice';
import { WordSet, type Word } from '../../text/words';
import { breakBefore, gapBefore, lowerAt, type KindDocument, type KindMention } from './kind-document';

/** {@link PERFORMANCE_WORDS} with a cheap first test: read at every word near every mention, most of which fail it. */
export const PERFORMANCE = new WordSet(PERFORMANCE_WORDS);

/**
 * True when the `as` at word `k` closes an `as … as` comparison of one lower-case word (`as
 * talented as X`, `as big as X`, `as bad as leaving X out`): it measures the name against
 * something, and casts it as nothing.
 */
function closesComparison(doc: KindDocument, k: number): boolean {
  const compared = doc.words[k - 1];
  return compared !== undefined && !compared.capitalised && lowerAt(doc, k - 2) === 'as' && gapBefore(doc, k - 1) === ' ' && gapBefore(doc, k) === ' ';
}

/** Reads as the role of a casting phrase. */
export function characterSide(doc: KindDocument, m: KindMention): boolean {
  const b1 = lowerAt(doc, m.first - 1);
  const gap = gapBefore(doc, m.first);
  const plain = gap === ' ';
  // "as the long-suffering manager X": `as`, then up to three lower-case words.
  // "playing the harried officer X", "Playing real-life champ X": a casting verb, then up to
  // three lower-case words; the verb may open the sentence.
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) {
    const w = doc.words[k] as Word;
    // "played by X" is the actor's side.
    if (breakBefore(doc, k + 1) || w.lower === 'by') break;
    const opening = PLAYS_VERBS.has(w.lower) && doc.sentenceStarts.has(w.start);
    if (k < m.first - 1 && w.capitalised && !opening) break;
    if (w.lower === 'as') {
      if (!NON_CASTING_AS.has(lowerAt(doc, k - 1)) && !closesComparison(doc, k)) return true;
      break;
    }
    if (PLAYS_VERBS.has(w.lower) && k < m.first - 1) return true;
  }
  if (plain && PART_NOUNS.has(b1)) return true;
  // `a woman called X` brings in a part in a review, and a real person in a report.
  if (plain && NAMING_WORDS.has(b1) && !(PLAIN_PERSON_NOUNS.has(lowerAt(doc, m.first - 2)) && readsAsReport(doc.view))) return true;
  if (plain && b1 === 'of' && PART_NOUNS.has(lowerAt(doc, m.first - 2))) return true;
  if (plain && PLAYS_VERBS.has(b1)) return true;
  if (plain && PLAYS_VERBS.has(lowerAt(doc, m.first - 2)) && /^(?:the|a|an)$/.test(b1)) return true;
  // "X (Full Name)", "X, played by", "X who is played by". A country or nationality in the bracket
  // is a note on where someone is from (`A (Canada), B (Peru)`), no actor.
  const after = doc.words[m.last + 1];
  const afterGap = gapBefore(doc, m.last + 1);
  if (after && after.capitalised && afterGap.trim() === '(' && doc.words[m.last + 2]?.capitalised && !PLACES_AND_PEOPLES.has(after.lower)) return true;
  for (let k = m.last + 1; k <= m.last + 3; k++) {
    if (breakBefore(doc, k)) break;
    if (PLAYED_VERBS.has(lowerAt(doc, k)) && lowerAt(doc, k + 1) === 'by') return true;
  }
  return false;
}

/** Verbs whose object `as` describes ("see X as", "treats X as"): no casting. */
const REGARD_VERBS: ReadonlySet<string> = new Set([
  'see', 'sees', 'saw', 'seen', 'seeing', 'view', 'views', 'viewed', 'viewing', 'regard', 'regards', 'regarded', 'regarding',
  'treat', 'treats', 'treated', 'treating', 'consider', 'considers', 'considered', 'considering', 'imagine', 'imagines',
  'imagined', 'imagining', 'know', 'knows', 'knew', 'known', 'remember', 'remembers', 'remembered', 'describe', 'describes', 'described',
]);

/**
 * True when the `as` at word `k`, after a name, casts nothing: a word of
 * {@link NOT_CASTING_AFTER_AS} follows (`X as well as Y`, `X, as always,`, `X as if`), or one
 * lower-case word and a second `as` (`X, as unlikeable as ever,`), a comparison.
 */
function asCastsNothing(doc: KindDocument, k: number): boolean {
  const next = doc.words[k + 1];
  if (next === undefined || next.capitalised || gapBefore(doc, k + 1) !== ' ') return false;
  return NOT_CASTING_AFTER_AS.has(next.lower) || (lowerAt(doc, k + 2) === 'as' && gapBefore(doc, k + 2) === ' ');
}

/** Reads as the actor of a casting phrase. */
export function actorSide(doc: KindDocument, m: KindMention): boolean {
  const last = doc.words[m.last] as Word;
  const a1 = lowerAt(doc, m.last + 1);
  const afterGap = gapBefore(doc, m.last + 1);
  // "seeing X as the student" is how someone regards X, not a casting; "X as they join" opens a
  // clause of time ("as she leaves"), its subject a pronoun no casting has for a part; "X as well
  // as Y", "X, as always," join or aside.
  const noCasting = a1 === 'as' && (REGARD_VERBS.has(lowerAt(doc, m.first - 1)) || SUBJECT_PRONOUNS.has(lowerAt(doc, m.last + 2)) || asCastsNothing(doc, m.last + 1));
  if (!last.possessive && !noCasting && (afterGap === ' ' || afterGap === ', ') && ACTOR_VERBS.has(a1) && lowerAt(doc, m.last + 2) !== 'by') return true;
  if (last.possessive && (ACTOR_POSSESSIONS.has(a1) || ACTOR_POSSESSIONS.has(lowerAt(doc, m.last + 2)))) return true;
  // "played by X", "played brilliantly by the great X".
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    if (lowerAt(doc, k) !== 'by') continue;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (PLAYED_VERBS.has(lowerAt(doc, j))) return true;
  }
  // "Name (X)": alone in brackets after another name (after a descriptor, it is the character).
  // A part's other name there is no actor: a hero's title-name or a ranked form (`C (Iron Man)`,
  // `C (Queen Vell)`), which no actor is written as.
  const before = doc.words[m.first - 1];
  return gapBefore(doc, m.first).trim() === '(' && before !== undefined && doc.nameEnds.has(before.end) && gapBefore(doc, m.last + 1).trimStart().startsWith(')') && !partOtherName(doc, m);
}

/**
 * True when `m` is two words or more shaped as a part's name no actor is written as: its last word
 * a hero's title noun (`Iron Man`, `Wonder Woman`, {@link HERO_NAME_ENDS}), or its first a rank or
 * title ({@link HONORIFICS}) other than the courtesy titles actors are given ({@link ACTOR_TITLES}).
 */
function partOtherName(doc: KindDocument, m: KindMention): boolean {
  if (m.last <= m.first) return false;
  const first = (doc.words[m.first] as Word).lower.replace(/\.$/, '');
  if (HONORIFICS.has(first) && !ACTOR_TITLES.has(first)) return true;
  return HERO_NAME_ENDS.includes((doc.words[m.last] as Word).lower);
}

/** `X is the (adj) character/hero/villain`, `X, the hero`, `the villain X`. */
export function characterNoun(doc: KindDocument, m: KindMention): boolean {
  const b1 = doc.words[m.first - 1];
  if (b1 && !b1.capitalised && CHARACTER_NOUNS.has(b1.lower) && gapBefore(doc, m.first) === ' ') return true;
  if (characterPredicate(doc, m)) return true;
  return gapBefore(doc, m.last + 1).trim() === ',' && storyNounAt(doc, m.last + 2) !== undefined;
}

/** The noun of a story's part in the few words from word `from`, before any break or capitalised word, if any. */
function storyNounAt(doc: KindDocument, from: number): string | undefined {
  for (let k = from; k <= Math.min(doc.words.length - 1, from + 3); k++) {
    if (breakBefore(doc, k) || (doc.words[k] as Word).capitalised) return undefined;
    const w = lowerAt(doc, k);
    if (CHARACTER_NOUNS.has(w)) return w;
  }
  return undefined;
}

/** The mention is the subject of `is`/`was` with a story's part as its complement (`X is the best villain`). */
export function characterPredicate(doc: KindDocument, m: KindMention): boolean {
  const a1 = lowerAt(doc, m.last + 1);
  if (gapBefore(doc, m.last + 1).trim() !== '' || (a1 !== 'is' && a1 !== 'was')) return false;
  const noun = storyNounAt(doc, m.last + 2);
  return noun !== undefined && !VOICED_PART_NOUNS.has(noun);
}

/** Words before a story noun that make it the story's own part (`the heroine`, `our hero`, `the film's villain`). */
const PART_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'its', 'their', 'his', 'her']);

/** Marks between a story noun and the name it announces (`the protagonist: X`, `our hero - X`). */
const LEAD_MARKS: ReadonlySet<string> = new Set([': ', ' - ', ' – ', ' — ']);

/** How many describing words may stand between a part's determiner and its noun before a colon (`the main character: X`). */
const LEAD_MODIFIERS = 2;

/**
 * True when the story noun at word `noun` is the story's own: a part determiner or a possessive
 * before it, past at most {@link LEAD_MODIFIERS} lower-case words, in one phrase (`our main hero`,
 * `the show's villain`). `a` only classes, and a bare noun heads a list's line (`Best villain: X`).
 */
function partDetermined(doc: KindDocument, noun: number): boolean {
  for (let k = noun - 1; k >= Math.max(0, noun - 1 - LEAD_MODIFIERS); k--) {
    const w = doc.words[k];
    if (!w || breakBefore(doc, k + 1) || gapBefore(doc, k + 1) !== ' ') return false;
    if (PART_DETERMINERS.has(w.lower) || w.possessive) return true;
    if (w.capitalised && !doc.sentenceStarts.has(w.start)) return false;
  }
  return false;
}

/**
 * A story noun right before the name (`the main character X`, `the protagonist X`), or with its
 * determiner in apposition, the name alone between commas or before the sentence's end (`The
 * heroine, X, runs …`, `the film's villain, X.`), or announced by a colon or a spaced dash (`the
 * protagonist: X`, `our hero - X`): the noun names the part, and the name is that
 * part. Without the closing mark the comma only ends a phrase (`Like the hero, X plays …`); a name
 * with a casting verb right after it plays the part the noun names (`any character X plays`).
 */
export function characterNounBefore(doc: KindDocument, m: KindMention): boolean {
  const noun = doc.words[m.first - 1];
  if (!noun || (noun.capitalised && !doc.sentenceStarts.has(noun.start)) || !CHARACTER_NOUNS.has(noun.lower)) return false;
  // The name that plays the part after the noun is the actor's (`any character X plays`, `the
  // character X played in`): the noun is the object of the name's verb, not its description. A
  // verb with an object of its own tells the story (`the heroine X plays the piano`).
  const after = lowerAt(doc, m.last + 2);
  if (gapBefore(doc, m.last + 1) === ' ' && PLAYS_VERBS.has(lowerAt(doc, m.last + 1)) && after !== 'by' && !THING_DETERMINERS.has(after) && !POSSESSIVE_DETERMINERS.has(after)) return false;
  const gap = gapBefore(doc, m.first);
  if (gap === ' ') return !noun.capitalised;
  if (LEAD_MARKS.has(gap)) return !VOICED_PART_NOUNS.has(noun.lower) && partDetermined(doc, m.first - 1);
  if (gap !== ', ') return false;
  const det = doc.words[m.first - 2];
  if (!det || !(PART_DETERMINERS.has(det.lower) || det.possessive) || breakBefore(doc, m.first - 1)) return false;
  if ((doc.words[m.last] as Word).possessive) return false;
  const close = gapBefore(doc, m.last + 1).trim();
  return close === ',' || breakBefore(doc, m.last + 1);
}

/** Family words around a mention, or a story's life after its possessive (`X's powers`, `X's new powers`). */
export function family(doc: KindDocument, m: KindMention): boolean {
  const b1 = lowerAt(doc, m.first - 1);
  if (FAMILY_WORDS.has(b1) && (POSSESSIVE_PRONOUNS.has(lowerAt(doc, m.first - 2)) || POSSESSIVE_PRONOUNS.has(lowerAt(doc, m.first - 3)))) return true;
  const last = doc.words[m.last] as Word;
  if (last.possessive && FAMILY_WORDS.has(lowerAt(doc, m.last + 1))) return true;
  if (last.possessive && (STORY_POSSESSIONS.has(lowerAt(doc, m.last + 1)) || (STORY_POSSESSIONS.has(lowerAt(doc, m.last + 2)) && !breakBefore(doc, m.last + 2)))) return true;
  // "X, her husband".
  return gapBefore(doc, m.last + 1).trim() === ',' && POSSESSIVE_PRONOUNS.has(lowerAt(doc, m.last + 1)) && FAMILY_WORDS.has(lowerAt(doc, m.last + 2));
}

/** A plot verb (of `verbs`) right after a mention, past one `-ly` adverb (`X kills`, `X finally escapes`). */
export function plotVerbAfter(doc: KindDocument, m: KindMention, verbs: ReadonlySet<string> = PLOT_VERBS): boolean {
  if ((doc.words[m.last] as Word).possessive) return false;
  const afterGap = gapBefore(doc, m.last + 1);
  if (afterGap !== ' ') return false;
  let a = m.last + 1;
  if (lowerAt(doc, a).endsWith('ly')) a++;
  return verbs.has(lowerAt(doc, a));
}

/** Words of an appositive that make it about a real person's work, not a part in a story. */
const isWorkWord = (lower: string): boolean => PERFORMANCE_WORDS.has(lower) || ROLE_NOUNS.has(lower) || PERSON_WORK_WORDS.has(lower);

/** How many words an appositive may have to count. */
const APPOSITIVE_WORDS = 6;

/**
 * The word span of an appositive after mention `m` (`X, a retired boxer …`): `[from, to)` past its
 * determiner, up to a break or a comma and at most {@link APPOSITIVE_WORDS} words; null when there
 * is none or a word of acting, making or a work is in it.
 */
function appositiveSpan(doc: KindDocument, m: KindMention): readonly [number, number] | null {
  if ((doc.words[m.last] as Word).possessive || gapBefore(doc, m.last + 1) !== ', ') return null;
  const det = lowerAt(doc, m.last + 1);
  if (det !== 'a' && det !== 'an' && det !== 'the') return null;
  const from = m.last + 2;
  let k = from;
  for (; k < doc.words.length && k - from < APPOSITIVE_WORDS; k++) {
    if (breakBefore(doc, k) || gapBefore(doc, k).includes(',')) break;
    if (isWorkWord(lowerAt(doc, k))) return null;
  }
  return k > from ? [from, k] : null;
}

/** `X, a retired boxer …`: an appositive with no word of acting, making or a work in it. */
export function describedAppositive(doc: KindDocument, m: KindMention): boolean {
  return appositiveSpan(doc, m) !== null;
}

/** `X, a woman from …`, `X, a shy young boy who …`: a {@link describedAppositive} naming someone by age, sex or lot alone. */
export function personAppositive(doc: KindDocument, m: KindMention): boolean {
  const span = appositiveSpan(doc, m);
  if (!span) return false;
  for (let k = span[0]; k < span[1]; k++) if (APPOSITIVE_PERSON_NOUNS.has(lowerAt(doc, k))) return true;
  return false;
}

/** The mention is wrapped in a pair of quote marks. */
export function quoted(doc: KindDocument, m: KindMention): boolean {
  // Compared as code units (-1 outside the text), so every read stays in bounds and no compare
  // meets a character string of another width: " “ ” ' ‘ ’.
  const { view } = doc;
  const end = (doc.words[m.last] as Word).end;
  const open = m.start > 0 ? view.charCodeAt(m.start - 1) : -1;
  const close = end < view.length ? view.charCodeAt(end) : -1;
  return (open === 34 && close === 34) || (open === 0x201c && close === 0x201d) || (open === 39 && (close === 39 || close === 0x2019)) || (open === 0x2018 && close === 0x2019);
}

/** A separator of a list of names and a capitalised word beyond it, before (`A, X`) or after (`X and B`). */
export function listed(doc: KindDocument, m: KindMention, before: boolean): boolean {
  const at = before ? m.first : m.last + 1;
  const gap = gapBefore(doc, at).trim();
  if (gap === ',' || gap === '&') {
    const other = doc.words[before ? m.first - 1 : m.last + 1];
    return other?.capitalised === true;
  }
  const word = before ? m.first - 1 : m.last + 1;
  if (lowerAt(doc, word) !== 'and') return false;
  return doc.words[before ? word - 1 : word + 1]?.capitalised === true;
}

/** How many words may stand between `a` and the naming word in {@link namedIntroduced} (`a fifteen year old boy named X`). */
const INTRODUCTION_WORDS = 4;

/**
 * The mention is introduced as a new someone of the story: `a young boy named X`, `an orphan
 * called X`. A review brings in a part so; it brings in a real person by trade or by name, and a
 * trade before the naming word (`an actor named X`, `a director called X`) or a work noun (`a
 * show called X`) is left out. Only after `a`/`an`: after a determiner or a possessive the naming
 * word may be a verb (`his agent called X`, `the judges named X`).
 */
export function namedIntroduced(doc: KindDocument, m: KindMention): boolean {
  if (gapBefore(doc, m.first) !== ' ' || !NAMING_WORDS.has(lowerAt(doc, m.first - 1))) return false;
  const noun = lowerAt(doc, m.first - 2);
  if (ROLE_NOUNS.has(noun) || PERFORMANCE_WORDS.has(noun) || WORK_NOUNS.has(noun)) return false;
  for (let k = m.first - 2; k >= Math.max(0, m.first - 2 - INTRODUCTION_WORDS); k--) {
    if (breakBefore(doc, k + 1) || gapBefore(doc, k + 1).includes(',')) return false;
    const w = lowerAt(doc, k);
    if (w === 'a' || w === 'an') return k < m.first - 2;
  }
  return false;
}

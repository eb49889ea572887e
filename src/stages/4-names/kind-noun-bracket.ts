/**
 * Stage 4b, kind: a full name in brackets right after a common noun phrase of the story
 * (`a judge (X)`, `his son (X)`, `her demanding fiance (X)`).
 */
import { isListedFirstName } from '../../text/listed-first-name';
import { POSSESSIVE_DETERMINERS, RELATIVE_OPENERS } from '../../data/name-cue-words';
import type { Word } from '../../text/words';
import { breakBefore, gapBefore, lowerAt, type KindDocument, type KindMention } from './kind-document';

/** How many modifiers may stand between a noun phrase's determiner and its noun (`a tempestuous, bullying captain`). */
const MAX_MODIFIERS = 4;

/** Parts of speech a modifier inside a noun phrase has (`a young man`, `the local sheriff`, `a very old man`, `the third buddy`). */
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'ADV', 'NUM']);

/** True when word `k` is a participle used as a modifier (`a gun-toting raccoon`, `her deceased wife`). */
function participle(doc: KindDocument, k: number): boolean {
  const lower = lowerAt(doc, k);
  return doc.pos[k] === 'VERB' && (lower.endsWith('ing') || lower.endsWith('ed'));
}

/** How far before a noun phrase's lead a relative pronoun makes it the object of a relative clause (`who had made the virus`). */
const RELATIVE_REACH = 3;

/**
 * The word number of the determiner or possessive that leads a noun phrase headed by word `i`, a
 * lower-case common noun (`the mobster`, `his sidekick`, `Spencer's grandfather`), read back over
 * a few modifiers with no sentence break between; -1 when word `i` heads no such phrase. A
 * capitalised word breaks the phrase: `the Norse god` is already a name's place.
 */
export function nounPhraseLead(doc: KindDocument, i: number): number {
  const noun = doc.words[i];
  if (!noun || noun.capitalised || doc.pos[i] !== 'NOUN') return -1;
  for (let k = i - 1; k >= Math.max(0, i - 1 - MAX_MODIFIERS); k--) {
    const w = doc.words[k] as Word;
    if (breakBefore(doc, k + 1)) return -1;
    const gap = gapBefore(doc, k + 1);
    // A comma only parts two modifiers (`a tempestuous, bullying captain`), never a phrase from its noun.
    if (gap !== ' ' && (gap !== ', ' || k === i - 1)) return -1;
    if (w.possessive) return k;
    if (doc.pos[k] === 'DET' || POSSESSIVE_DETERMINERS.has(w.lower)) return !w.capitalised || doc.sentenceStarts.has(w.start) ? k : -1;
    if (w.capitalised || (!MODIFIER_POS.has(doc.pos[k] ?? '') && !participle(doc, k))) return -1;
  }
  return -1;
}

/**
 * True when mention `m` is a full name, its first word a listed given name, alone in brackets
 * right after a common noun phrase (`a judge (Ann Lee)`). A review that describes a part by a
 * common noun brackets its actor there, as a cast list does after a part's name; the caller still
 * asks whether the text names the part by that given name elsewhere.
 */
export function nounBracketed(doc: KindDocument, m: KindMention): boolean {
  if (m.honorific || m.first === m.last || m.characterCue) return false;
  const gap = gapBefore(doc, m.first);
  if (gap !== '(' && gap !== ' (') return false;
  if (doc.view[(doc.words[m.last] as Word).end] !== ')') return false;
  if (!isListedFirstName(lowerAt(doc, m.first))) return false;
  const lead = nounPhraseLead(doc, m.first - 1);
  return lead >= 0 && !relativeObject(doc, lead);
}

/**
 * True when the noun phrase led by word `lead` is the object of a relative clause (`the scientist
 * who made the virus (X)`): a bracket after it may name the clause's head as well as the object,
 * so it tells nothing.
 */
function relativeObject(doc: KindDocument, lead: number): boolean {
  for (let k = lead - 1; k >= Math.max(0, lead - RELATIVE_REACH); k--) {
    if (breakBefore(doc, k + 1)) return false;
    if (RELATIVE_OPENERS.has(lowerAt(doc, k))) return true;
  }
  return false;
}

/**
 * Stage 4b, kind: the evidence features of one entity and the learned model that weighs them
 * (character or real person). Every feature reads a few words around each mention: no pass over
 * the whole text per entity.
 */
import { isListedFirstName } from './context';
import { HONORIFICS } from '../../data/honorifics';
import {
  ACTOR_POSSESSIONS, ACTOR_VERBS, CHARACTER_NOUNS, FAMILY_WORDS, KIND_FEATURES, NAMING_WORDS, NON_CASTING_AS, OFFICE_NOUNS, PART_NOUNS, PERFORMANCE_WORDS,
  PERSON_WORK_WORDS, PLAYED_VERBS, PLAYS_VERBS, PLOT_VERBS, POSSESSIVE_PRONOUNS, THIRD_PERSON_PRONOUNS,
} from '../../data/name-kind-features';
import { NAME_KIND_WEIGHTS } from '../../data/name-kind-weights';
import { DESCRIPTOR_NOUNS, ROLE_NOUNS } from '../../data/role-words';
import { SPEECH_VERBS } from '../../data/speech-verbs';
import { readsAsReport } from '../../text/voice';
import { WordSet, type Word } from '../../text/words';

/** One mention of an entity as the names stage found it: words `first..last` and what its cues recorded. */
export interface KindMention {
  first: number;
  last: number;
  start: number;
  /** The first word is a title joined to the name (`Mrs. Lift`). */
  honorific: boolean;
  /** A casting cue made this mention the role side. */
  characterCue: boolean;
  /** A casting cue made this mention the actor side. */
  actorCue: boolean;
  /** A cue gave this mention a crew role. */
  crewCue: boolean;
  /** The mention is one hyphenated given name (`Cheong-San`). */
  hyphenatedGiven: boolean;
  /** The mention is a romanised given name written in two words (`Su Hyuk`, `Cheong San`), not a full name. */
  givenApart: boolean;
}

/** What the features read of the document. */
export interface KindDocument {
  view: string;
  words: readonly Word[];
  /** Offsets where a sentence's first word starts. */
  sentenceStarts: ReadonlySet<number>;
  /** The text reads as news (third person). */
  news: boolean;
  /** Offsets where a name mention ends (of any entity). */
  nameEnds: ReadonlySet<number>;
}

/** How far the nearby-word features look, in words. */
const NEAR_WORDS = 6;
/** How far the same-sentence features look, in words (a sentence can be a whole paragraph). */
const SENTENCE_WORDS = 25;
/** How far the pronoun feature looks, in words. */
const PRONOUN_WORDS = 10;

const INDEX: Readonly<Record<string, number>> = Object.fromEntries(KIND_FEATURES.map((f, i) => [f, i]));
const WEIGHTS: readonly number[] = KIND_FEATURES.map((f) => NAME_KIND_WEIGHTS.weights[f]);

/** The text between word `i - 1` and word `i` (from the text's start for the first word). */
function gapBefore(doc: KindDocument, i: number): string {
  const w = doc.words[i];
  if (!w) return '';
  return doc.view.slice(i > 0 ? (doc.words[i - 1] as Word).end : 0, w.start);
}

/** True when a sentence mark or line break stands between word `i - 1` and word `i` (no string made). */
function breakBefore(doc: KindDocument, i: number): boolean {
  const w = doc.words[i];
  if (!w) return true;
  const { view } = doc;
  for (let k = i > 0 ? (doc.words[i - 1] as Word).end : 0; k < w.start; k++) {
    const c = view.charCodeAt(k);
    // . ! ? ; and a line break
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return true;
  }
  return false;
}

/** Lower-case word `i`, or '' outside the text. */
const lowerAt = (doc: KindDocument, i: number): string => doc.words[i]?.lower ?? '';

/**
 * How many words from the mention the nearest set word stands, looking at most `n` words either
 * way without crossing a sentence break; Infinity when none does.
 */
function nearestWord(doc: KindDocument, m: KindMention, n: number, set: { has(lower: string): boolean }): number {
  let best = Infinity;
  for (let k = m.first - 1; k >= Math.max(0, m.first - n); k--) {
    if (breakBefore(doc, k + 1)) break;
    if (set.has(lowerAt(doc, k))) {
      best = m.first - k;
      break;
    }
  }
  for (let k = m.last + 1; k <= Math.min(doc.words.length - 1, m.last + Math.min(n, best - 1)); k++) {
    if (breakBefore(doc, k)) break;
    if (set.has(lowerAt(doc, k))) return k - m.last;
  }
  return best;
}

/** {@link PERFORMANCE_WORDS} with a cheap first test: read at every word near every mention, most of which fail it. */
const PERFORMANCE = new WordSet(PERFORMANCE_WORDS);

/** Reads as the role of a casting phrase. */
function characterSide(doc: KindDocument, m: KindMention): boolean {
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
      if (!NON_CASTING_AS.has(lowerAt(doc, k - 1))) return true;
      break;
    }
    if (PLAYS_VERBS.has(w.lower) && k < m.first - 1) return true;
  }
  if (plain && (NAMING_WORDS.has(b1) || PART_NOUNS.has(b1))) return true;
  if (plain && b1 === 'of' && PART_NOUNS.has(lowerAt(doc, m.first - 2))) return true;
  if (plain && PLAYS_VERBS.has(b1)) return true;
  if (plain && PLAYS_VERBS.has(lowerAt(doc, m.first - 2)) && /^(?:the|a|an)$/.test(b1)) return true;
  // "X (Full Name)", "X, played by", "X who is played by".
  const after = doc.words[m.last + 1];
  const afterGap = gapBefore(doc, m.last + 1);
  if (after && after.capitalised && afterGap.trim() === '(' && doc.words[m.last + 2]?.capitalised) return true;
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

/** Reads as the actor of a casting phrase. */
function actorSide(doc: KindDocument, m: KindMention): boolean {
  const last = doc.words[m.last] as Word;
  const a1 = lowerAt(doc, m.last + 1);
  const afterGap = gapBefore(doc, m.last + 1);
  // "seeing X as the student" is how someone regards X, not a casting.
  const regarded = a1 === 'as' && REGARD_VERBS.has(lowerAt(doc, m.first - 1));
  if (!last.possessive && !regarded && (afterGap === ' ' || afterGap === ', ') && ACTOR_VERBS.has(a1) && lowerAt(doc, m.last + 2) !== 'by') return true;
  if (last.possessive && (ACTOR_POSSESSIONS.has(a1) || ACTOR_POSSESSIONS.has(lowerAt(doc, m.last + 2)))) return true;
  // "played by X", "played brilliantly by the great X".
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    if (lowerAt(doc, k) !== 'by') continue;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (PLAYED_VERBS.has(lowerAt(doc, j))) return true;
  }
  // "Name (X)": alone in brackets after another name (after a descriptor, it is the character).
  const before = doc.words[m.first - 1];
  return gapBefore(doc, m.first).trim() === '(' && before !== undefined && doc.nameEnds.has(before.end) && gapBefore(doc, m.last + 1).trimStart().startsWith(')');
}

/** `X is the (adj) character/hero/villain`, `X, the hero`, `the villain X`. */
function characterNoun(doc: KindDocument, m: KindMention): boolean {
  const b1 = doc.words[m.first - 1];
  if (b1 && !b1.capitalised && CHARACTER_NOUNS.has(b1.lower) && gapBefore(doc, m.first) === ' ') return true;
  const a1 = lowerAt(doc, m.last + 1);
  const gap = gapBefore(doc, m.last + 1).trim();
  if (!((gap === '' && (a1 === 'is' || a1 === 'was')) || gap === ',')) return false;
  for (let k = m.last + 2; k <= Math.min(doc.words.length - 1, m.last + 5); k++) {
    if (breakBefore(doc, k) || (doc.words[k] as Word).capitalised) return false;
    if (CHARACTER_NOUNS.has(lowerAt(doc, k))) return true;
  }
  return false;
}

/** Family words around a mention. */
function family(doc: KindDocument, m: KindMention): boolean {
  const b1 = lowerAt(doc, m.first - 1);
  if (FAMILY_WORDS.has(b1) && (POSSESSIVE_PRONOUNS.has(lowerAt(doc, m.first - 2)) || POSSESSIVE_PRONOUNS.has(lowerAt(doc, m.first - 3)))) return true;
  const last = doc.words[m.last] as Word;
  if (last.possessive && FAMILY_WORDS.has(lowerAt(doc, m.last + 1))) return true;
  // "X, her husband".
  return gapBefore(doc, m.last + 1).trim() === ',' && POSSESSIVE_PRONOUNS.has(lowerAt(doc, m.last + 1)) && FAMILY_WORDS.has(lowerAt(doc, m.last + 2));
}

/** Words of an appositive that make it about a real person's work, not a part in a story. */
const isWorkWord = (lower: string): boolean => PERFORMANCE_WORDS.has(lower) || ROLE_NOUNS.has(lower) || PERSON_WORK_WORDS.has(lower);

/** How many words an appositive may have to count. */
const APPOSITIVE_WORDS = 6;

/** `X, a retired boxer …`: an appositive with no word of acting, making or a work in it. */
function describedAppositive(doc: KindDocument, m: KindMention): boolean {
  if ((doc.words[m.last] as Word).possessive || gapBefore(doc, m.last + 1) !== ', ') return false;
  const det = lowerAt(doc, m.last + 1);
  if (det !== 'a' && det !== 'an' && det !== 'the') return false;
  let n = 0;
  for (let k = m.last + 2; k < doc.words.length && n < APPOSITIVE_WORDS; k++, n++) {
    if (breakBefore(doc, k) || gapBefore(doc, k).includes(',')) break;
    if (isWorkWord(lowerAt(doc, k))) return false;
  }
  return n > 0;
}

/** The mention is wrapped in a pair of quote marks. */
function quoted(doc: KindDocument, m: KindMention): boolean {
  const open = doc.view[m.start - 1];
  const close = doc.view[(doc.words[m.last] as Word).end];
  return (open === '"' && close === '"') || (open === '“' && close === '”') || (open === "'" && (close === "'" || close === '’')) || (open === '‘' && close === '’');
}

/** A separator of a list of names and a capitalised word beyond it, before (`A, X`) or after (`X and B`). */
function listed(doc: KindDocument, m: KindMention, before: boolean): boolean {
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

/**
 * The feature vector of one entity from its mentions, in {@link KIND_FEATURES} order.
 * `mentions` are in document order.
 */
export function kindFeatures(doc: KindDocument, mentions: readonly KindMention[]): number[] {
  const x = new Array<number>(KIND_FEATURES.length).fill(0);
  const set = (f: string): void => {
    x[INDEX[f] as number] = 1;
  };
  const firsts = new Set<string>();
  const lasts = new Set<string>();
  const alone = new Set<string>();
  let sentenceInitial = true;
  let first = '';
  let givenShaped = true;
  let titledOnly = true;
  for (const m of mentions) {
    const core = m.honorific ? m.first + 1 : m.first;
    if (core < m.last && !m.givenApart) {
      set('multiWord');
      firsts.add(lowerAt(doc, core));
      lasts.add(lowerAt(doc, m.last));
      first ||= lowerAt(doc, core);
    } else {
      alone.add(lowerAt(doc, m.last));
      if (!m.hyphenatedGiven && !m.givenApart && !isListedFirstName(lowerAt(doc, m.last))) givenShaped = false;
    }
    const beforeGap = gapBefore(doc, m.first);
    const before = doc.words[m.first - 1];
    // A descriptor before a bracket reads as a cast list's part (`English Teacher (X)`) whatever
    // the noun; an office noun before a bare name is how news names real people too.
    if (before && DESCRIPTOR_NOUNS.has(before.lower) && /^ ?\(? ?$/.test(beforeGap)) set(OFFICE_NOUNS.has(before.lower) && !beforeGap.includes('(') ? 'officeBefore' : 'descriptorBefore');
    if (!m.honorific || m.last !== m.first + 1) titledOnly = false;
    if (m.characterCue) set('characterCue');
    if (m.actorCue) set('actorCue');
    if (m.crewCue) set('crewCue');
    const b1 = doc.words[m.first - 1];
    if (m.honorific || (b1 && b1.capitalised && HONORIFICS.has(b1.lower) && gapBefore(doc, m.first).length <= 2)) set('honorific');
    if (characterSide(doc, m)) set('characterSide');
    if (actorSide(doc, m)) set('actorSide');
    if (family(doc, m)) set('family');
    const lastWord = doc.words[m.last] as Word;
    const afterGap = gapBefore(doc, m.last + 1);
    let a = m.last + 1;
    if (lowerAt(doc, a).endsWith('ly') && afterGap === ' ') a++;
    if (!lastWord.possessive && afterGap === ' ' && PLOT_VERBS.has(lowerAt(doc, a))) set('plotVerbAfter');
    if ((!lastWord.possessive && (afterGap === ' ' || afterGap === ', ') && SPEECH_VERBS.has(lowerAt(doc, m.last + 1))) || (beforeGap === ' ' && SPEECH_VERBS.has(lowerAt(doc, m.first - 1)) && !NAMING_WORDS.has(lowerAt(doc, m.first - 1)))) set('speechVerb');
    for (let k = m.last + 1; k <= Math.min(doc.words.length - 1, m.last + PRONOUN_WORDS); k++) {
      if (breakBefore(doc, k)) break;
      if (THIRD_PERSON_PRONOUNS.has(lowerAt(doc, k))) {
        set('pronounAfter');
        break;
      }
    }
    const trimmedAfter = afterGap.trimStart();
    if (beforeGap.trimEnd().endsWith('(') && (trimmedAfter.startsWith(')') || trimmedAfter.startsWith(','))) set('inBrackets');
    if (listed(doc, m, true) && listed(doc, m, false)) set('nameList');
    const a1 = lowerAt(doc, m.last + 1);
    if (lastWord.possessive && (PERSON_WORK_WORDS.has(a1) || PERSON_WORK_WORDS.has(lowerAt(doc, m.last + 2)))) set('possessiveWork');
    if (!lastWord.possessive && afterGap === ' ' && PERSON_WORK_WORDS.has(a1)) {
      set('workNounAfter');
      if (/^(?:a|an|the|every|his|her|this|that)$/.test(lowerAt(doc, m.first - 1))) set('possessiveWork');
    }
    const b2 = lowerAt(doc, m.first - 2);
    if (ROLE_NOUNS.has(lowerAt(doc, m.first - 1)) || (ROLE_NOUNS.has(b2) && !breakBefore(doc, m.first) && !breakBefore(doc, m.first - 1))) set('roleNounNear');
    if (afterGap.trim() === ',' && /^(?:the|a|an)$/.test(a1) && (ROLE_NOUNS.has(lowerAt(doc, m.last + 2)) || ROLE_NOUNS.has(lowerAt(doc, m.last + 3)))) set('roleNounNear');
    if (characterNoun(doc, m)) set('characterNounNear');
    if (describedAppositive(doc, m)) set('describedAppositive');
    if (quoted(doc, m)) set('quotedName');
    const performance = nearestWord(doc, m, SENTENCE_WORDS, PERFORMANCE);
    if (performance <= NEAR_WORDS) set('performanceNear');
    if (performance <= SENTENCE_WORDS) set('performanceSentence');
    if (!doc.sentenceStarts.has(m.start)) sentenceInitial = false;
  }
  for (const w of alone) {
    if (firsts.has(w)) set('firstAlone');
    if (lasts.has(w)) set('surnameAlone');
  }
  if (titledOnly && mentions.length > 0) set('titledOnly');
  if (mentions.length >= 2) set('twoMentions');
  x[INDEX.logMentions as number] = Math.log(1 + mentions.length);
  if (sentenceInitial && mentions.length > 0) set('sentenceInitialOnly');
  const m0 = mentions[0];
  if (!first && m0) first = lowerAt(doc, m0.honorific ? m0.first + 1 : m0.first);
  if (isListedFirstName(first)) set('givenName');
  if (doc.news) set('newsVoice');
  if (mentions.length > 0 && readsAsReport(doc.view)) set('reportedNews');
  if (givenShaped && firsts.size === 0 && mentions.length > 0) set('loneGivenName');
  return x;
}

/**
 * Sets the document-wide feature on every entity's vector once all are read: how many of the
 * other names read as characters.
 */
export function addDocumentFeatures(vectors: readonly number[][]): void {
  const role = ['loneGivenName', 'characterCue', 'characterSide'].map((f) => INDEX[f] as number);
  const isRole = (x: readonly number[]): number => (role.some((i) => x[i] === 1) ? 1 : 0);
  let roles = 0;
  for (const x of vectors) roles += isRole(x);
  for (const x of vectors) {
    x[INDEX.charactersAround as number] = vectors.length > 1 ? (roles - isRole(x)) / (vectors.length - 1) : 0;
  }
}

/**
 * True when explicit evidence settles the kind without the model: a descriptor noun right before
 * a mention or its bracket (`the pregnant girl (X)`, `English Teacher (X)`, `his wife Mary`), or a
 * name the text only ever gives with a title (`Professor Donner`, never `Anna Donner`) and never
 * with an actor's or crew cue. Reviews call characters by title and actors by their names; the
 * training reviews have too few titled characters for the model to learn it among its features.
 */
export function settledAsCharacter(x: readonly number[]): boolean {
  if (x[INDEX.descriptorBefore as number] === 1) return true;
  return x[INDEX.titledOnly as number] === 1 && x[INDEX.actorCue as number] === 0 && x[INDEX.actorSide as number] === 0 && x[INDEX.crewCue as number] === 0;
}

/** Features that tell a part in a story even in a news report: a casting cue or side, a story noun, quote marks. */
const PART_EVIDENCE = ['characterCue', 'characterSide', 'characterNounNear', 'quotedName'].map((f) => INDEX[f] as number);

/**
 * True when a report settles the kind as a real person: the text reads as news and reports
 * speech, and nothing says the name is a part in a story. A report is about real people, and
 * names them with titles and kin words too (`Mr Pande`, `his son Stephen`); only a descriptor
 * before a bracket (`English Teacher (X)`) reads as a cast list there. The reviews the model
 * learns from are not reports, so it cannot weigh this itself.
 */
export function settledAsPerson(x: readonly number[]): boolean {
  if (x[INDEX.reportedNews as number] !== 1 || PART_EVIDENCE.some((i) => x[i] === 1)) return false;
  return !(x[INDEX.descriptorBefore as number] === 1 && x[INDEX.inBrackets as number] === 1);
}

/**
 * An entity's kind and the probability that it is right: settled by explicit evidence, else by the
 * model. A report's person keeps the model's probability when the model agrees, else an even one:
 * the kind then comes from the text's voice alone.
 */
export function decideKind(x: readonly number[]): { kind: 'character' | 'person'; confidence: number } {
  const p = personProbability(x);
  if (settledAsPerson(x)) return { kind: 'person', confidence: Math.max(p, 0.5) };
  if (settledAsCharacter(x)) return { kind: 'character', confidence: NAME_KIND_WEIGHTS.settledCharacter };
  return p >= 0.5 ? { kind: 'person', confidence: p } : { kind: 'character', confidence: 1 - p };
}

/** The model's probability that an entity with features `x` is a real person (one dot product). */
export function personProbability(x: readonly number[]): number {
  let z = NAME_KIND_WEIGHTS.bias;
  for (let i = 0; i < WEIGHTS.length; i++) z += (WEIGHTS[i] as number) * (x[i] as number);
  return 1 / (1 + Math.exp(-z));
}

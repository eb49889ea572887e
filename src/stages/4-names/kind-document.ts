/**
 * Stage 4b, kind: what the kind features read of a text and of one entity's mention, and the
 * word-level readers every feature is built on (the gap before a word, a sentence break, the
 * nearest word of a set). Each reads a few words around one spot: no pass over the whole text.
 */
import type { Word } from '../../text/words';

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
  /** The part of speech of each word's first token (`''` when none is known). */
  pos: readonly string[];
  /** Offsets where a sentence's first word starts. */
  sentenceStarts: ReadonlySet<number>;
  /** The text reads as news (third person). */
  news: boolean;
  /** Offsets where a name mention ends (of any entity). */
  nameEnds: ReadonlySet<number>;
  /** Indices of the words inside a name mention (of any entity). */
  nameWords: ReadonlySet<number>;
  /** The text's own words say it is about animation (anime, manga, cartoons). */
  animation: boolean;
  /** A casting cue of the text ties an actor to a part (`X as Y`, `Y (X)`, `Y, played by X`). */
  casts: boolean;
  /** 1 at every offset inside a work mention. */
  workMask: Uint8Array;
}

/** The text between word `i - 1` and word `i` (from the text's start for the first word). */
export function gapBefore(doc: KindDocument, i: number): string {
  const w = doc.words[i];
  if (!w) return '';
  return doc.view.slice(i > 0 ? (doc.words[i - 1] as Word).end : 0, w.start);
}

/** True when a sentence mark or line break stands between word `i - 1` and word `i` (no string made). */
export function breakBefore(doc: KindDocument, i: number): boolean {
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
export const lowerAt = (doc: KindDocument, i: number): string => doc.words[i]?.lower ?? '';

/** True when word `i` is inside a work mention: a word of a title (`Star Wars`), not of the text's own words. */
export function inWork(doc: KindDocument, i: number): boolean {
  const w = doc.words[i];
  return w !== undefined && doc.workMask[w.start] === 1;
}

/**
 * How many words from the mention the nearest set word stands, looking at most `n` words either
 * way without crossing a sentence break; Infinity when none does. With `outsideWorks`, a word of a
 * work's title or of another name does not count (`Star Wars` holds no star, `A Star Is Born`
 * none either, and `Oscar Isaac` no award).
 */
export function nearestWord(doc: KindDocument, m: KindMention, n: number, set: { has(lower: string): boolean }, outsideWorks = false): number {
  const counts = (k: number): boolean => set.has(lowerAt(doc, k)) && !(outsideWorks && (inWork(doc, k) || doc.nameWords.has(k)));
  let best = Infinity;
  for (let k = m.first - 1; k >= Math.max(0, m.first - n); k--) {
    if (breakBefore(doc, k + 1)) break;
    if (counts(k)) {
      best = m.first - k;
      break;
    }
  }
  for (let k = m.last + 1; k <= Math.min(doc.words.length - 1, m.last + Math.min(n, best - 1)); k++) {
    if (breakBefore(doc, k)) break;
    if (counts(k)) return k - m.last;
  }
  return best;
}

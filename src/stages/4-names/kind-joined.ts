/**
 * Stage 4b, kind: the features read between entities: a name joined to another in a list or a
 * match-up (`X and Y`, `X vs Y`, `X, Y`) takes the other's kind as evidence, since a text lists
 * characters with characters and actors with actors. The other's kind is what the model makes of
 * its own evidence, read before any joined feature is set, so the order of entities does not
 * count; only a kind the model is sure of is passed on. Since the features then depend on the
 * weights, the fitting script sets them again with each round's weights until the weights
 * reproduce themselves.
 */
import { JOINING_WORDS } from '../../data/name-kind-features';
import { decideKindWith, type KindModel } from './kind-decision';
import { gapBefore, lowerAt, type KindDocument, type KindMention } from './kind-document';
import { FEATURE_INDEX } from './kind-features';

/** How sure the model must be of the other name's kind for the join to count: a guess passed on is noise. */
const SURE = 0.75;

/** A gap that joins two names on its own: a comma, `&` or `/` and spaces. */
export const joiningGap = (gap: string): boolean => {
  const t = gap.trim();
  return t === ',' || t === '&' || t === '/';
};

/**
 * Word `i` joins the names on either side of it: a joining word with plain gaps around it (`X and
 * Y`, `X, and Y`); a bracket between (`Black Widow (Actor), and Hawkeye`) pairs other things.
 */
export function joiningWord(doc: KindDocument, i: number): boolean {
  if (!JOINING_WORDS.has(lowerAt(doc, i))) return false;
  const before = gapBefore(doc, i);
  return (before === ' ' || before === ', ') && gapBefore(doc, i + 1) === ' ';
}

/**
 * Each entity's partners: the other entities a mention of it is joined to in a list or a match-up,
 * ascending. `mentionsOf[e]` are entity `e`'s mentions. Read from the words alone, so the fitting
 * script can pass each partner's kind on again with other weights ({@link setJoinedFeatures}).
 * One pass over the mentions, two map reads each.
 */
export function joinedPartners(doc: KindDocument, mentionsOf: readonly (readonly KindMention[])[]): number[][] {
  // A mention a casting cue names stands in a cast list (`A as X, B as Y`), where the comma joins
  // a part to the next actor: no join is read to or from it.
  const cast = (m: KindMention): boolean => m.characterCue || m.actorCue;
  const byFirst = new Map<number, number>();
  const byLast = new Map<number, number>();
  mentionsOf.forEach((ms, e) => {
    for (const m of ms) {
      if (cast(m)) continue;
      byFirst.set(m.first, e);
      byLast.set(m.last, e);
    }
  });
  return mentionsOf.map((ms, e) => {
    const partners: number[] = [];
    for (const m of ms) {
      if (cast(m)) continue;
      // The other name ends right before the gap, or a word before a joining word.
      const before = joiningGap(gapBefore(doc, m.first)) ? byLast.get(m.first - 1) : joiningWord(doc, m.first - 1) ? byLast.get(m.first - 2) : undefined;
      const after = joiningGap(gapBefore(doc, m.last + 1)) ? byFirst.get(m.last + 1) : joiningWord(doc, m.last + 1) ? byFirst.get(m.last + 2) : undefined;
      for (const o of [before, after]) if (o !== undefined && o !== e && !partners.includes(o)) partners.push(o);
    }
    return partners.sort((a, b) => a - b);
  });
}

/**
 * Sets `joinedCharacter` and `joinedPerson` on each entity's vector from the kinds `model` is sure
 * of among its partners: `vectors[e]` and `partners[e]` ({@link joinedPartners}) belong to entity
 * `e`. Each partner's kind is read from its own evidence, with both joined features cleared first,
 * so the result depends on the vectors' other features and the model only, and the vectors may be
 * set again with another model.
 */
export function setJoinedFeatures(vectors: readonly number[][], partners: readonly (readonly number[])[], model: KindModel): void {
  const character = FEATURE_INDEX.joinedCharacter as number;
  const person = FEATURE_INDEX.joinedPerson as number;
  for (const x of vectors) {
    x[character] = 0;
    x[person] = 0;
  }
  const kinds = vectors.map((x) => {
    const { kind, confidence } = decideKindWith(model, x);
    return confidence >= SURE ? kind : undefined;
  });
  vectors.forEach((x, e) => {
    for (const o of partners[e] ?? []) {
      if (kinds[o] === 'character') x[character] = 1;
      if (kinds[o] === 'person') x[person] = 1;
    }
  });
}

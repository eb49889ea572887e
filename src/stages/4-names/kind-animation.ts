/**
 * Stage 4b, kind: the prior of a text about animation. A reader of a review of an anime, a
 * cartoon or an animated film knows no actor is on screen, so a full name there with no word that
 * ties it to a voice or to making the work (`voiced by`, `the mangaka`, `X's art`) is a character
 * (`Edward Elric`, `Monkey D. Luffy`). The reviews the kind model learns from are of live-action
 * works, where such a name is mostly an actor's, so it cannot learn this itself.
 */
import { ANIMATION_MAKER_WORDS, ANIMATION_WORDS, ANIMATION_WORDS_NEEDED } from '../../data/name-kind-animation';
import type { Word } from '../../text/words';
import { nearestWord, type KindDocument, type KindMention } from './kind-document';
import { FEATURE_INDEX } from './kind-features';

/** How far a maker's word may be from a mention, in words. */
const MAKER_WORDS_NEAR = 8;

/**
 * Features that tie a name to performing or making a work, or to a report about real people: any
 * of them keeps the model's reading.
 */
const MAKER_EVIDENCE = [
  'actorCue', 'actorSide', 'crewCue', 'roleNounNear', 'possessiveWork', 'workNounAfter', 'performanceNear',
  'inBrackets', 'reportedNews',
].map((f) => FEATURE_INDEX[f] as number);

/** True when the text's own words say it is about animation: enough {@link ANIMATION_WORDS}, counted in one pass. */
export function readsAsAnimation(words: readonly Word[]): boolean {
  let seen = 0;
  for (const w of words) {
    if (ANIMATION_WORDS.has(w.lower) && ++seen >= ANIMATION_WORDS_NEEDED) return true;
  }
  return false;
}

/**
 * True when the animation prior reads an entity as a character: the text is about animation, some
 * mention is a full name, and no feature and no word near any mention ties it to a voice or to
 * making the work.
 */
export function animationCharacter(doc: KindDocument, x: readonly number[], mentions: readonly KindMention[]): boolean {
  if (!doc.animation || x[FEATURE_INDEX.multiWord as number] !== 1) return false;
  if (MAKER_EVIDENCE.some((i) => x[i] === 1)) return false;
  return mentions.every((m) => nearestWord(doc, m, MAKER_WORDS_NEAR, ANIMATION_MAKER_WORDS) > MAKER_WORDS_NEAR);
}

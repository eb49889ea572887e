/**
 * Stage 4b, kind: the prior of a text about animation. A reader of a review of an anime, a
 * cartoon or an animated film knows no actor is on screen, so a full name there with no word that
 * ties it to a voice or to making the work (`voiced by`, `the mangaka`, `X's art`) is a character
 * (`Edward Elric`, `Monkey D. Luffy`), and so is a bare name never written in lower case that is no
 * maker's surname (`Asuna`; not `Miyazaki`). The reviews the kind model learns from are of live-action
 * works, where such a name is mostly an actor's, so it cannot learn this itself.
 */
import { ANIMATION_MAKER_REACH, ANIMATION_MAKER_WORDS } from '../../data/name-kind-animation';
import { nearestWord, type KindDocument, type KindMention } from './kind-document';
import { FEATURE_INDEX } from './kind-features';

/**
 * Features that tie a name to performing or making a work, or to a report about real people: any
 * of them keeps the model's reading.
 */
const MAKER_EVIDENCE = [
  'actorCue', 'actorSide', 'crewCue', 'roleNounNear', 'possessiveWork', 'workNounAfter', 'performanceNear',
  'inBrackets', 'reportedNews',
].map((f) => FEATURE_INDEX[f] as number);

/**
 * True when the animation prior reads an entity as a character: the text is about animation, and
 * no feature and no word near any mention ties it to a voice or to making the work. The caller
 * says which name shapes the prior reads (a full name, or a lone word that is no maker's surname).
 */
export function animationCharacter(doc: KindDocument, x: readonly number[], mentions: readonly KindMention[]): boolean {
  if (!doc.animation) return false;
  if (MAKER_EVIDENCE.some((i) => x[i] === 1)) return false;
  return mentions.every((m) => nearestWord(doc, m, ANIMATION_MAKER_REACH, ANIMATION_MAKER_WORDS) > ANIMATION_MAKER_REACH);
}

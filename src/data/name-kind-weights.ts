// Written by scripts/train-names.mjs (`npm run train:names`) from the labelled reviews in
// ../shared/train: do not edit by hand.
import type { KindFeature } from './name-kind-features';

/**
 * The character-or-person model: p(person) = sigmoid(bias + Σ weight × feature), for entities that
 * explicit evidence does not settle; `settledCharacter`: how often a settled character is one;
 * `unmarkedCharacter`: how often a name with no evidence either way is a character.
 */
export const NAME_KIND_WEIGHTS: {
  readonly bias: number;
  readonly weights: Readonly<Record<KindFeature, number>>;
  readonly settledCharacter: number;
  readonly unmarkedCharacter: number;
} = {
  bias: 0.5990,
  weights: {
    characterCue: -2.5531,
    actorCue: 1.2234,
    crewCue: 0.9151,
    characterSide: -1.3523,
    actorSide: 1.3054,
    multiWord: 1.3772,
    honorific: -0.2349,
    titledOnly: 0.0000,
    firstAlone: -0.4514,
    surnameAlone: 1.0351,
    family: -0.7992,
    plotVerbAfter: -0.2710,
    speechVerb: -0.0632,
    pronounAfter: -0.4454,
    twoMentions: 0.0197,
    logMentions: -0.6690,
    inBrackets: -0.5847,
    nameList: -0.3175,
    possessiveWork: 1.2935,
    workNounAfter: 0.5987,
    roleNounNear: -0.0151,
    characterNounNear: -0.2335,
    performanceNear: 0.2735,
    performanceSentence: 1.2448,
    sentenceInitialOnly: 1.0676,
    givenName: 0.6311,
    loneGivenName: -1.1826,
    descriptorBefore: 0.0000,
    newsVoice: -0.0247,
    charactersAround: -1.1600,
    describedAppositive: -1.3781,
    officeBefore: -0.7141,
    reportedNews: 0.0000,
    quotedName: -1.4311,
    joinedCharacter: -0.8971,
    joinedPerson: 1.2434,
  },
  settledCharacter: 0.8235,
  unmarkedCharacter: 0.6667,
};

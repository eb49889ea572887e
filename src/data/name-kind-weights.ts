// Written by scripts/train-names.mjs (`npm run train:names`) from the labelled reviews in
// ../shared/train: do not edit by hand.
import type { KindFeature } from './name-kind-features';

/**
 * The character-or-person model: p(person) = sigmoid(bias + Σ weight × feature), for entities that
 * explicit evidence does not settle; `settledCharacter`: how often a settled character is one.
 */
export const NAME_KIND_WEIGHTS: {
  readonly bias: number;
  readonly weights: Readonly<Record<KindFeature, number>>;
  readonly settledCharacter: number;
} = {
  bias: 0.9304,
  weights: {
    characterCue: -2.9337,
    actorCue: 1.0355,
    crewCue: 0.6766,
    characterSide: -1.3367,
    actorSide: 1.4473,
    multiWord: 1.3460,
    honorific: 0.4896,
    titledOnly: 0.4037,
    firstAlone: -0.6598,
    surnameAlone: 0.9577,
    family: -0.8707,
    plotVerbAfter: -0.1511,
    speechVerb: -0.3527,
    pronounAfter: -0.5758,
    twoMentions: 0.0028,
    logMentions: -0.7952,
    inBrackets: -0.5159,
    nameList: 0.5708,
    possessiveWork: 1.2589,
    workNounAfter: 0.7329,
    roleNounNear: -0.0218,
    characterNounNear: -0.1177,
    performanceNear: 0.0571,
    performanceSentence: 1.4062,
    sentenceInitialOnly: 0.9657,
    givenName: 0.5424,
    loneGivenName: -1.2398,
    descriptorBefore: 0.0000,
    newsVoice: -0.0162,
    charactersAround: -1.2123,
  },
  settledCharacter: 0.8235,
};

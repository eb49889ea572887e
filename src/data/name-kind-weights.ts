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
  bias: 0.6176,
  weights: {
    characterCue: -2.9304,
    actorCue: 1.0409,
    crewCue: 0.5047,
    characterSide: -1.2358,
    actorSide: 1.1522,
    multiWord: 1.5848,
    honorific: 0.2748,
    titledOnly: 0.4676,
    firstAlone: -0.3171,
    surnameAlone: 0.8666,
    family: -0.8386,
    plotVerbAfter: -0.1349,
    speechVerb: -0.2191,
    pronounAfter: -0.3443,
    twoMentions: -0.2249,
    logMentions: -0.7658,
    inBrackets: -0.0013,
    nameList: 0.4009,
    possessiveWork: 1.2274,
    workNounAfter: 0.6328,
    roleNounNear: 0.2988,
    characterNounNear: -0.1435,
    performanceNear: 0.1479,
    performanceSentence: 1.3461,
    sentenceInitialOnly: 0.9198,
    givenName: 0.3838,
    loneGivenName: -1.2155,
    descriptorBefore: 0.0000,
    newsVoice: 0.0450,
    charactersAround: -0.6532,
  },
  settledCharacter: 0.8182,
};

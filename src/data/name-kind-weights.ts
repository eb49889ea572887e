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
  bias: 0.9201,
  weights: {
    characterCue: -2.9471,
    actorCue: 1.0725,
    crewCue: 0.6765,
    characterSide: -1.3317,
    actorSide: 1.4606,
    multiWord: 1.3276,
    honorific: 0.4684,
    titledOnly: 0.4166,
    firstAlone: -0.6655,
    surnameAlone: 0.9283,
    family: -0.8601,
    plotVerbAfter: -0.1486,
    speechVerb: -0.3549,
    pronounAfter: -0.5866,
    twoMentions: 0.0105,
    logMentions: -0.8062,
    inBrackets: -0.5466,
    nameList: 0.5229,
    possessiveWork: 1.2620,
    workNounAfter: 0.7457,
    roleNounNear: -0.0497,
    characterNounNear: -0.1145,
    performanceNear: 0.1721,
    performanceSentence: 1.4351,
    sentenceInitialOnly: 0.9863,
    givenName: 0.5893,
    loneGivenName: -1.2584,
    descriptorBefore: 0.0000,
    newsVoice: -0.0680,
    charactersAround: -1.2537,
  },
  settledCharacter: 0.8235,
};

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
  bias: 0.9227,
  weights: {
    characterCue: -2.9134,
    actorCue: 1.0358,
    crewCue: 0.6930,
    characterSide: -1.4127,
    actorSide: 1.4718,
    multiWord: 1.3721,
    honorific: 0.3836,
    titledOnly: 0.4354,
    firstAlone: -0.6269,
    surnameAlone: 1.1958,
    family: -0.8587,
    plotVerbAfter: -0.1766,
    speechVerb: -0.3844,
    pronounAfter: -0.6588,
    twoMentions: 0.0595,
    logMentions: -0.8597,
    inBrackets: -0.5800,
    nameList: 0.5540,
    possessiveWork: 1.2645,
    workNounAfter: 0.7286,
    roleNounNear: -0.0024,
    characterNounNear: -0.4598,
    performanceNear: 0.0350,
    performanceSentence: 1.4067,
    sentenceInitialOnly: 1.0016,
    givenName: 0.5765,
    loneGivenName: -1.1502,
    descriptorBefore: 0.0000,
    newsVoice: 0.0116,
    charactersAround: -1.2050,
  },
  settledCharacter: 0.8182,
};

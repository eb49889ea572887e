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
  bias: 0.8015,
  weights: {
    characterCue: -2.9204,
    actorCue: 1.0378,
    crewCue: 0.5328,
    characterSide: -1.1615,
    actorSide: 1.1741,
    multiWord: 1.5918,
    honorific: 0.2892,
    titledOnly: 0.4321,
    firstAlone: -0.6541,
    surnameAlone: 1.0706,
    family: -0.8307,
    plotVerbAfter: -0.1010,
    speechVerb: -0.2182,
    pronounAfter: -0.4617,
    twoMentions: -0.2215,
    logMentions: -0.9082,
    inBrackets: 0.0067,
    nameList: 0.4148,
    possessiveWork: 1.2531,
    workNounAfter: 0.6414,
    roleNounNear: 0.3489,
    characterNounNear: -0.1610,
    performanceNear: 0.2196,
    performanceSentence: 1.2800,
    sentenceInitialOnly: 0.9276,
    givenName: 0.2843,
    loneGivenName: -1.0434,
    descriptorBefore: 0.0000,
    newsVoice: 0.0630,
    charactersAround: -0.7082,
  },
  settledCharacter: 0.8182,
};

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
  bias: 0.9137,
  weights: {
    characterCue: -2.7442,
    actorCue: 1.1366,
    crewCue: 0.7021,
    characterSide: -1.5331,
    actorSide: 1.2998,
    multiWord: 1.5249,
    honorific: 0.0637,
    titledOnly: 0.1348,
    firstAlone: -0.4988,
    surnameAlone: 1.2630,
    family: -0.8760,
    plotVerbAfter: -0.3127,
    speechVerb: -0.1428,
    pronounAfter: -0.6168,
    twoMentions: -0.0359,
    logMentions: -0.7385,
    inBrackets: -0.6486,
    nameList: 0.2086,
    possessiveWork: 1.3307,
    workNounAfter: 0.6601,
    roleNounNear: -0.0684,
    characterNounNear: -0.2373,
    performanceNear: 0.3136,
    performanceSentence: 1.2360,
    sentenceInitialOnly: 0.9521,
    givenName: 0.5416,
    loneGivenName: -1.1082,
    descriptorBefore: 0.0000,
    newsVoice: -0.0207,
    charactersAround: -1.3345,
    describedAppositive: -1.4873,
    officeBefore: -0.8067,
    reportedNews: 0.0000,
    quotedName: -1.4159,
  },
  settledCharacter: 0.8235,
};

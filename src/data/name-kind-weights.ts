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
  bias: 0.9474,
  weights: {
    characterCue: -2.7353,
    actorCue: 1.1528,
    crewCue: 0.8109,
    characterSide: -1.5356,
    actorSide: 1.2957,
    multiWord: 1.4919,
    honorific: 0.0649,
    titledOnly: 0.1296,
    firstAlone: -0.4941,
    surnameAlone: 1.2663,
    family: -0.8766,
    plotVerbAfter: -0.3202,
    speechVerb: -0.1382,
    pronounAfter: -0.5955,
    twoMentions: -0.0605,
    logMentions: -0.7393,
    inBrackets: -0.6589,
    nameList: 0.1874,
    possessiveWork: 1.3197,
    workNounAfter: 0.6634,
    roleNounNear: -0.1058,
    characterNounNear: -0.2342,
    performanceNear: 0.3002,
    performanceSentence: 1.2486,
    sentenceInitialOnly: 0.9475,
    givenName: 0.5257,
    loneGivenName: -1.1278,
    descriptorBefore: 0.0000,
    newsVoice: -0.0019,
    charactersAround: -1.3257,
    describedAppositive: -1.4915,
    officeBefore: -0.8076,
    reportedNews: 0.0000,
    quotedName: -1.4120,
  },
  settledCharacter: 0.8235,
};

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
  bias: 0.9728,
  weights: {
    characterCue: -2.7400,
    actorCue: 1.0534,
    crewCue: 0.7079,
    characterSide: -1.5665,
    actorSide: 1.3273,
    multiWord: 1.4590,
    honorific: 0.0694,
    titledOnly: 0.2570,
    firstAlone: -0.5238,
    surnameAlone: 1.1698,
    family: -0.7507,
    plotVerbAfter: -0.3891,
    speechVerb: -0.1311,
    pronounAfter: -0.5814,
    twoMentions: -0.0168,
    logMentions: -0.6994,
    inBrackets: -0.6687,
    nameList: 0.5025,
    possessiveWork: 1.2366,
    workNounAfter: 0.6775,
    roleNounNear: -0.0357,
    characterNounNear: -0.2620,
    performanceNear: 0.2279,
    performanceSentence: 1.2446,
    sentenceInitialOnly: 0.9567,
    givenName: 0.4628,
    loneGivenName: -1.1641,
    descriptorBefore: 0.0000,
    newsVoice: 0.0565,
    charactersAround: -1.3105,
    describedAppositive: -1.4973,
    officeBefore: -0.8124,
    reportedNews: 0.0000,
    quotedName: -1.4132,
  },
  settledCharacter: 0.8000,
};

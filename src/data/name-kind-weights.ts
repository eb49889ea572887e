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
  bias: 0.9836,
  weights: {
    characterCue: -2.7389,
    actorCue: 1.0364,
    crewCue: 0.7084,
    characterSide: -1.5705,
    actorSide: 1.3711,
    multiWord: 1.4501,
    honorific: 0.0647,
    titledOnly: 0.2513,
    firstAlone: -0.5244,
    surnameAlone: 1.1873,
    family: -0.7571,
    plotVerbAfter: -0.3876,
    speechVerb: -0.1354,
    pronounAfter: -0.5877,
    twoMentions: -0.0219,
    logMentions: -0.7032,
    inBrackets: -0.6763,
    nameList: 0.5020,
    possessiveWork: 1.2359,
    workNounAfter: 0.6727,
    roleNounNear: -0.0384,
    characterNounNear: -0.2612,
    performanceNear: 0.2469,
    performanceSentence: 1.2397,
    sentenceInitialOnly: 0.9549,
    givenName: 0.4684,
    loneGivenName: -1.1513,
    descriptorBefore: 0.0000,
    newsVoice: 0.0522,
    charactersAround: -1.3175,
    describedAppositive: -1.4981,
    officeBefore: -0.8116,
    reportedNews: 0.0000,
    quotedName: -1.4099,
  },
  settledCharacter: 0.8000,
};

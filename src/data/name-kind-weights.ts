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
  bias: 0.9784,
  weights: {
    characterCue: -2.7418,
    actorCue: 1.0370,
    crewCue: 0.7072,
    characterSide: -1.5746,
    actorSide: 1.3708,
    multiWord: 1.5284,
    honorific: 0.0685,
    titledOnly: 0.2612,
    firstAlone: -0.5263,
    surnameAlone: 1.1851,
    family: -0.8650,
    plotVerbAfter: -0.3818,
    speechVerb: -0.1322,
    pronounAfter: -0.5904,
    twoMentions: -0.0267,
    logMentions: -0.7013,
    inBrackets: -0.6700,
    nameList: 0.5144,
    possessiveWork: 1.2255,
    workNounAfter: 0.6605,
    roleNounNear: -0.0545,
    characterNounNear: -0.2612,
    performanceNear: 0.2527,
    performanceSentence: 1.2414,
    sentenceInitialOnly: 0.9428,
    givenName: 0.4198,
    loneGivenName: -1.0887,
    descriptorBefore: 0.0000,
    newsVoice: 0.0531,
    charactersAround: -1.3918,
    describedAppositive: -1.4958,
    officeBefore: -0.8105,
    reportedNews: 0.0000,
    quotedName: -1.4118,
  },
  settledCharacter: 0.8000,
};

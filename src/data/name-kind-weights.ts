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
  bias: 0.9424,
  weights: {
    characterCue: -2.8023,
    actorCue: 1.1130,
    crewCue: 0.7030,
    characterSide: -1.4928,
    actorSide: 1.2889,
    multiWord: 1.5650,
    honorific: 0.0069,
    titledOnly: 0.1448,
    firstAlone: -0.5305,
    surnameAlone: 1.1670,
    family: -0.8639,
    plotVerbAfter: -0.3869,
    speechVerb: -0.1527,
    pronounAfter: -0.5871,
    twoMentions: -0.0062,
    logMentions: -0.7061,
    inBrackets: -0.6664,
    nameList: 0.5114,
    possessiveWork: 1.2198,
    workNounAfter: 0.6497,
    roleNounNear: -0.0722,
    characterNounNear: -0.2736,
    performanceNear: 0.2579,
    performanceSentence: 1.2324,
    sentenceInitialOnly: 0.9424,
    givenName: 0.4468,
    loneGivenName: -1.0570,
    descriptorBefore: 0.0000,
    newsVoice: 0.0272,
    charactersAround: -1.4001,
    describedAppositive: -1.4933,
    officeBefore: -0.8073,
    reportedNews: 0.0000,
    quotedName: -1.4261,
  },
  settledCharacter: 0.8000,
};

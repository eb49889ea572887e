// Written by scripts/train-names.mjs (`npm run train:names`) from the labelled reviews in
// ../shared/train: do not edit by hand.
import type { KindFeature } from './name-kind-features';

/**
 * The character-or-person model: p(person) = sigmoid(bias + Σ weight × feature), for entities that
 * explicit evidence does not settle; `settledCharacter`: how often a settled character is one;
 * `unmarkedCharacter`: how often a name with no evidence either way is a character.
 */
export const NAME_KIND_WEIGHTS: {
  readonly bias: number;
  readonly weights: Readonly<Record<KindFeature, number>>;
  readonly settledCharacter: number;
  readonly unmarkedCharacter: number;
} = {
  bias: 0.3905,
  weights: {
    characterCue: -2.6587,
    actorCue: 1.2437,
    crewCue: 1.3695,
    characterSide: -1.3477,
    actorSide: 1.2742,
    multiWord: 1.5736,
    honorific: -0.0899,
    titledOnly: 0.0000,
    firstAlone: -0.4499,
    surnameAlone: 1.1189,
    family: -0.7970,
    plotVerbAfter: -0.3795,
    speechVerb: -0.2416,
    pronounAfter: -0.5193,
    twoMentions: -0.0346,
    logMentions: -0.4843,
    inBrackets: -0.6100,
    nameList: -0.3115,
    possessiveWork: 1.1836,
    workNounAfter: 0.4423,
    roleNounNear: -0.2533,
    characterNounNear: 0.0000,
    performanceNear: 0.3259,
    performanceSentence: 1.2627,
    sentenceInitialOnly: 1.2452,
    givenName: 0.4414,
    loneGivenName: -1.0262,
    descriptorBefore: 0.0000,
    newsVoice: 0.0631,
    charactersAround: -1.0783,
    describedAppositive: -1.4199,
    officeBefore: -0.7009,
    reportedNews: 0.0000,
    quotedName: -1.3148,
    joinedCharacter: -1.1384,
    joinedPerson: 1.2522,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8947,
  unmarkedCharacter: 0.7500,
};

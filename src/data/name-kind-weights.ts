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
  bias: 0.3909,
  weights: {
    characterCue: -2.6601,
    actorCue: 1.2428,
    crewCue: 1.3687,
    characterSide: -1.3488,
    actorSide: 1.2734,
    multiWord: 1.5761,
    honorific: -0.0916,
    titledOnly: 0.0000,
    firstAlone: -0.4504,
    surnameAlone: 1.1239,
    family: -0.7978,
    plotVerbAfter: -0.3799,
    speechVerb: -0.2420,
    pronounAfter: -0.5205,
    twoMentions: -0.0327,
    logMentions: -0.4863,
    inBrackets: -0.6114,
    nameList: -0.3115,
    possessiveWork: 1.1829,
    workNounAfter: 0.4421,
    roleNounNear: -0.2542,
    characterNounNear: 0.0000,
    performanceNear: 0.3283,
    performanceSentence: 1.2637,
    sentenceInitialOnly: 1.2448,
    givenName: 0.4377,
    loneGivenName: -1.0241,
    descriptorBefore: 0.0000,
    newsVoice: 0.0625,
    charactersAround: -1.0710,
    describedAppositive: -1.4200,
    officeBefore: -0.7005,
    reportedNews: 0.0000,
    quotedName: -1.3144,
    joinedCharacter: -1.1384,
    joinedPerson: 1.2517,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8947,
  unmarkedCharacter: 0.7500,
};

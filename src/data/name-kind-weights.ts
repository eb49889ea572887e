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
  bias: 0.6787,
  weights: {
    characterCue: -2.6215,
    actorCue: 1.2039,
    crewCue: 0.9239,
    characterSide: -1.3961,
    actorSide: 1.2951,
    multiWord: 1.3970,
    honorific: 0.0079,
    titledOnly: 0.0000,
    firstAlone: -0.4356,
    surnameAlone: 1.1864,
    family: -0.8279,
    plotVerbAfter: -0.3436,
    speechVerb: -0.0714,
    pronounAfter: -0.5282,
    twoMentions: 0.0694,
    logMentions: -0.6911,
    inBrackets: -0.6113,
    nameList: -0.2960,
    possessiveWork: 1.2794,
    workNounAfter: 0.5830,
    roleNounNear: 0.0090,
    characterNounNear: -0.2385,
    performanceNear: 0.2541,
    performanceSentence: 1.2314,
    sentenceInitialOnly: 1.0500,
    givenName: 0.5320,
    loneGivenName: -1.1448,
    descriptorBefore: 0.0000,
    newsVoice: 0.0361,
    charactersAround: -1.1205,
    describedAppositive: -1.4121,
    officeBefore: -0.6806,
    reportedNews: 0.0000,
    quotedName: -1.4191,
    joinedCharacter: -1.2809,
    joinedPerson: 1.2300,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8750,
  unmarkedCharacter: 0.6667,
};

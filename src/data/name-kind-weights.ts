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
  bias: 0.3785,
  weights: {
    characterCue: -2.6647,
    actorCue: 1.2378,
    crewCue: 1.3659,
    characterSide: -1.3478,
    actorSide: 1.2731,
    multiWord: 1.5776,
    honorific: -0.0956,
    titledOnly: 0.0000,
    firstAlone: -0.4519,
    surnameAlone: 1.1301,
    family: -0.8000,
    plotVerbAfter: -0.3808,
    speechVerb: -0.2424,
    pronounAfter: -0.5193,
    twoMentions: -0.0322,
    logMentions: -0.4873,
    inBrackets: -0.6167,
    nameList: -0.3125,
    possessiveWork: 1.1811,
    workNounAfter: 0.4434,
    roleNounNear: -0.2552,
    characterNounNear: 0.0000,
    performanceNear: 0.3298,
    performanceSentence: 1.2654,
    sentenceInitialOnly: 1.2428,
    givenName: 0.4368,
    loneGivenName: -1.0216,
    descriptorBefore: 0.0000,
    newsVoice: 0.0601,
    charactersAround: -1.0172,
    describedAppositive: -1.4183,
    officeBefore: -0.6991,
    reportedNews: 0.0000,
    quotedName: -1.3162,
    joinedCharacter: -1.1382,
    joinedPerson: 1.2565,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8947,
  unmarkedCharacter: 0.7500,
};

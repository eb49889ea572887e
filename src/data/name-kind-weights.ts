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
  bias: 0.7052,
  weights: {
    characterCue: -2.6240,
    actorCue: 1.1987,
    crewCue: 0.9237,
    characterSide: -1.4039,
    actorSide: 1.2892,
    multiWord: 1.3915,
    honorific: 0.0025,
    titledOnly: 0.0000,
    firstAlone: -0.4240,
    surnameAlone: 1.2045,
    family: -0.8336,
    plotVerbAfter: -0.3455,
    speechVerb: -0.0780,
    pronounAfter: -0.5376,
    twoMentions: 0.0543,
    logMentions: -0.6913,
    inBrackets: -0.6139,
    nameList: -0.2969,
    possessiveWork: 1.2746,
    workNounAfter: 0.5784,
    roleNounNear: 0.0079,
    characterNounNear: -0.2376,
    performanceNear: 0.2502,
    performanceSentence: 1.2251,
    sentenceInitialOnly: 1.0476,
    givenName: 0.5163,
    loneGivenName: -1.1046,
    descriptorBefore: 0.0000,
    newsVoice: 0.0306,
    charactersAround: -1.0936,
    describedAppositive: -1.4156,
    officeBefore: -0.6796,
    reportedNews: 0.0000,
    quotedName: -1.4191,
    joinedCharacter: -1.2804,
    joinedPerson: 1.2219,
  },
  settledCharacter: 0.8235,
  unmarkedCharacter: 0.6667,
};

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
  bias: 0.3595,
  weights: {
    characterCue: -2.6394,
    actorCue: 1.2410,
    crewCue: 1.3907,
    characterSide: -1.3457,
    actorSide: 1.2725,
    multiWord: 1.5885,
    honorific: -0.0769,
    titledOnly: 0.0000,
    firstAlone: -0.6909,
    surnameAlone: 1.0874,
    family: -0.7914,
    plotVerbAfter: -0.3877,
    speechVerb: -0.2523,
    pronounAfter: -0.5224,
    twoMentions: 0.0458,
    logMentions: -0.4998,
    inBrackets: -0.6078,
    nameList: -0.3121,
    possessiveWork: 1.1799,
    workNounAfter: 0.4319,
    roleNounNear: -0.2491,
    characterNounNear: 0.0000,
    performanceNear: 0.3102,
    performanceSentence: 1.2877,
    sentenceInitialOnly: 1.2645,
    givenName: 0.4849,
    loneGivenName: -1.0560,
    descriptorBefore: 0.0000,
    newsVoice: 0.0114,
    charactersAround: -1.0741,
    describedAppositive: -1.4140,
    officeBefore: -1.0756,
    reportedNews: 0.0000,
    quotedName: -1.2766,
    joinedCharacter: -1.0972,
    joinedPerson: 1.2601,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
  },
  settledCharacter: 0.8947,
  unmarkedCharacter: 0.7500,
};

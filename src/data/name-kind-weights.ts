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
  bias: 0.6928,
  weights: {
    characterCue: -2.6257,
    actorCue: 1.2089,
    crewCue: 0.9276,
    characterSide: -1.3991,
    actorSide: 1.2926,
    multiWord: 1.3757,
    honorific: 0.0400,
    titledOnly: 0.0000,
    firstAlone: -0.4277,
    surnameAlone: 1.1935,
    family: -0.8321,
    plotVerbAfter: -0.3430,
    speechVerb: -0.0782,
    pronounAfter: -0.5379,
    twoMentions: 0.0502,
    logMentions: -0.6815,
    inBrackets: -0.6091,
    nameList: -0.2917,
    possessiveWork: 1.2793,
    workNounAfter: 0.5792,
    roleNounNear: 0.0149,
    characterNounNear: -0.2390,
    performanceNear: 0.2665,
    performanceSentence: 1.2076,
    sentenceInitialOnly: 1.0485,
    givenName: 0.5377,
    loneGivenName: -1.1140,
    descriptorBefore: 0.0000,
    newsVoice: 0.0320,
    charactersAround: -1.1081,
    describedAppositive: -1.4145,
    officeBefore: -0.6792,
    reportedNews: 0.0000,
    quotedName: -1.4167,
    joinedCharacter: -1.2766,
    joinedPerson: 1.2210,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8788,
  unmarkedCharacter: 0.6667,
};

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
  bias: 0.6133,
  weights: {
    characterCue: -2.6112,
    actorCue: 1.2058,
    crewCue: 0.9342,
    characterSide: -1.3895,
    actorSide: 1.2953,
    multiWord: 1.4568,
    honorific: 0.0159,
    titledOnly: 0.0000,
    firstAlone: -0.4445,
    surnameAlone: 1.1728,
    family: -0.8263,
    plotVerbAfter: -0.3393,
    speechVerb: -0.0712,
    pronounAfter: -0.5251,
    twoMentions: 0.0927,
    logMentions: -0.6881,
    inBrackets: -0.6013,
    nameList: -0.3333,
    possessiveWork: 1.2885,
    workNounAfter: 0.5859,
    roleNounNear: 0.0211,
    characterNounNear: -0.2431,
    performanceNear: 0.2045,
    performanceSentence: 1.2256,
    sentenceInitialOnly: 1.0500,
    givenName: 0.5388,
    loneGivenName: -1.0932,
    descriptorBefore: 0.0000,
    newsVoice: 0.0417,
    charactersAround: -1.1385,
    describedAppositive: -1.4137,
    officeBefore: -0.6846,
    reportedNews: 0.0000,
    quotedName: -1.4213,
    joinedCharacter: -1.2874,
    joinedPerson: 1.2229,
  },
  settledCharacter: 0.8235,
  unmarkedCharacter: 0.6667,
};

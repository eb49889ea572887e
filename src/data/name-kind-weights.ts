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
  bias: 0.3569,
  weights: {
    characterCue: -2.6469,
    actorCue: 1.2424,
    crewCue: 1.3901,
    characterSide: -1.3616,
    actorSide: 1.2883,
    multiWord: 1.5959,
    honorific: 0.0476,
    titledOnly: 0.0000,
    firstAlone: -0.6848,
    surnameAlone: 1.0774,
    family: -0.7922,
    plotVerbAfter: -0.3992,
    speechVerb: -0.2509,
    pronounAfter: -0.4922,
    twoMentions: 0.0271,
    logMentions: -0.5153,
    inBrackets: -0.6232,
    nameList: -0.2709,
    possessiveWork: 1.1863,
    workNounAfter: 0.4382,
    roleNounNear: -0.2439,
    characterNounNear: 0.0000,
    performanceNear: 0.3173,
    performanceSentence: 1.2738,
    sentenceInitialOnly: 1.2400,
    givenName: 0.4628,
    loneGivenName: -1.0360,
    descriptorBefore: 0.0000,
    newsVoice: 0.0607,
    charactersAround: -1.0701,
    describedAppositive: -1.4209,
    officeBefore: -0.7019,
    reportedNews: 0.0000,
    quotedName: -1.2671,
    joinedCharacter: -1.1215,
    joinedPerson: 1.3006,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
  },
  settledCharacter: 0.8947,
  unmarkedCharacter: 0.7500,
};

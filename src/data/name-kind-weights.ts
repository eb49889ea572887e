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
  bias: 0.3495,
  weights: {
    characterCue: -2.6350,
    actorCue: 1.2505,
    crewCue: 1.3938,
    characterSide: -1.3719,
    actorSide: 1.2846,
    multiWord: 1.5948,
    honorific: 0.0459,
    titledOnly: 0.0000,
    firstAlone: -0.6882,
    surnameAlone: 1.0980,
    family: -0.7873,
    plotVerbAfter: -0.3834,
    speechVerb: -0.2543,
    pronounAfter: -0.5113,
    twoMentions: 0.0388,
    logMentions: -0.4984,
    inBrackets: -0.6140,
    nameList: -0.2836,
    possessiveWork: 1.1839,
    workNounAfter: 0.4354,
    roleNounNear: -0.2333,
    characterNounNear: 0.0000,
    performanceNear: 0.3078,
    performanceSentence: 1.2906,
    sentenceInitialOnly: 1.2625,
    givenName: 0.4515,
    loneGivenName: -1.0314,
    descriptorBefore: 0.0000,
    newsVoice: 0.0217,
    charactersAround: -1.0591,
    describedAppositive: -1.4054,
    officeBefore: -1.0790,
    reportedNews: 0.0000,
    quotedName: -1.2716,
    joinedCharacter: -1.0920,
    joinedPerson: 1.3033,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.7500,
};

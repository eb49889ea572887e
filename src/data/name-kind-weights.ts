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
  bias: 0.3884,
  weights: {
    characterCue: -2.6375,
    actorCue: 1.2352,
    crewCue: 1.3817,
    characterSide: -1.3476,
    actorSide: 1.2768,
    multiWord: 1.6083,
    honorific: -0.0836,
    titledOnly: 0.0000,
    firstAlone: -0.6851,
    surnameAlone: 1.0783,
    family: -0.7920,
    plotVerbAfter: -0.4007,
    speechVerb: -0.2477,
    pronounAfter: -0.5015,
    twoMentions: 0.0327,
    logMentions: -0.5176,
    inBrackets: -0.6228,
    nameList: -0.3170,
    possessiveWork: 1.1807,
    workNounAfter: 0.4344,
    roleNounNear: -0.2494,
    characterNounNear: 0.0000,
    performanceNear: 0.3217,
    performanceSentence: 1.2660,
    sentenceInitialOnly: 1.2383,
    givenName: 0.4409,
    loneGivenName: -1.0284,
    descriptorBefore: 0.0000,
    newsVoice: 0.0530,
    charactersAround: -1.0810,
    describedAppositive: -1.4252,
    officeBefore: -0.7004,
    reportedNews: 0.0000,
    quotedName: -1.2717,
    joinedCharacter: -1.1294,
    joinedPerson: 1.2570,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
  },
  settledCharacter: 0.8947,
  unmarkedCharacter: 0.7500,
};

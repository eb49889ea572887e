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
  bias: 0.5173,
  weights: {
    characterCue: -2.6447,
    actorCue: 1.2088,
    crewCue: 1.3566,
    characterSide: -1.4203,
    actorSide: 1.2659,
    multiWord: 1.5140,
    honorific: -0.0153,
    titledOnly: 0.0000,
    firstAlone: -0.3994,
    surnameAlone: 1.1627,
    family: -0.8318,
    plotVerbAfter: -0.3954,
    speechVerb: -0.0890,
    pronounAfter: -0.5101,
    twoMentions: -0.0828,
    logMentions: -0.5018,
    inBrackets: -0.6137,
    nameList: -0.2960,
    possessiveWork: 1.1540,
    workNounAfter: 0.4424,
    roleNounNear: -0.2440,
    characterNounNear: -0.2286,
    performanceNear: 0.3273,
    performanceSentence: 1.2333,
    sentenceInitialOnly: 1.2292,
    givenName: 0.4123,
    loneGivenName: -1.0217,
    descriptorBefore: 0.0000,
    newsVoice: 0.0493,
    charactersAround: -1.0421,
    describedAppositive: -1.4237,
    officeBefore: -0.6945,
    reportedNews: 0.0000,
    quotedName: -1.4404,
    joinedCharacter: -1.1353,
    joinedPerson: 1.2207,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8750,
  unmarkedCharacter: 0.6667,
};

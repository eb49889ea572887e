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
  bias: 0.4972,
  weights: {
    characterCue: -2.6600,
    actorCue: 1.2104,
    crewCue: 1.3499,
    characterSide: -1.3855,
    actorSide: 1.2602,
    multiWord: 1.5157,
    honorific: 0.0085,
    titledOnly: 0.0000,
    firstAlone: -0.4327,
    surnameAlone: 1.1308,
    family: -0.8112,
    plotVerbAfter: -0.4033,
    speechVerb: -0.0997,
    pronounAfter: -0.5280,
    twoMentions: -0.0593,
    logMentions: -0.4889,
    inBrackets: -0.6070,
    nameList: -0.2933,
    possessiveWork: 1.1524,
    workNounAfter: 0.4357,
    roleNounNear: -0.2409,
    characterNounNear: 0.0000,
    performanceNear: 0.3294,
    performanceSentence: 1.2162,
    sentenceInitialOnly: 1.2325,
    givenName: 0.4268,
    loneGivenName: -1.0177,
    descriptorBefore: 0.0000,
    newsVoice: 0.0612,
    charactersAround: -1.0632,
    describedAppositive: -1.4289,
    officeBefore: -0.6949,
    reportedNews: 0.0000,
    quotedName: -1.3097,
    joinedCharacter: -1.1405,
    joinedPerson: 1.2133,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8919,
  unmarkedCharacter: 0.6667,
};

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
  bias: 0.4978,
  weights: {
    characterCue: -2.6606,
    actorCue: 1.2051,
    crewCue: 1.3501,
    characterSide: -1.3859,
    actorSide: 1.2643,
    multiWord: 1.5159,
    honorific: 0.0087,
    titledOnly: 0.0000,
    firstAlone: -0.4325,
    surnameAlone: 1.1307,
    family: -0.8112,
    plotVerbAfter: -0.4032,
    speechVerb: -0.0995,
    pronounAfter: -0.5289,
    twoMentions: -0.0596,
    logMentions: -0.4889,
    inBrackets: -0.6062,
    nameList: -0.2932,
    possessiveWork: 1.1524,
    workNounAfter: 0.4357,
    roleNounNear: -0.2406,
    characterNounNear: 0.0000,
    performanceNear: 0.3293,
    performanceSentence: 1.2164,
    sentenceInitialOnly: 1.2342,
    givenName: 0.4270,
    loneGivenName: -1.0177,
    descriptorBefore: 0.0000,
    newsVoice: 0.0614,
    charactersAround: -1.0650,
    describedAppositive: -1.4290,
    officeBefore: -0.6949,
    reportedNews: 0.0000,
    quotedName: -1.3096,
    joinedCharacter: -1.1405,
    joinedPerson: 1.2127,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8919,
  unmarkedCharacter: 0.6667,
};

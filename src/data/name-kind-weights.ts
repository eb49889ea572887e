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
  bias: 0.7064,
  weights: {
    characterCue: -2.6038,
    actorCue: 1.2314,
    crewCue: 0.9218,
    characterSide: -1.3997,
    actorSide: 1.3193,
    multiWord: 1.3921,
    honorific: 0.0611,
    titledOnly: 0.1173,
    firstAlone: -0.4229,
    surnameAlone: 1.1944,
    family: -0.8394,
    plotVerbAfter: -0.2700,
    speechVerb: -0.0394,
    pronounAfter: -0.5047,
    twoMentions: 0.0532,
    logMentions: -0.7010,
    inBrackets: -0.6258,
    nameList: -0.3337,
    possessiveWork: 1.2806,
    workNounAfter: 0.5848,
    roleNounNear: 0.0271,
    characterNounNear: -0.2339,
    performanceNear: 0.2042,
    performanceSentence: 1.2092,
    sentenceInitialOnly: 1.0403,
    givenName: 0.5039,
    loneGivenName: -1.1386,
    descriptorBefore: 0.0000,
    newsVoice: 0.0373,
    charactersAround: -1.0791,
    describedAppositive: -1.4196,
    officeBefore: -0.6866,
    reportedNews: 0.0000,
    quotedName: -1.4227,
    joinedCharacter: -1.2931,
    joinedPerson: 1.2250,
  },
  settledCharacter: 0.8235,
  unmarkedCharacter: 0.6667,
};

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
  bias: 0.3947,
  weights: {
    characterCue: -2.7192,
    actorCue: 1.2418,
    crewCue: 1.4324,
    characterSide: -1.2897,
    actorSide: 1.2743,
    multiWord: 1.6268,
    honorific: 0.0391,
    titledOnly: 0.0000,
    firstAlone: -0.6864,
    surnameAlone: 1.0960,
    family: -0.7801,
    plotVerbAfter: -0.3825,
    speechVerb: -0.2608,
    pronounAfter: -0.5493,
    twoMentions: 0.0281,
    logMentions: -0.5026,
    inBrackets: -0.5933,
    nameList: -0.2835,
    possessiveWork: 1.1713,
    workNounAfter: 0.4221,
    roleNounNear: -0.2578,
    characterNounNear: 0.0000,
    performanceNear: 0.3173,
    performanceSentence: 1.2848,
    sentenceInitialOnly: 1.2970,
    givenName: 0.4295,
    loneGivenName: -1.0180,
    descriptorBefore: 0.0000,
    newsVoice: -0.0061,
    charactersAround: -1.1091,
    describedAppositive: -1.4114,
    officeBefore: -1.0731,
    reportedNews: 0.0000,
    quotedName: -1.2710,
    joinedCharacter: -1.0894,
    joinedPerson: 1.2862,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.7500,
};

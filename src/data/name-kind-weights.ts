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
  bias: 0.2590,
  weights: {
    characterCue: -2.6640,
    actorCue: 1.2326,
    crewCue: 1.4749,
    characterSide: -1.3696,
    actorSide: 1.2825,
    multiWord: 1.7132,
    honorific: 0.0581,
    titledOnly: 0.0000,
    firstAlone: -0.7088,
    surnameAlone: 1.0753,
    family: -0.7713,
    plotVerbAfter: -0.3819,
    speechVerb: -0.2524,
    pronounAfter: -0.5328,
    twoMentions: 0.0721,
    logMentions: -0.4794,
    inBrackets: -0.5980,
    nameList: -0.2808,
    possessiveWork: 1.1792,
    workNounAfter: 0.4238,
    roleNounNear: -0.2447,
    characterNounNear: 0.0000,
    performanceNear: 0.2565,
    performanceSentence: 1.2830,
    sentenceInitialOnly: 1.3019,
    givenName: 0.4529,
    loneGivenName: -0.9668,
    descriptorBefore: 0.0000,
    newsVoice: -0.0405,
    charactersAround: -1.0249,
    describedAppositive: -1.4038,
    officeBefore: -1.0697,
    reportedNews: 0.0000,
    quotedName: -1.2826,
    joinedCharacter: -1.0861,
    joinedPerson: 1.3032,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

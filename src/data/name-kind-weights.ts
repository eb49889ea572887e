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
  bias: 0.3067,
  weights: {
    characterCue: -2.6531,
    actorCue: 1.2442,
    crewCue: 1.3833,
    characterSide: -1.3731,
    actorSide: 1.2919,
    multiWord: 1.6024,
    honorific: 0.0433,
    titledOnly: 0.0000,
    firstAlone: -0.6061,
    surnameAlone: 1.0781,
    family: -0.7923,
    plotVerbAfter: -0.3390,
    speechVerb: -0.2506,
    pronounAfter: -0.5102,
    twoMentions: 0.0099,
    logMentions: -0.4510,
    inBrackets: -0.6076,
    nameList: -0.2844,
    possessiveWork: 1.1805,
    workNounAfter: 0.4407,
    roleNounNear: -0.2361,
    characterNounNear: 0.0000,
    performanceNear: 0.2760,
    performanceSentence: 1.3227,
    sentenceInitialOnly: 1.2654,
    givenName: 0.4631,
    loneGivenName: -1.0647,
    descriptorBefore: 0.0000,
    newsVoice: 0.0129,
    charactersAround: -1.0708,
    describedAppositive: -1.4019,
    officeBefore: -1.0877,
    reportedNews: 0.0000,
    quotedName: -1.0450,
    joinedCharacter: -1.1068,
    joinedPerson: 1.3016,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.7500,
};

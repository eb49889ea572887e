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
  bias: 0.6819,
  weights: {
    characterCue: -2.6220,
    actorCue: 1.2009,
    crewCue: 0.9226,
    characterSide: -1.3972,
    actorSide: 1.2944,
    multiWord: 1.4062,
    honorific: 0.0048,
    titledOnly: 0.0000,
    firstAlone: -0.4350,
    surnameAlone: 1.1884,
    family: -0.8283,
    plotVerbAfter: -0.3432,
    speechVerb: -0.0704,
    pronounAfter: -0.5294,
    twoMentions: 0.0671,
    logMentions: -0.6910,
    inBrackets: -0.6143,
    nameList: -0.2972,
    possessiveWork: 1.2775,
    workNounAfter: 0.5831,
    roleNounNear: 0.0081,
    characterNounNear: -0.2376,
    performanceNear: 0.2486,
    performanceSentence: 1.2368,
    sentenceInitialOnly: 1.0502,
    givenName: 0.5156,
    loneGivenName: -1.1377,
    descriptorBefore: 0.0000,
    newsVoice: 0.0354,
    charactersAround: -1.1055,
    describedAppositive: -1.4122,
    officeBefore: -0.6803,
    reportedNews: 0.0000,
    quotedName: -1.4198,
    joinedCharacter: -1.2808,
    joinedPerson: 1.2292,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8750,
  unmarkedCharacter: 0.6667,
};

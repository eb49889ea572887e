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
  bias: 0.5179,
  weights: {
    characterCue: -2.6452,
    actorCue: 1.2035,
    crewCue: 1.3568,
    characterSide: -1.4206,
    actorSide: 1.2701,
    multiWord: 1.5142,
    honorific: -0.0150,
    titledOnly: 0.0000,
    firstAlone: -0.3991,
    surnameAlone: 1.1625,
    family: -0.8319,
    plotVerbAfter: -0.3953,
    speechVerb: -0.0888,
    pronounAfter: -0.5111,
    twoMentions: -0.0830,
    logMentions: -0.5018,
    inBrackets: -0.6130,
    nameList: -0.2959,
    possessiveWork: 1.1540,
    workNounAfter: 0.4425,
    roleNounNear: -0.2437,
    characterNounNear: -0.2286,
    performanceNear: 0.3271,
    performanceSentence: 1.2335,
    sentenceInitialOnly: 1.2310,
    givenName: 0.4125,
    loneGivenName: -1.0217,
    descriptorBefore: 0.0000,
    newsVoice: 0.0495,
    charactersAround: -1.0439,
    describedAppositive: -1.4239,
    officeBefore: -0.6945,
    reportedNews: 0.0000,
    quotedName: -1.4403,
    joinedCharacter: -1.1353,
    joinedPerson: 1.2202,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8750,
  unmarkedCharacter: 0.6667,
};

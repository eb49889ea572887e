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
  bias: 0.7133,
  weights: {
    characterCue: -2.6027,
    actorCue: 1.1821,
    crewCue: 0.9130,
    characterSide: -1.3970,
    actorSide: 1.3165,
    multiWord: 1.3910,
    honorific: 0.0615,
    titledOnly: 0.1207,
    firstAlone: -0.4173,
    surnameAlone: 1.2050,
    family: -0.8369,
    plotVerbAfter: -0.2680,
    speechVerb: -0.0369,
    pronounAfter: -0.4917,
    twoMentions: 0.0385,
    logMentions: -0.7034,
    inBrackets: -0.6448,
    nameList: -0.3935,
    possessiveWork: 1.2797,
    workNounAfter: 0.5843,
    roleNounNear: 0.0335,
    characterNounNear: -0.2312,
    performanceNear: 0.2025,
    performanceSentence: 1.2141,
    sentenceInitialOnly: 1.0439,
    givenName: 0.4944,
    loneGivenName: -1.1355,
    descriptorBefore: 0.0000,
    newsVoice: 0.0304,
    charactersAround: -1.0716,
    describedAppositive: -1.4198,
    officeBefore: -0.6867,
    reportedNews: 0.0000,
    quotedName: -1.4225,
    joinedCharacter: -1.2908,
    joinedPerson: 1.2770,
  },
  settledCharacter: 0.8235,
  unmarkedCharacter: 0.6667,
};

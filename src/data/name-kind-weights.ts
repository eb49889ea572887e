// Written by scripts/train-names.mjs (`npm run train:names`) from the labelled reviews in
// ../shared/train: do not edit by hand.
import type { KindFeature } from './name-kind-features';

/**
 * The character-or-person model: p(person) = sigmoid(bias + Σ weight × feature), for entities that
 * explicit evidence does not settle; `settledCharacter`: how often a settled character is one.
 */
export const NAME_KIND_WEIGHTS: {
  readonly bias: number;
  readonly weights: Readonly<Record<KindFeature, number>>;
  readonly settledCharacter: number;
} = {
  bias: 0.9527,
  weights: {
    characterCue: -2.7379,
    actorCue: 1.1321,
    crewCue: 0.7921,
    characterSide: -1.5382,
    actorSide: 1.2998,
    multiWord: 1.4934,
    honorific: 0.0641,
    titledOnly: 0.1314,
    firstAlone: -0.4949,
    surnameAlone: 1.2723,
    family: -0.8773,
    plotVerbAfter: -0.3212,
    speechVerb: -0.1391,
    pronounAfter: -0.5987,
    twoMentions: -0.0584,
    logMentions: -0.7441,
    inBrackets: -0.6549,
    nameList: 0.2055,
    possessiveWork: 1.3191,
    workNounAfter: 0.6622,
    roleNounNear: -0.1004,
    characterNounNear: -0.2336,
    performanceNear: 0.2895,
    performanceSentence: 1.2636,
    sentenceInitialOnly: 0.9465,
    givenName: 0.5294,
    loneGivenName: -1.1324,
    descriptorBefore: 0.0000,
    newsVoice: -0.0084,
    charactersAround: -1.3272,
    describedAppositive: -1.4933,
    officeBefore: -0.8086,
    reportedNews: 0.0000,
    quotedName: -1.4139,
  },
  settledCharacter: 0.8235,
};

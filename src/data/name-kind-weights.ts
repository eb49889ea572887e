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
  bias: 0.9678,
  weights: {
    characterCue: -2.7393,
    actorCue: 1.0591,
    crewCue: 0.7092,
    characterSide: -1.5638,
    actorSide: 1.3206,
    multiWord: 1.4530,
    honorific: 0.0720,
    titledOnly: 0.2588,
    firstAlone: -0.5230,
    surnameAlone: 1.1711,
    family: -0.7513,
    plotVerbAfter: -0.3897,
    speechVerb: -0.1295,
    pronounAfter: -0.5832,
    twoMentions: -0.0137,
    logMentions: -0.6956,
    inBrackets: -0.6641,
    nameList: 0.5059,
    possessiveWork: 1.2376,
    workNounAfter: 0.6767,
    roleNounNear: -0.0406,
    characterNounNear: -0.2629,
    performanceNear: 0.2213,
    performanceSentence: 1.2429,
    sentenceInitialOnly: 0.9476,
    givenName: 0.4713,
    loneGivenName: -1.1657,
    descriptorBefore: 0.0000,
    newsVoice: 0.0528,
    charactersAround: -1.3132,
    describedAppositive: -1.4961,
    officeBefore: -0.8141,
    reportedNews: 0.0000,
    quotedName: -1.4144,
  },
  settledCharacter: 0.8000,
};

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
  bias: 0.9988,
  weights: {
    characterCue: -2.7373,
    actorCue: 1.0368,
    crewCue: 0.7076,
    characterSide: -1.5707,
    actorSide: 1.3696,
    multiWord: 1.4516,
    honorific: 0.0652,
    titledOnly: 0.2514,
    firstAlone: -0.5221,
    surnameAlone: 1.1923,
    family: -0.7563,
    plotVerbAfter: -0.3826,
    speechVerb: -0.1317,
    pronounAfter: -0.5859,
    twoMentions: -0.0112,
    logMentions: -0.7280,
    inBrackets: -0.6761,
    nameList: 0.5021,
    possessiveWork: 1.2382,
    workNounAfter: 0.6741,
    roleNounNear: -0.0389,
    characterNounNear: -0.2606,
    performanceNear: 0.2459,
    performanceSentence: 1.2419,
    sentenceInitialOnly: 0.9548,
    givenName: 0.4679,
    loneGivenName: -1.1503,
    descriptorBefore: 0.0000,
    newsVoice: 0.0521,
    charactersAround: -1.3153,
    describedAppositive: -1.4979,
    officeBefore: -0.8110,
    reportedNews: 0.0000,
    quotedName: -1.4078,
  },
  settledCharacter: 0.8000,
};

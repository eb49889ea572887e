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
  bias: 1.0768,
  weights: {
    characterCue: -2.7688,
    actorCue: 1.0354,
    crewCue: 0.7146,
    characterSide: -1.4453,
    actorSide: 1.3886,
    multiWord: 1.4178,
    honorific: 0.2538,
    titledOnly: 0.2365,
    firstAlone: -0.5229,
    surnameAlone: 1.0672,
    family: -0.7252,
    plotVerbAfter: -0.2783,
    speechVerb: -0.3931,
    pronounAfter: -0.6061,
    twoMentions: 0.0702,
    logMentions: -0.9065,
    inBrackets: -0.6062,
    nameList: 0.5113,
    possessiveWork: 1.2740,
    workNounAfter: 0.7013,
    roleNounNear: -0.0176,
    characterNounNear: -0.2830,
    performanceNear: 0.1698,
    performanceSentence: 1.2471,
    sentenceInitialOnly: 0.9037,
    givenName: 0.5386,
    loneGivenName: -1.1130,
    descriptorBefore: 0.0000,
    newsVoice: 0.0835,
    charactersAround: -1.3545,
    describedAppositive: -1.4852,
    officeBefore: -0.8092,
    reportedNews: 0.0000,
    quotedName: -1.3838,
  },
  settledCharacter: 0.7931,
};

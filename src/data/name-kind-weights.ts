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
  bias: 1.0721,
  weights: {
    characterCue: -2.7703,
    actorCue: 1.0330,
    crewCue: 0.7125,
    characterSide: -1.4451,
    actorSide: 1.3886,
    multiWord: 1.4232,
    honorific: 0.2537,
    titledOnly: 0.2374,
    firstAlone: -0.5235,
    surnameAlone: 1.0674,
    family: -0.7242,
    plotVerbAfter: -0.2776,
    speechVerb: -0.3977,
    pronounAfter: -0.6091,
    twoMentions: 0.0707,
    logMentions: -0.9050,
    inBrackets: -0.6126,
    nameList: 0.5102,
    possessiveWork: 1.2732,
    workNounAfter: 0.7021,
    roleNounNear: -0.0154,
    characterNounNear: -0.2832,
    performanceNear: 0.1701,
    performanceSentence: 1.2443,
    sentenceInitialOnly: 0.9347,
    givenName: 0.5425,
    loneGivenName: -1.1153,
    descriptorBefore: 0.0000,
    newsVoice: 0.0811,
    charactersAround: -1.3594,
    describedAppositive: -1.4853,
    officeBefore: -0.8086,
    reportedNews: 0.0000,
    quotedName: -1.3838,
  },
  settledCharacter: 0.7931,
};

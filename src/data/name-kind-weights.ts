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
  bias: 0.8878,
  weights: {
    characterCue: -2.7418,
    actorCue: 1.1398,
    crewCue: 0.7069,
    characterSide: -1.5294,
    actorSide: 1.3028,
    multiWord: 1.5340,
    honorific: 0.0652,
    titledOnly: 0.1365,
    firstAlone: -0.5030,
    surnameAlone: 1.2558,
    family: -0.8703,
    plotVerbAfter: -0.3849,
    speechVerb: -0.1423,
    pronounAfter: -0.6106,
    twoMentions: -0.0295,
    logMentions: -0.7231,
    inBrackets: -0.6515,
    nameList: 0.2096,
    possessiveWork: 1.3302,
    workNounAfter: 0.6621,
    roleNounNear: -0.0685,
    characterNounNear: -0.2387,
    performanceNear: 0.3096,
    performanceSentence: 1.2467,
    sentenceInitialOnly: 0.9529,
    givenName: 0.5431,
    loneGivenName: -1.1354,
    descriptorBefore: 0.0000,
    newsVoice: -0.0165,
    charactersAround: -1.3450,
    describedAppositive: -1.4827,
    officeBefore: -0.8039,
    reportedNews: 0.0000,
    quotedName: -1.4137,
  },
  settledCharacter: 0.8235,
};

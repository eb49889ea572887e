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
  bias: 1.0345,
  weights: {
    characterCue: -2.7418,
    actorCue: 1.0295,
    crewCue: 0.6990,
    characterSide: -1.5796,
    actorSide: 1.3662,
    multiWord: 1.4865,
    honorific: 0.0513,
    titledOnly: 0.2482,
    firstAlone: -0.5183,
    surnameAlone: 1.1914,
    family: -0.7556,
    plotVerbAfter: -0.3880,
    speechVerb: -0.1329,
    pronounAfter: -0.5945,
    twoMentions: -0.0452,
    logMentions: -0.6986,
    inBrackets: -0.6835,
    nameList: 0.5121,
    possessiveWork: 1.2292,
    workNounAfter: 0.6686,
    roleNounNear: -0.0407,
    characterNounNear: -0.2609,
    performanceNear: 0.2495,
    performanceSentence: 1.2423,
    sentenceInitialOnly: 0.9465,
    givenName: 0.3978,
    loneGivenName: -1.1227,
    descriptorBefore: 0.0000,
    newsVoice: 0.0483,
    charactersAround: -1.3381,
    describedAppositive: -1.5059,
    officeBefore: -0.8082,
    reportedNews: 0.0000,
    quotedName: -1.4108,
  },
  settledCharacter: 0.8000,
};

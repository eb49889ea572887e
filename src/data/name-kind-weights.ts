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
  bias: 1.0390,
  weights: {
    characterCue: -2.7184,
    actorCue: 1.0451,
    crewCue: 0.7191,
    characterSide: -1.5068,
    actorSide: 1.4028,
    multiWord: 1.3757,
    honorific: 0.1194,
    titledOnly: 0.2602,
    firstAlone: -0.5183,
    surnameAlone: 1.0644,
    family: -0.7223,
    plotVerbAfter: -0.2884,
    speechVerb: -0.3945,
    pronounAfter: -0.5994,
    twoMentions: 0.0944,
    logMentions: -0.8980,
    inBrackets: -0.6221,
    nameList: 0.5148,
    possessiveWork: 1.2790,
    workNounAfter: 0.7064,
    roleNounNear: -0.0204,
    characterNounNear: -0.2771,
    performanceNear: 0.1833,
    performanceSentence: 1.2502,
    sentenceInitialOnly: 0.9425,
    givenName: 0.6143,
    loneGivenName: -1.1558,
    descriptorBefore: 0.0000,
    newsVoice: 0.0866,
    charactersAround: -1.3791,
    describedAppositive: -1.4759,
    officeBefore: -0.8106,
    reportedNews: 0.0000,
    quotedName: -1.3847,
  },
  settledCharacter: 0.8000,
};

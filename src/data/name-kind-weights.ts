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
  bias: 0.9440,
  weights: {
    characterCue: -1.3294,
    actorCue: -0.0601,
    crewCue: 0.6888,
    characterSide: -1.6985,
    actorSide: 1.4324,
    multiWord: 1.7474,
    honorific: -0.1655,
    titledOnly: 0.0625,
    firstAlone: -0.8747,
    surnameAlone: 0.9258,
    family: -0.8461,
    plotVerbAfter: -0.0186,
    speechVerb: -0.2320,
    pronounAfter: -0.2220,
    twoMentions: -0.4499,
    logMentions: -0.8881,
    inBrackets: 0.3457,
    nameList: 0.4172,
    possessiveWork: 1.8102,
    workNounAfter: 0.6136,
    roleNounNear: 0.5910,
    characterNounNear: -0.0436,
    performanceNear: 0.0860,
    performanceSentence: 1.1714,
    sentenceInitialOnly: 0.5971,
    givenName: 0.0701,
    loneGivenName: -1.4165,
    descriptorBefore: 0.0000,
    newsVoice: 0.1644,
    charactersAround: -0.9265,
  },
  settledCharacter: 0.8750,
};

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
  bias: 0.9269,
  weights: {
    characterCue: -2.9118,
    actorCue: 1.0381,
    crewCue: 0.6946,
    characterSide: -1.4129,
    actorSide: 1.4717,
    multiWord: 1.3673,
    honorific: 0.3836,
    titledOnly: 0.4347,
    firstAlone: -0.6263,
    surnameAlone: 1.1956,
    family: -0.8595,
    plotVerbAfter: -0.1772,
    speechVerb: -0.3802,
    pronounAfter: -0.6559,
    twoMentions: 0.0592,
    logMentions: -0.8611,
    inBrackets: -0.5745,
    nameList: 0.5551,
    possessiveWork: 1.2652,
    workNounAfter: 0.7280,
    roleNounNear: -0.0045,
    characterNounNear: -0.4597,
    performanceNear: 0.0347,
    performanceSentence: 1.4091,
    sentenceInitialOnly: 0.9716,
    givenName: 0.5732,
    loneGivenName: -1.1482,
    descriptorBefore: 0.0000,
    newsVoice: 0.0142,
    charactersAround: -1.2014,
  },
  settledCharacter: 0.8182,
};

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
  bias: 0.9362,
  weights: {
    characterCue: -2.9092,
    actorCue: 1.0232,
    crewCue: 0.6955,
    characterSide: -1.4194,
    actorSide: 1.5108,
    multiWord: 1.3583,
    honorific: 0.3786,
    titledOnly: 0.4302,
    firstAlone: -0.6269,
    surnameAlone: 1.2122,
    family: -0.8661,
    plotVerbAfter: -0.1785,
    speechVerb: -0.3831,
    pronounAfter: -0.6611,
    twoMentions: 0.0537,
    logMentions: -0.8614,
    inBrackets: -0.5811,
    nameList: 0.5544,
    possessiveWork: 1.2645,
    workNounAfter: 0.7230,
    roleNounNear: -0.0067,
    characterNounNear: -0.4575,
    performanceNear: 0.0506,
    performanceSentence: 1.4045,
    sentenceInitialOnly: 0.9706,
    givenName: 0.5788,
    loneGivenName: -1.1379,
    descriptorBefore: 0.0000,
    newsVoice: 0.0098,
    charactersAround: -1.2118,
  },
  settledCharacter: 0.8182,
};

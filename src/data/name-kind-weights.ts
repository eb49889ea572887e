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
  bias: 0.8961,
  weights: {
    characterCue: -2.9498,
    actorCue: 1.0007,
    crewCue: 0.5363,
    characterSide: -1.2426,
    actorSide: 1.1826,
    multiWord: 1.5456,
    honorific: 0.2886,
    titledOnly: 0.4302,
    firstAlone: -0.6369,
    surnameAlone: 1.2831,
    family: -0.8008,
    plotVerbAfter: -0.1187,
    speechVerb: -0.2431,
    pronounAfter: -0.5600,
    twoMentions: -0.1441,
    logMentions: -0.9990,
    inBrackets: -0.0475,
    nameList: 0.3936,
    possessiveWork: 1.2375,
    workNounAfter: 0.6250,
    roleNounNear: 0.3331,
    characterNounNear: -0.4671,
    performanceNear: 0.2704,
    performanceSentence: 1.2705,
    sentenceInitialOnly: 0.9252,
    givenName: 0.2841,
    loneGivenName: -0.9531,
    descriptorBefore: 0.0000,
    newsVoice: 0.0965,
    charactersAround: -0.5544,
  },
  settledCharacter: 0.8387,
};

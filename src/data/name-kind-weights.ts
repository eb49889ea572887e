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
  bias: 1.0805,
  weights: {
    characterCue: -2.7680,
    actorCue: 1.0168,
    crewCue: 0.7134,
    characterSide: -1.4495,
    actorSide: 1.4299,
    multiWord: 1.4142,
    honorific: 0.2485,
    titledOnly: 0.2323,
    firstAlone: -0.5247,
    surnameAlone: 1.0851,
    family: -0.7309,
    plotVerbAfter: -0.2791,
    speechVerb: -0.4009,
    pronounAfter: -0.6144,
    twoMentions: 0.0643,
    logMentions: -0.9056,
    inBrackets: -0.6195,
    nameList: 0.5099,
    possessiveWork: 1.2721,
    workNounAfter: 0.6970,
    roleNounNear: -0.0177,
    characterNounNear: -0.2824,
    performanceNear: 0.1869,
    performanceSentence: 1.2390,
    sentenceInitialOnly: 0.9331,
    givenName: 0.5485,
    loneGivenName: -1.1043,
    descriptorBefore: 0.0000,
    newsVoice: 0.0770,
    charactersAround: -1.3664,
    describedAppositive: -1.4863,
    officeBefore: -0.8079,
    reportedNews: 0.0000,
    quotedName: -1.3811,
  },
  settledCharacter: 0.7931,
};

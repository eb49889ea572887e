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
  bias: 0.9936,
  weights: {
    characterCue: -2.7403,
    actorCue: 1.0374,
    crewCue: 0.7064,
    characterSide: -1.5749,
    actorSide: 1.3693,
    multiWord: 1.5299,
    honorific: 0.0690,
    titledOnly: 0.2614,
    firstAlone: -0.5240,
    surnameAlone: 1.1901,
    family: -0.8643,
    plotVerbAfter: -0.3768,
    speechVerb: -0.1286,
    pronounAfter: -0.5886,
    twoMentions: -0.0160,
    logMentions: -0.7261,
    inBrackets: -0.6698,
    nameList: 0.5144,
    possessiveWork: 1.2278,
    workNounAfter: 0.6620,
    roleNounNear: -0.0549,
    characterNounNear: -0.2607,
    performanceNear: 0.2517,
    performanceSentence: 1.2435,
    sentenceInitialOnly: 0.9426,
    givenName: 0.4193,
    loneGivenName: -1.0878,
    descriptorBefore: 0.0000,
    newsVoice: 0.0529,
    charactersAround: -1.3897,
    describedAppositive: -1.4956,
    officeBefore: -0.8098,
    reportedNews: 0.0000,
    quotedName: -1.4097,
  },
  settledCharacter: 0.8000,
};

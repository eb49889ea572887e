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
  bias: 0.9787,
  weights: {
    characterCue: -2.7421,
    actorCue: 1.0320,
    crewCue: 0.7070,
    characterSide: -1.5751,
    actorSide: 1.3719,
    multiWord: 1.5293,
    honorific: 0.0683,
    titledOnly: 0.2610,
    firstAlone: -0.5266,
    surnameAlone: 1.1849,
    family: -0.8649,
    plotVerbAfter: -0.3820,
    speechVerb: -0.1323,
    pronounAfter: -0.5909,
    twoMentions: -0.0271,
    logMentions: -0.7017,
    inBrackets: -0.6689,
    nameList: 0.5135,
    possessiveWork: 1.2252,
    workNounAfter: 0.6606,
    roleNounNear: -0.0546,
    characterNounNear: -0.2610,
    performanceNear: 0.2496,
    performanceSentence: 1.2454,
    sentenceInitialOnly: 0.9425,
    givenName: 0.4204,
    loneGivenName: -1.0894,
    descriptorBefore: 0.0000,
    newsVoice: 0.0523,
    charactersAround: -1.3916,
    describedAppositive: -1.4959,
    officeBefore: -0.8107,
    reportedNews: 0.0000,
    quotedName: -1.4122,
  },
  settledCharacter: 0.8000,
};

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
  bias: 0.7568,
  weights: {
    characterCue: -2.7800,
    actorCue: 1.1347,
    crewCue: 0.7105,
    characterSide: -1.5253,
    actorSide: 1.3116,
    multiWord: 1.6075,
    honorific: 0.0293,
    titledOnly: 0.1468,
    firstAlone: -0.5482,
    surnameAlone: 1.1736,
    family: -0.8527,
    plotVerbAfter: -0.3614,
    speechVerb: -0.1346,
    pronounAfter: -0.6028,
    twoMentions: 0.0312,
    logMentions: -0.7449,
    inBrackets: -0.6509,
    nameList: 0.2192,
    possessiveWork: 1.3440,
    workNounAfter: 0.6739,
    roleNounNear: -0.0706,
    characterNounNear: -0.2587,
    performanceNear: 0.3104,
    performanceSentence: 1.2659,
    sentenceInitialOnly: 0.9596,
    givenName: 0.5877,
    loneGivenName: -1.0984,
    descriptorBefore: 0.0000,
    newsVoice: -0.0108,
    charactersAround: -1.2827,
    describedAppositive: -1.4704,
    officeBefore: -0.7990,
    reportedNews: 0.0000,
    quotedName: -1.4140,
  },
  settledCharacter: 0.8065,
};

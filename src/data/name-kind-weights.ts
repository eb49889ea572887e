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
  bias: 0.7895,
  weights: {
    characterCue: -2.7468,
    actorCue: 1.1405,
    crewCue: 0.7064,
    characterSide: -1.5246,
    actorSide: 1.2992,
    multiWord: 1.5971,
    honorific: 0.0726,
    titledOnly: 0.1414,
    firstAlone: -0.5207,
    surnameAlone: 1.2383,
    family: -0.8698,
    plotVerbAfter: -0.3102,
    speechVerb: -0.1429,
    pronounAfter: -0.6081,
    twoMentions: 0.0027,
    logMentions: -0.7458,
    inBrackets: -0.6481,
    nameList: 0.2181,
    possessiveWork: 1.3429,
    workNounAfter: 0.6693,
    roleNounNear: -0.0712,
    characterNounNear: -0.2389,
    performanceNear: 0.3133,
    performanceSentence: 1.2519,
    sentenceInitialOnly: 0.9575,
    givenName: 0.5721,
    loneGivenName: -1.0619,
    descriptorBefore: 0.0000,
    newsVoice: -0.0149,
    charactersAround: -1.2938,
    describedAppositive: -1.4795,
    officeBefore: -0.8077,
    reportedNews: 0.0000,
    quotedName: -1.4190,
  },
  settledCharacter: 0.8235,
};

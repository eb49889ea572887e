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
  bias: 0.7630,
  weights: {
    characterCue: -2.7445,
    actorCue: 1.1437,
    crewCue: 0.7112,
    characterSide: -1.5210,
    actorSide: 1.3023,
    multiWord: 1.6066,
    honorific: 0.0742,
    titledOnly: 0.1432,
    firstAlone: -0.5251,
    surnameAlone: 1.2310,
    family: -0.8643,
    plotVerbAfter: -0.3808,
    speechVerb: -0.1424,
    pronounAfter: -0.6020,
    twoMentions: 0.0093,
    logMentions: -0.7308,
    inBrackets: -0.6510,
    nameList: 0.2192,
    possessiveWork: 1.3425,
    workNounAfter: 0.6714,
    roleNounNear: -0.0713,
    characterNounNear: -0.2403,
    performanceNear: 0.3093,
    performanceSentence: 1.2626,
    sentenceInitialOnly: 0.9582,
    givenName: 0.5739,
    loneGivenName: -1.0884,
    descriptorBefore: 0.0000,
    newsVoice: -0.0107,
    charactersAround: -1.3038,
    describedAppositive: -1.4750,
    officeBefore: -0.8049,
    reportedNews: 0.0000,
    quotedName: -1.4169,
  },
  settledCharacter: 0.8235,
};

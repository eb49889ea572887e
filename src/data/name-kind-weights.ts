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
  bias: 0.9472,
  weights: {
    characterCue: -2.7350,
    actorCue: 1.1523,
    crewCue: 0.8111,
    characterSide: -1.5352,
    actorSide: 1.2955,
    multiWord: 1.4918,
    honorific: 0.0650,
    titledOnly: 0.1296,
    firstAlone: -0.4939,
    surnameAlone: 1.2659,
    family: -0.8763,
    plotVerbAfter: -0.3204,
    speechVerb: -0.1380,
    pronounAfter: -0.5951,
    twoMentions: -0.0604,
    logMentions: -0.7394,
    inBrackets: -0.6585,
    nameList: 0.1878,
    possessiveWork: 1.3198,
    workNounAfter: 0.6632,
    roleNounNear: -0.1054,
    characterNounNear: -0.2342,
    performanceNear: 0.2996,
    performanceSentence: 1.2487,
    sentenceInitialOnly: 0.9470,
    givenName: 0.5253,
    loneGivenName: -1.1276,
    descriptorBefore: 0.0000,
    newsVoice: -0.0023,
    charactersAround: -1.3248,
    describedAppositive: -1.4932,
    officeBefore: -0.8075,
    reportedNews: 0.0000,
    quotedName: -1.4119,
  },
  settledCharacter: 0.8235,
};

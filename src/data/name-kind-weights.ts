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
  bias: 0.9808,
  weights: {
    characterCue: -2.7428,
    actorCue: 1.0386,
    crewCue: 0.7075,
    characterSide: -1.5778,
    actorSide: 1.3625,
    multiWord: 1.5260,
    honorific: 0.0670,
    titledOnly: 0.2627,
    firstAlone: -0.5287,
    surnameAlone: 1.1808,
    family: -0.8686,
    plotVerbAfter: -0.3863,
    speechVerb: -0.1380,
    pronounAfter: -0.5826,
    twoMentions: -0.0167,
    logMentions: -0.7024,
    inBrackets: -0.6713,
    nameList: 0.5155,
    possessiveWork: 1.2230,
    workNounAfter: 0.6559,
    roleNounNear: -0.0570,
    characterNounNear: -0.2622,
    performanceNear: 0.2529,
    performanceSentence: 1.2330,
    sentenceInitialOnly: 0.9426,
    givenName: 0.4229,
    loneGivenName: -1.0761,
    descriptorBefore: 0.0000,
    newsVoice: 0.0506,
    charactersAround: -1.3957,
    describedAppositive: -1.4967,
    officeBefore: -0.8110,
    reportedNews: 0.0000,
    quotedName: -1.4143,
  },
  settledCharacter: 0.8000,
};

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
  bias: 0.8547,
  weights: {
    characterCue: -2.8040,
    actorCue: 1.1266,
    crewCue: 0.7074,
    characterSide: -1.4878,
    actorSide: 1.2985,
    multiWord: 1.5129,
    honorific: 0.0266,
    titledOnly: 0.1452,
    firstAlone: -0.5431,
    surnameAlone: 1.1603,
    family: -0.8584,
    plotVerbAfter: -0.3917,
    speechVerb: -0.1553,
    pronounAfter: -0.5836,
    twoMentions: 0.0140,
    logMentions: -0.7142,
    inBrackets: -0.6597,
    nameList: 0.2098,
    possessiveWork: 1.2272,
    workNounAfter: 0.6665,
    roleNounNear: -0.0757,
    characterNounNear: -0.2741,
    performanceNear: 0.2497,
    performanceSentence: 1.2695,
    sentenceInitialOnly: 0.9443,
    givenName: 0.5601,
    loneGivenName: -1.1107,
    descriptorBefore: 0.0000,
    newsVoice: 0.0549,
    charactersAround: -1.3524,
    describedAppositive: -1.4831,
    officeBefore: -0.8090,
    reportedNews: 0.0000,
    quotedName: -1.4230,
  },
  settledCharacter: 0.8000,
};

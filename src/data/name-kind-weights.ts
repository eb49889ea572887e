// Written by scripts/train-names.mjs (`npm run train:names`) from the labelled reviews in
// ../shared/train: do not edit by hand.
import type { KindFeature } from './name-kind-features';

/**
 * The character-or-person model: p(person) = sigmoid(bias + Σ weight × feature), for entities that
 * explicit evidence does not settle; `settledCharacter`: how often a settled character is one;
 * `unmarkedCharacter`: how often a name with no evidence either way is a character.
 */
export const NAME_KIND_WEIGHTS: {
  readonly bias: number;
  readonly weights: Readonly<Record<KindFeature, number>>;
  readonly settledCharacter: number;
  readonly unmarkedCharacter: number;
} = {
  bias: 0.6794,
  weights: {
    characterCue: -2.6077,
    actorCue: 1.2018,
    crewCue: 0.9232,
    characterSide: -1.3941,
    actorSide: 1.2941,
    multiWord: 1.4208,
    honorific: 0.0087,
    titledOnly: 0.0000,
    firstAlone: -0.4391,
    surnameAlone: 1.1786,
    family: -0.8347,
    plotVerbAfter: -0.2683,
    speechVerb: -0.0611,
    pronounAfter: -0.5026,
    twoMentions: 0.0740,
    logMentions: -0.7065,
    inBrackets: -0.6037,
    nameList: -0.3309,
    possessiveWork: 1.2832,
    workNounAfter: 0.5840,
    roleNounNear: 0.0200,
    characterNounNear: -0.2371,
    performanceNear: 0.2092,
    performanceSentence: 1.2159,
    sentenceInitialOnly: 1.0496,
    givenName: 0.5157,
    loneGivenName: -1.1177,
    descriptorBefore: 0.0000,
    newsVoice: 0.0345,
    charactersAround: -1.1078,
    describedAppositive: -1.4184,
    officeBefore: -0.6878,
    reportedNews: 0.0000,
    quotedName: -1.4253,
    joinedCharacter: -1.2917,
    joinedPerson: 1.2219,
  },
  settledCharacter: 0.8235,
  unmarkedCharacter: 0.6667,
};

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
  bias: 0.4552,
  weights: {
    characterCue: -2.6528,
    actorCue: 1.2315,
    crewCue: 1.3612,
    characterSide: -1.3813,
    actorSide: 1.2639,
    multiWord: 1.5390,
    honorific: -0.0967,
    titledOnly: 0.0000,
    firstAlone: -0.4193,
    surnameAlone: 1.1514,
    family: -0.8110,
    plotVerbAfter: -0.4103,
    speechVerb: -0.2610,
    pronounAfter: -0.5143,
    twoMentions: -0.0873,
    logMentions: -0.4866,
    inBrackets: -0.6222,
    nameList: -0.2970,
    possessiveWork: 1.1525,
    workNounAfter: 0.4387,
    roleNounNear: -0.2539,
    characterNounNear: 0.0000,
    performanceNear: 0.3315,
    performanceSentence: 1.2287,
    sentenceInitialOnly: 1.2197,
    givenName: 0.4424,
    loneGivenName: -0.9337,
    descriptorBefore: 0.0000,
    newsVoice: 0.0537,
    charactersAround: -1.0258,
    describedAppositive: -1.4302,
    officeBefore: -0.6961,
    reportedNews: 0.0000,
    quotedName: -1.3153,
    joinedCharacter: -1.1322,
    joinedPerson: 1.2187,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8947,
  unmarkedCharacter: 0.7500,
};

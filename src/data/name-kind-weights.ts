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
  bias: 0.5159,
  weights: {
    characterCue: -2.6626,
    actorCue: 1.2070,
    crewCue: 1.3474,
    characterSide: -1.3938,
    actorSide: 1.2563,
    multiWord: 1.4966,
    honorific: 0.0100,
    titledOnly: 0.0000,
    firstAlone: -0.4194,
    surnameAlone: 1.1455,
    family: -0.8161,
    plotVerbAfter: -0.4064,
    speechVerb: -0.1062,
    pronounAfter: -0.5388,
    twoMentions: -0.0750,
    logMentions: -0.4886,
    inBrackets: -0.6105,
    nameList: -0.2954,
    possessiveWork: 1.1486,
    workNounAfter: 0.4326,
    roleNounNear: -0.2397,
    characterNounNear: 0.0000,
    performanceNear: 0.3308,
    performanceSentence: 1.2026,
    sentenceInitialOnly: 1.2238,
    givenName: 0.4244,
    loneGivenName: -0.9785,
    descriptorBefore: 0.0000,
    newsVoice: 0.0869,
    charactersAround: -1.0453,
    describedAppositive: -1.4368,
    officeBefore: -0.6955,
    reportedNews: 0.0000,
    quotedName: -1.3065,
    joinedCharacter: -1.1424,
    joinedPerson: 1.2066,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8919,
  unmarkedCharacter: 0.6667,
};

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
  bias: 0.3929,
  weights: {
    characterCue: -2.6400,
    actorCue: 1.2355,
    crewCue: 1.3804,
    characterSide: -1.3449,
    actorSide: 1.2761,
    multiWord: 1.6064,
    honorific: -0.0846,
    titledOnly: 0.0000,
    firstAlone: -0.6859,
    surnameAlone: 1.0770,
    family: -0.7919,
    plotVerbAfter: -0.4015,
    speechVerb: -0.2488,
    pronounAfter: -0.5031,
    twoMentions: 0.0335,
    logMentions: -0.5171,
    inBrackets: -0.6223,
    nameList: -0.3171,
    possessiveWork: 1.1800,
    workNounAfter: 0.4337,
    roleNounNear: -0.2504,
    characterNounNear: 0.0000,
    performanceNear: 0.3229,
    performanceSentence: 1.2676,
    sentenceInitialOnly: 1.2389,
    givenName: 0.4407,
    loneGivenName: -1.0310,
    descriptorBefore: 0.0000,
    newsVoice: 0.0519,
    charactersAround: -1.0880,
    describedAppositive: -1.4254,
    officeBefore: -0.7005,
    reportedNews: 0.0000,
    quotedName: -1.2719,
    joinedCharacter: -1.1300,
    joinedPerson: 1.2557,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
  },
  settledCharacter: 0.8947,
  unmarkedCharacter: 0.7500,
};

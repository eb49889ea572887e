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
  bias: 0.3780,
  weights: {
    characterCue: -2.6633,
    actorCue: 1.2387,
    crewCue: 1.3666,
    characterSide: -1.3467,
    actorSide: 1.2739,
    multiWord: 1.5751,
    honorific: -0.0939,
    titledOnly: 0.0000,
    firstAlone: -0.4514,
    surnameAlone: 1.1252,
    family: -0.7992,
    plotVerbAfter: -0.3804,
    speechVerb: -0.2420,
    pronounAfter: -0.5181,
    twoMentions: -0.0341,
    logMentions: -0.4854,
    inBrackets: -0.6153,
    nameList: -0.3125,
    possessiveWork: 1.1819,
    workNounAfter: 0.4435,
    roleNounNear: -0.2544,
    characterNounNear: 0.0000,
    performanceNear: 0.3275,
    performanceSentence: 1.2644,
    sentenceInitialOnly: 1.2432,
    givenName: 0.4404,
    loneGivenName: -1.0236,
    descriptorBefore: 0.0000,
    newsVoice: 0.0607,
    charactersAround: -1.0243,
    describedAppositive: -1.4183,
    officeBefore: -0.6995,
    reportedNews: 0.0000,
    quotedName: -1.3165,
    joinedCharacter: -1.1382,
    joinedPerson: 1.2570,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8947,
  unmarkedCharacter: 0.7500,
};

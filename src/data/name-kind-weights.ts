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
  bias: 0.5236,
  weights: {
    characterCue: -2.6566,
    actorCue: 1.2299,
    crewCue: 1.3484,
    characterSide: -1.3964,
    actorSide: 1.2715,
    multiWord: 1.4888,
    honorific: 0.0093,
    titledOnly: 0.0000,
    firstAlone: -0.4206,
    surnameAlone: 1.1458,
    family: -0.8176,
    plotVerbAfter: -0.4097,
    speechVerb: -0.1075,
    pronounAfter: -0.5337,
    twoMentions: -0.0714,
    logMentions: -0.4969,
    inBrackets: -0.6271,
    nameList: -0.2975,
    possessiveWork: 1.1459,
    workNounAfter: 0.4325,
    roleNounNear: -0.2420,
    characterNounNear: 0.0000,
    performanceNear: 0.3203,
    performanceSentence: 1.2142,
    sentenceInitialOnly: 1.2108,
    givenName: 0.4266,
    loneGivenName: -0.9740,
    descriptorBefore: 0.0000,
    newsVoice: 0.0844,
    charactersAround: -1.0384,
    describedAppositive: -1.4359,
    officeBefore: -0.6963,
    reportedNews: 0.0000,
    quotedName: -1.3071,
    joinedCharacter: -1.1433,
    joinedPerson: 1.2081,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8919,
  unmarkedCharacter: 0.6667,
};

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
  bias: 0.6789,
  weights: {
    characterCue: -2.6212,
    actorCue: 1.2103,
    crewCue: 0.9241,
    characterSide: -1.3924,
    actorSide: 1.2951,
    multiWord: 1.3960,
    honorific: 0.0124,
    titledOnly: 0.0000,
    firstAlone: -0.4351,
    surnameAlone: 1.1865,
    family: -0.8282,
    plotVerbAfter: -0.3427,
    speechVerb: -0.0712,
    pronounAfter: -0.5273,
    twoMentions: 0.0697,
    logMentions: -0.6911,
    inBrackets: -0.6124,
    nameList: -0.2955,
    possessiveWork: 1.2804,
    workNounAfter: 0.5825,
    roleNounNear: 0.0132,
    characterNounNear: -0.2391,
    performanceNear: 0.2622,
    performanceSentence: 1.2209,
    sentenceInitialOnly: 1.0506,
    givenName: 0.5298,
    loneGivenName: -1.1429,
    descriptorBefore: 0.0000,
    newsVoice: 0.0371,
    charactersAround: -1.1187,
    describedAppositive: -1.4125,
    officeBefore: -0.6795,
    reportedNews: 0.0000,
    quotedName: -1.4184,
    joinedCharacter: -1.2802,
    joinedPerson: 1.2320,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8750,
  unmarkedCharacter: 0.6667,
};

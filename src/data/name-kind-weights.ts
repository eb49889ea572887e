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
  bias: 0.4467,
  weights: {
    characterCue: -2.6671,
    actorCue: 1.2372,
    crewCue: 1.3533,
    characterSide: -1.3620,
    actorSide: 1.2816,
    multiWord: 1.5246,
    honorific: 0.0127,
    titledOnly: 0.0000,
    firstAlone: -0.4526,
    surnameAlone: 1.1194,
    family: -0.8057,
    plotVerbAfter: -0.3797,
    speechVerb: -0.0864,
    pronounAfter: -0.5377,
    twoMentions: -0.0178,
    logMentions: -0.4957,
    inBrackets: -0.6201,
    nameList: -0.3134,
    possessiveWork: 1.1747,
    workNounAfter: 0.4375,
    roleNounNear: -0.2423,
    characterNounNear: 0.0000,
    performanceNear: 0.3162,
    performanceSentence: 1.2496,
    sentenceInitialOnly: 1.2344,
    givenName: 0.4247,
    loneGivenName: -1.0639,
    descriptorBefore: 0.0000,
    newsVoice: 0.0917,
    charactersAround: -1.0367,
    describedAppositive: -1.4238,
    officeBefore: -0.6997,
    reportedNews: 0.0000,
    quotedName: -1.3083,
    joinedCharacter: -1.1495,
    joinedPerson: 1.2467,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8919,
  unmarkedCharacter: 0.6667,
};

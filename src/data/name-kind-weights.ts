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
  bias: 0.2589,
  weights: {
    characterCue: -2.7034,
    actorCue: 1.2801,
    crewCue: 1.4761,
    characterSide: -1.3681,
    actorSide: 1.2761,
    multiWord: 1.7103,
    honorific: 0.0767,
    titledOnly: 0.0000,
    firstAlone: -0.6849,
    surnameAlone: 1.0269,
    family: -0.7560,
    plotVerbAfter: -0.4014,
    speechVerb: -0.2452,
    pronounAfter: -0.5316,
    twoMentions: 0.0519,
    logMentions: -0.4690,
    inBrackets: -0.5947,
    nameList: -0.2848,
    possessiveWork: 1.1888,
    workNounAfter: 0.4308,
    roleNounNear: -0.2510,
    characterNounNear: 0.0000,
    performanceNear: 0.2570,
    performanceSentence: 1.2981,
    sentenceInitialOnly: 1.2674,
    givenName: 0.4539,
    loneGivenName: -0.9910,
    descriptorBefore: 0.0000,
    newsVoice: -0.0552,
    charactersAround: -1.0689,
    describedAppositive: -1.3448,
    officeBefore: -1.0592,
    reportedNews: 0.0000,
    quotedName: -1.2817,
    joinedCharacter: -1.0754,
    joinedPerson: 1.3154,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
    personAppositive: -0.4342,
    storySubject: 0.0000,
    knownPart: 0.0000,
    knownPerson: 0.5568,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

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
  bias: 0.2383,
  weights: {
    characterCue: -2.7014,
    actorCue: 1.2753,
    crewCue: 1.4810,
    characterSide: -1.3798,
    actorSide: 1.2782,
    multiWord: 1.7186,
    honorific: 0.0799,
    titledOnly: 0.0000,
    firstAlone: -0.6809,
    surnameAlone: 1.0297,
    family: -0.7569,
    plotVerbAfter: -0.4007,
    speechVerb: -0.2395,
    pronounAfter: -0.5242,
    twoMentions: 0.0478,
    logMentions: -0.4728,
    inBrackets: -0.5999,
    nameList: -0.2850,
    possessiveWork: 1.1900,
    workNounAfter: 0.4340,
    roleNounNear: -0.2475,
    characterNounNear: 0.0000,
    performanceNear: 0.2468,
    performanceSentence: 1.2982,
    sentenceInitialOnly: 1.2635,
    givenName: 0.4532,
    loneGivenName: -0.9833,
    descriptorBefore: 0.0000,
    newsVoice: -0.0532,
    charactersAround: -1.0138,
    describedAppositive: -1.3415,
    officeBefore: -1.0568,
    reportedNews: 0.0000,
    quotedName: -1.2823,
    joinedCharacter: -1.0718,
    joinedPerson: 1.3211,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
    personAppositive: -0.4351,
    storySubject: 0.0000,
    knownPart: 0.0000,
    knownPerson: 0.5489,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

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
  bias: 0.2588,
  weights: {
    characterCue: -2.7018,
    actorCue: 1.2803,
    crewCue: 1.4763,
    characterSide: -1.3674,
    actorSide: 1.2755,
    multiWord: 1.7104,
    honorific: 0.0766,
    titledOnly: 0.0000,
    firstAlone: -0.6855,
    surnameAlone: 1.0270,
    family: -0.7562,
    plotVerbAfter: -0.3997,
    speechVerb: -0.2455,
    pronounAfter: -0.5303,
    twoMentions: 0.0517,
    logMentions: -0.4691,
    inBrackets: -0.5945,
    nameList: -0.2845,
    possessiveWork: 1.1888,
    workNounAfter: 0.4307,
    roleNounNear: -0.2508,
    characterNounNear: 0.0000,
    performanceNear: 0.2564,
    performanceSentence: 1.2972,
    sentenceInitialOnly: 1.2674,
    givenName: 0.4539,
    loneGivenName: -0.9911,
    descriptorBefore: 0.0000,
    newsVoice: -0.0563,
    charactersAround: -1.0681,
    describedAppositive: -1.3448,
    officeBefore: -1.0599,
    reportedNews: 0.0000,
    quotedName: -1.2818,
    joinedCharacter: -1.0683,
    joinedPerson: 1.3157,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
    personAppositive: -0.4341,
    storySubject: 0.0000,
    knownPart: 0.0000,
    knownPerson: 0.5826,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

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
  bias: 0.2515,
  weights: {
    characterCue: -2.6591,
    actorCue: 1.2785,
    crewCue: 1.4730,
    characterSide: -1.3617,
    actorSide: 1.2813,
    multiWord: 1.7114,
    honorific: 0.0669,
    titledOnly: 0.0000,
    firstAlone: -0.7011,
    surnameAlone: 1.0566,
    family: -0.7631,
    plotVerbAfter: -0.3755,
    speechVerb: -0.2424,
    pronounAfter: -0.5337,
    twoMentions: 0.0565,
    logMentions: -0.4702,
    inBrackets: -0.5989,
    nameList: -0.2823,
    possessiveWork: 1.1877,
    workNounAfter: 0.4303,
    roleNounNear: -0.2493,
    characterNounNear: 0.0000,
    performanceNear: 0.2574,
    performanceSentence: 1.2943,
    sentenceInitialOnly: 1.2637,
    givenName: 0.4565,
    loneGivenName: -0.9916,
    descriptorBefore: 0.0000,
    newsVoice: -0.0445,
    charactersAround: -1.0619,
    describedAppositive: -1.3570,
    officeBefore: -1.0671,
    reportedNews: 0.0000,
    quotedName: -1.2809,
    joinedCharacter: -1.0817,
    joinedPerson: 1.3112,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
    personAppositive: -0.4344,
    storySubject: 0.0000,
    knownPart: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

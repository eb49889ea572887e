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
  bias: 0.2423,
  weights: {
    characterCue: -2.6646,
    actorCue: 1.2754,
    crewCue: 1.4766,
    characterSide: -1.3633,
    actorSide: 1.2779,
    multiWord: 1.7140,
    honorific: 0.0643,
    titledOnly: 0.0000,
    firstAlone: -0.7040,
    surnameAlone: 1.0756,
    family: -0.7674,
    plotVerbAfter: -0.3805,
    speechVerb: -0.2448,
    pronounAfter: -0.5379,
    twoMentions: 0.0632,
    logMentions: -0.4727,
    inBrackets: -0.6038,
    nameList: -0.2831,
    possessiveWork: 1.1842,
    workNounAfter: 0.4290,
    roleNounNear: -0.2447,
    characterNounNear: 0.0000,
    performanceNear: 0.2570,
    performanceSentence: 1.2938,
    sentenceInitialOnly: 1.2614,
    givenName: 0.4562,
    loneGivenName: -0.9906,
    descriptorBefore: 0.0000,
    newsVoice: -0.0398,
    charactersAround: -1.0256,
    describedAppositive: -1.3595,
    officeBefore: -1.0665,
    reportedNews: 0.0000,
    quotedName: -1.2806,
    joinedCharacter: -1.0838,
    joinedPerson: 1.3103,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
    personAppositive: -0.4350,
    storySubject: 0.0000,
    knownPart: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

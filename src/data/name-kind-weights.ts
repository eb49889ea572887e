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
  bias: 0.2432,
  weights: {
    characterCue: -2.6704,
    actorCue: 1.2299,
    crewCue: 1.4739,
    characterSide: -1.3694,
    actorSide: 1.2858,
    multiWord: 1.7271,
    honorific: 0.0556,
    titledOnly: 0.0000,
    firstAlone: -0.7153,
    surnameAlone: 1.0652,
    family: -0.7710,
    plotVerbAfter: -0.3820,
    speechVerb: -0.2492,
    pronounAfter: -0.5508,
    twoMentions: 0.0805,
    logMentions: -0.4711,
    inBrackets: -0.5964,
    nameList: -0.2835,
    possessiveWork: 1.1799,
    workNounAfter: 0.4251,
    roleNounNear: -0.2448,
    characterNounNear: 0.0000,
    performanceNear: 0.2528,
    performanceSentence: 1.2917,
    sentenceInitialOnly: 1.3036,
    givenName: 0.4524,
    loneGivenName: -0.9896,
    descriptorBefore: 0.0000,
    newsVoice: -0.0454,
    charactersAround: -1.0096,
    describedAppositive: -1.3620,
    officeBefore: -1.0656,
    reportedNews: 0.0000,
    quotedName: -1.2836,
    joinedCharacter: -1.0870,
    joinedPerson: 1.3017,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
    personAppositive: -0.4364,
    storySubject: 0.0000,
    knownPart: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

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
  bias: 0.3612,
  weights: {
    characterCue: -2.6357,
    actorCue: 1.2455,
    crewCue: 1.3882,
    characterSide: -1.3425,
    actorSide: 1.2740,
    multiWord: 1.5852,
    honorific: -0.0780,
    titledOnly: 0.0000,
    firstAlone: -0.6927,
    surnameAlone: 1.0847,
    family: -0.7849,
    plotVerbAfter: -0.3886,
    speechVerb: -0.2535,
    pronounAfter: -0.5194,
    twoMentions: 0.0455,
    logMentions: -0.4997,
    inBrackets: -0.6109,
    nameList: -0.3122,
    possessiveWork: 1.1801,
    workNounAfter: 0.4314,
    roleNounNear: -0.2437,
    characterNounNear: 0.0000,
    performanceNear: 0.3117,
    performanceSentence: 1.2855,
    sentenceInitialOnly: 1.2645,
    givenName: 0.4859,
    loneGivenName: -1.0552,
    descriptorBefore: 0.0000,
    newsVoice: 0.0122,
    charactersAround: -1.0775,
    describedAppositive: -1.4093,
    officeBefore: -1.0769,
    reportedNews: 0.0000,
    quotedName: -1.2771,
    joinedCharacter: -1.0987,
    joinedPerson: 1.2608,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.7500,
};

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
  bias: 0.2521,
  weights: {
    characterCue: -2.6597,
    actorCue: 1.2800,
    crewCue: 1.4732,
    characterSide: -1.3622,
    actorSide: 1.2772,
    multiWord: 1.7119,
    honorific: 0.0665,
    titledOnly: 0.0000,
    firstAlone: -0.7015,
    surnameAlone: 1.0582,
    family: -0.7635,
    plotVerbAfter: -0.3762,
    speechVerb: -0.2431,
    pronounAfter: -0.5343,
    twoMentions: 0.0572,
    logMentions: -0.4704,
    inBrackets: -0.5980,
    nameList: -0.2850,
    possessiveWork: 1.1877,
    workNounAfter: 0.4295,
    roleNounNear: -0.2503,
    characterNounNear: 0.0000,
    performanceNear: 0.2585,
    performanceSentence: 1.2943,
    sentenceInitialOnly: 1.2638,
    givenName: 0.4575,
    loneGivenName: -0.9918,
    descriptorBefore: 0.0000,
    newsVoice: -0.0459,
    charactersAround: -1.0635,
    describedAppositive: -1.3574,
    officeBefore: -1.0671,
    reportedNews: 0.0000,
    quotedName: -1.2813,
    joinedCharacter: -1.0818,
    joinedPerson: 1.3156,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
    personAppositive: -0.4343,
    storySubject: 0.0000,
    knownPart: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

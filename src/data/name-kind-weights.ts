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
  bias: 0.2583,
  weights: {
    characterCue: -2.6783,
    actorCue: 1.2787,
    crewCue: 1.4758,
    characterSide: -1.3600,
    actorSide: 1.2799,
    multiWord: 1.7083,
    honorific: 0.0748,
    titledOnly: 0.0000,
    firstAlone: -0.6899,
    surnameAlone: 1.0216,
    family: -0.7548,
    plotVerbAfter: -0.4005,
    speechVerb: -0.2436,
    pronounAfter: -0.5296,
    twoMentions: 0.0482,
    logMentions: -0.4665,
    inBrackets: -0.5943,
    nameList: -0.2828,
    possessiveWork: 1.1892,
    workNounAfter: 0.4308,
    roleNounNear: -0.2464,
    characterNounNear: 0.0000,
    performanceNear: 0.2478,
    performanceSentence: 1.2921,
    sentenceInitialOnly: 1.2641,
    givenName: 0.4525,
    loneGivenName: -0.9891,
    descriptorBefore: 0.0000,
    newsVoice: -0.0477,
    charactersAround: -1.0692,
    describedAppositive: -1.3482,
    officeBefore: -1.0620,
    reportedNews: 0.0000,
    quotedName: -1.2793,
    joinedCharacter: -1.0719,
    joinedPerson: 1.3134,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
    personAppositive: -0.4350,
    storySubject: 0.0000,
    knownPart: 0.0000,
    knownPerson: 0.5812,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

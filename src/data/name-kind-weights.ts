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
  bias: 0.2609,
  weights: {
    characterCue: -2.6801,
    actorCue: 1.2800,
    crewCue: 1.4760,
    characterSide: -1.3615,
    actorSide: 1.2749,
    multiWord: 1.7102,
    honorific: 0.0742,
    titledOnly: 0.0000,
    firstAlone: -0.6907,
    surnameAlone: 1.0225,
    family: -0.7549,
    plotVerbAfter: -0.4009,
    speechVerb: -0.2464,
    pronounAfter: -0.5311,
    twoMentions: 0.0491,
    logMentions: -0.4689,
    inBrackets: -0.5937,
    nameList: -0.2856,
    possessiveWork: 1.1894,
    workNounAfter: 0.4305,
    roleNounNear: -0.2494,
    characterNounNear: 0.0000,
    performanceNear: 0.2526,
    performanceSentence: 1.2945,
    sentenceInitialOnly: 1.2638,
    givenName: 0.4549,
    loneGivenName: -0.9916,
    descriptorBefore: 0.0000,
    newsVoice: -0.0501,
    charactersAround: -1.0744,
    describedAppositive: -1.3490,
    officeBefore: -1.0618,
    reportedNews: 0.0000,
    quotedName: -1.2796,
    joinedCharacter: -1.0713,
    joinedPerson: 1.3141,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
    personAppositive: -0.4349,
    storySubject: 0.0000,
    knownPart: 0.0000,
    knownPerson: 0.5803,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

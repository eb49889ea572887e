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
  bias: 0.2169,
  weights: {
    characterCue: -2.6977,
    actorCue: 1.2742,
    crewCue: 1.4671,
    characterSide: -1.3619,
    actorSide: 1.2814,
    multiWord: 1.7158,
    honorific: 0.0706,
    titledOnly: 0.0000,
    firstAlone: -0.6051,
    surnameAlone: 1.0026,
    family: -0.7619,
    plotVerbAfter: -0.3533,
    speechVerb: -0.2408,
    pronounAfter: -0.5285,
    twoMentions: 0.0175,
    logMentions: -0.4178,
    inBrackets: -0.5869,
    nameList: -0.2862,
    possessiveWork: 1.1845,
    workNounAfter: 0.4350,
    roleNounNear: -0.2520,
    characterNounNear: 0.0000,
    performanceNear: 0.2161,
    performanceSentence: 1.3262,
    sentenceInitialOnly: 1.2672,
    givenName: 0.4647,
    loneGivenName: -1.0215,
    descriptorBefore: 0.0000,
    newsVoice: -0.0587,
    charactersAround: -1.0821,
    describedAppositive: -1.3456,
    officeBefore: -1.0716,
    reportedNews: 0.0000,
    quotedName: -1.0478,
    joinedCharacter: -1.0878,
    joinedPerson: 1.3154,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
    personAppositive: -0.4347,
    storySubject: 0.0000,
    knownPart: 0.0000,
    knownPerson: 0.5782,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

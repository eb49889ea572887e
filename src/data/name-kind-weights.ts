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
  bias: 0.2400,
  weights: {
    characterCue: -2.7012,
    actorCue: 1.2741,
    crewCue: 1.4818,
    characterSide: -1.3803,
    actorSide: 1.2793,
    multiWord: 1.7181,
    honorific: 0.0805,
    titledOnly: 0.0000,
    firstAlone: -0.6803,
    surnameAlone: 1.0298,
    family: -0.7565,
    plotVerbAfter: -0.4017,
    speechVerb: -0.2393,
    pronounAfter: -0.5238,
    twoMentions: 0.0477,
    logMentions: -0.4726,
    inBrackets: -0.5985,
    nameList: -0.2845,
    possessiveWork: 1.1900,
    workNounAfter: 0.4335,
    roleNounNear: -0.2472,
    characterNounNear: 0.0000,
    performanceNear: 0.2474,
    performanceSentence: 1.2979,
    sentenceInitialOnly: 1.2642,
    givenName: 0.4533,
    loneGivenName: -0.9837,
    descriptorBefore: 0.0000,
    newsVoice: -0.0552,
    charactersAround: -1.0210,
    describedAppositive: -1.3411,
    officeBefore: -1.0567,
    reportedNews: 0.0000,
    quotedName: -1.2821,
    joinedCharacter: -1.0714,
    joinedPerson: 1.3214,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
    personAppositive: -0.4348,
    storySubject: 0.0000,
    knownPart: 0.0000,
    knownPerson: 0.5494,
    makerFrame: 0.0269,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

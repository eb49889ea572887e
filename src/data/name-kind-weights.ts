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
  bias: 0.3669,
  weights: {
    characterCue: -2.7149,
    actorCue: 1.2440,
    crewCue: 1.3811,
    characterSide: -1.2860,
    actorSide: 1.2737,
    multiWord: 1.6072,
    honorific: 0.0444,
    titledOnly: 0.0000,
    firstAlone: -0.6891,
    surnameAlone: 1.0890,
    family: -0.7857,
    plotVerbAfter: -0.3851,
    speechVerb: -0.2614,
    pronounAfter: -0.5238,
    twoMentions: 0.0322,
    logMentions: -0.5031,
    inBrackets: -0.6051,
    nameList: -0.2840,
    possessiveWork: 1.1799,
    workNounAfter: 0.4281,
    roleNounNear: -0.2416,
    characterNounNear: 0.0000,
    performanceNear: 0.3077,
    performanceSentence: 1.2825,
    sentenceInitialOnly: 1.2578,
    givenName: 0.4588,
    loneGivenName: -1.0372,
    descriptorBefore: 0.0000,
    newsVoice: 0.0019,
    charactersAround: -1.0691,
    describedAppositive: -1.4076,
    officeBefore: -1.0734,
    reportedNews: 0.0000,
    quotedName: -1.2743,
    joinedCharacter: -1.0904,
    joinedPerson: 1.2866,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.7500,
};

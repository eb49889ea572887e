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
  bias: 0.3855,
  weights: {
    characterCue: -2.6373,
    actorCue: 1.2351,
    crewCue: 1.3818,
    characterSide: -1.3471,
    actorSide: 1.2773,
    multiWord: 1.6066,
    honorific: -0.0826,
    titledOnly: 0.0000,
    firstAlone: -0.6850,
    surnameAlone: 1.0734,
    family: -0.7911,
    plotVerbAfter: -0.3998,
    speechVerb: -0.2472,
    pronounAfter: -0.5002,
    twoMentions: 0.0309,
    logMentions: -0.5164,
    inBrackets: -0.6227,
    nameList: -0.3143,
    possessiveWork: 1.1811,
    workNounAfter: 0.4353,
    roleNounNear: -0.2497,
    characterNounNear: 0.0000,
    performanceNear: 0.3220,
    performanceSentence: 1.2669,
    sentenceInitialOnly: 1.2384,
    givenName: 0.4444,
    loneGivenName: -1.0306,
    descriptorBefore: 0.0000,
    newsVoice: 0.0539,
    charactersAround: -1.0800,
    describedAppositive: -1.4248,
    officeBefore: -0.7007,
    reportedNews: 0.0000,
    quotedName: -1.2724,
    joinedCharacter: -1.1290,
    joinedPerson: 1.2523,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
  },
  settledCharacter: 0.8947,
  unmarkedCharacter: 0.7500,
};

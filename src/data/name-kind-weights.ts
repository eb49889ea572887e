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
  bias: 0.2436,
  weights: {
    characterCue: -2.6680,
    actorCue: 1.2317,
    crewCue: 1.4759,
    characterSide: -1.3676,
    actorSide: 1.2855,
    multiWord: 1.7267,
    honorific: 0.0565,
    titledOnly: 0.0000,
    firstAlone: -0.7158,
    surnameAlone: 1.0686,
    family: -0.7688,
    plotVerbAfter: -0.3800,
    speechVerb: -0.2489,
    pronounAfter: -0.5475,
    twoMentions: 0.0824,
    logMentions: -0.4727,
    inBrackets: -0.5955,
    nameList: -0.2820,
    possessiveWork: 1.1800,
    workNounAfter: 0.4250,
    roleNounNear: -0.2434,
    characterNounNear: 0.0000,
    performanceNear: 0.2537,
    performanceSentence: 1.2923,
    sentenceInitialOnly: 1.3061,
    givenName: 0.4507,
    loneGivenName: -0.9890,
    descriptorBefore: 0.0000,
    newsVoice: -0.0511,
    charactersAround: -1.0117,
    describedAppositive: -1.4000,
    officeBefore: -1.0652,
    reportedNews: 0.0000,
    quotedName: -1.2838,
    joinedCharacter: -1.0871,
    joinedPerson: 1.3042,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

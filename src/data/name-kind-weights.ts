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
  bias: 0.3900,
  weights: {
    characterCue: -2.6399,
    actorCue: 1.2353,
    crewCue: 1.3805,
    characterSide: -1.3443,
    actorSide: 1.2766,
    multiWord: 1.6046,
    honorific: -0.0836,
    titledOnly: 0.0000,
    firstAlone: -0.6858,
    surnameAlone: 1.0722,
    family: -0.7911,
    plotVerbAfter: -0.4007,
    speechVerb: -0.2483,
    pronounAfter: -0.5019,
    twoMentions: 0.0318,
    logMentions: -0.5158,
    inBrackets: -0.6222,
    nameList: -0.3145,
    possessiveWork: 1.1804,
    workNounAfter: 0.4347,
    roleNounNear: -0.2508,
    characterNounNear: 0.0000,
    performanceNear: 0.3232,
    performanceSentence: 1.2686,
    sentenceInitialOnly: 1.2389,
    givenName: 0.4441,
    loneGivenName: -1.0333,
    descriptorBefore: 0.0000,
    newsVoice: 0.0528,
    charactersAround: -1.0871,
    describedAppositive: -1.4250,
    officeBefore: -0.7008,
    reportedNews: 0.0000,
    quotedName: -1.2726,
    joinedCharacter: -1.1295,
    joinedPerson: 1.2509,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
  },
  settledCharacter: 0.8947,
  unmarkedCharacter: 0.7500,
};

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
  bias: 0.7019,
  weights: {
    characterCue: -2.6235,
    actorCue: 1.2017,
    crewCue: 0.9250,
    characterSide: -1.4027,
    actorSide: 1.2899,
    multiWord: 1.3823,
    honorific: 0.0057,
    titledOnly: 0.0000,
    firstAlone: -0.4246,
    surnameAlone: 1.2025,
    family: -0.8332,
    plotVerbAfter: -0.3458,
    speechVerb: -0.0789,
    pronounAfter: -0.5363,
    twoMentions: 0.0566,
    logMentions: -0.6914,
    inBrackets: -0.6109,
    nameList: -0.2956,
    possessiveWork: 1.2766,
    workNounAfter: 0.5783,
    roleNounNear: 0.0088,
    characterNounNear: -0.2385,
    performanceNear: 0.2557,
    performanceSentence: 1.2198,
    sentenceInitialOnly: 1.0475,
    givenName: 0.5327,
    loneGivenName: -1.1117,
    descriptorBefore: 0.0000,
    newsVoice: 0.0312,
    charactersAround: -1.1086,
    describedAppositive: -1.4155,
    officeBefore: -0.6799,
    reportedNews: 0.0000,
    quotedName: -1.4184,
    joinedCharacter: -1.2805,
    joinedPerson: 1.2228,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8750,
  unmarkedCharacter: 0.6667,
};

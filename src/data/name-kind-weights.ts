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
  bias: 0.7022,
  weights: {
    characterCue: -2.6232,
    actorCue: 1.2080,
    crewCue: 0.9252,
    characterSide: -1.3991,
    actorSide: 1.2899,
    multiWord: 1.3813,
    honorific: 0.0101,
    titledOnly: 0.0000,
    firstAlone: -0.4240,
    surnameAlone: 1.2025,
    family: -0.8335,
    plotVerbAfter: -0.3449,
    speechVerb: -0.0787,
    pronounAfter: -0.5355,
    twoMentions: 0.0569,
    logMentions: -0.6914,
    inBrackets: -0.6120,
    nameList: -0.2952,
    possessiveWork: 1.2776,
    workNounAfter: 0.5778,
    roleNounNear: 0.0130,
    characterNounNear: -0.2390,
    performanceNear: 0.2638,
    performanceSentence: 1.2093,
    sentenceInitialOnly: 1.0481,
    givenName: 0.5306,
    loneGivenName: -1.1098,
    descriptorBefore: 0.0000,
    newsVoice: 0.0323,
    charactersAround: -1.1069,
    describedAppositive: -1.4159,
    officeBefore: -0.6789,
    reportedNews: 0.0000,
    quotedName: -1.4177,
    joinedCharacter: -1.2797,
    joinedPerson: 1.2247,
    courtesyTitle: 0.0000,
  },
  settledCharacter: 0.8750,
  unmarkedCharacter: 0.6667,
};

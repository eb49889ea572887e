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
  bias: 0.3948,
  weights: {
    characterCue: -2.6363,
    actorCue: 1.2400,
    crewCue: 1.3778,
    characterSide: -1.3415,
    actorSide: 1.2777,
    multiWord: 1.6031,
    honorific: -0.0858,
    titledOnly: 0.0000,
    firstAlone: -0.6877,
    surnameAlone: 1.0742,
    family: -0.7852,
    plotVerbAfter: -0.4026,
    speechVerb: -0.2500,
    pronounAfter: -0.5000,
    twoMentions: 0.0333,
    logMentions: -0.5170,
    inBrackets: -0.6254,
    nameList: -0.3172,
    possessiveWork: 1.1803,
    workNounAfter: 0.4332,
    roleNounNear: -0.2449,
    characterNounNear: 0.0000,
    performanceNear: 0.3245,
    performanceSentence: 1.2653,
    sentenceInitialOnly: 1.2389,
    givenName: 0.4417,
    loneGivenName: -1.0302,
    descriptorBefore: 0.0000,
    newsVoice: 0.0527,
    charactersAround: -1.0916,
    describedAppositive: -1.4206,
    officeBefore: -0.7014,
    reportedNews: 0.0000,
    quotedName: -1.2724,
    joinedCharacter: -1.1317,
    joinedPerson: 1.2564,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.7500,
};

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
  bias: 0.2590,
  weights: {
    characterCue: -2.6789,
    actorCue: 1.2802,
    crewCue: 1.4761,
    characterSide: -1.3605,
    actorSide: 1.2758,
    multiWord: 1.7088,
    honorific: 0.0744,
    titledOnly: 0.0000,
    firstAlone: -0.6903,
    surnameAlone: 1.0233,
    family: -0.7552,
    plotVerbAfter: -0.4012,
    speechVerb: -0.2443,
    pronounAfter: -0.5302,
    twoMentions: 0.0490,
    logMentions: -0.4667,
    inBrackets: -0.5935,
    nameList: -0.2855,
    possessiveWork: 1.1892,
    workNounAfter: 0.4300,
    roleNounNear: -0.2475,
    characterNounNear: 0.0000,
    performanceNear: 0.2489,
    performanceSentence: 1.2922,
    sentenceInitialOnly: 1.2642,
    givenName: 0.4535,
    loneGivenName: -0.9894,
    descriptorBefore: 0.0000,
    newsVoice: -0.0492,
    charactersAround: -1.0707,
    describedAppositive: -1.3487,
    officeBefore: -1.0621,
    reportedNews: 0.0000,
    quotedName: -1.2797,
    joinedCharacter: -1.0721,
    joinedPerson: 1.3178,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
    personAppositive: -0.4349,
    storySubject: 0.0000,
    knownPart: 0.0000,
    knownPerson: 0.5808,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.8000,
};

// Written by scripts/train-names.mjs (`npm run train:names`) from the labelled reviews in
// ../shared/train: do not edit by hand.
import type { KindFeature } from './name-kind-features';

/**
 * The character-or-person model: p(person) = sigmoid(bias + Σ weight × feature), for entities that
 * explicit evidence does not settle; `settledCharacter`: how often a settled character is one.
 */
export const NAME_KIND_WEIGHTS: {
  readonly bias: number;
  readonly weights: Readonly<Record<KindFeature, number>>;
  readonly settledCharacter: number;
} = {
  bias: 0.9511,
  weights: {
    characterCue: -2.7646,
    actorCue: 1.1217,
    crewCue: 0.7032,
    characterSide: -1.4880,
    actorSide: 1.2794,
    multiWord: 1.5667,
    honorific: 0.0463,
    titledOnly: 0.1414,
    firstAlone: -0.5096,
    surnameAlone: 1.2252,
    family: -0.8759,
    plotVerbAfter: -0.4061,
    speechVerb: -0.1610,
    pronounAfter: -0.5871,
    twoMentions: -0.0273,
    logMentions: -0.6921,
    inBrackets: -0.6672,
    nameList: 0.5112,
    possessiveWork: 1.2177,
    workNounAfter: 0.6470,
    roleNounNear: -0.0727,
    characterNounNear: -0.2534,
    performanceNear: 0.2560,
    performanceSentence: 1.2280,
    sentenceInitialOnly: 0.9405,
    givenName: 0.4281,
    loneGivenName: -1.0444,
    descriptorBefore: 0.0000,
    newsVoice: 0.0287,
    charactersAround: -1.4209,
    describedAppositive: -1.4971,
    officeBefore: -0.8134,
    reportedNews: 0.0000,
    quotedName: -1.4291,
  },
  settledCharacter: 0.8182,
};

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
  bias: 0.3867,
  weights: {
    characterCue: -2.7166,
    actorCue: 1.2422,
    crewCue: 1.4324,
    characterSide: -1.2932,
    actorSide: 1.2717,
    multiWord: 1.6126,
    honorific: 0.0410,
    titledOnly: 0.0000,
    firstAlone: -0.6830,
    surnameAlone: 1.1022,
    family: -0.7871,
    plotVerbAfter: -0.3842,
    speechVerb: -0.2621,
    pronounAfter: -0.5290,
    twoMentions: 0.0223,
    logMentions: -0.5113,
    inBrackets: -0.6061,
    nameList: -0.2819,
    possessiveWork: 1.1694,
    workNounAfter: 0.4226,
    roleNounNear: -0.2613,
    characterNounNear: 0.0000,
    performanceNear: 0.3223,
    performanceSentence: 1.2821,
    sentenceInitialOnly: 1.2552,
    givenName: 0.4415,
    loneGivenName: -1.0081,
    descriptorBefore: 0.0000,
    newsVoice: -0.0035,
    charactersAround: -1.0608,
    describedAppositive: -1.4104,
    officeBefore: -1.0724,
    reportedNews: 0.0000,
    quotedName: -1.2733,
    joinedCharacter: -1.0870,
    joinedPerson: 1.2912,
    courtesyTitle: 0.0000,
    characterPredicate: 0.0000,
    namedIntroduced: 0.0000,
    bracketedActor: 0.0000,
  },
  settledCharacter: 0.9250,
  unmarkedCharacter: 0.7500,
};

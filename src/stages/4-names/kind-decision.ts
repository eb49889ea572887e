/**
 * Stage 4b, kind: the decision from an entity's feature vector: explicit evidence that settles
 * the kind without the model, else the learned logistic model (`npm run train:names`) that weighs
 * the vector into the probability that the entity is a real person.
 */
import { KIND_FEATURES } from '../../data/name-kind-features';
import { NAME_KIND_WEIGHTS } from '../../data/name-kind-weights';
import { FEATURE_INDEX } from './kind-features';

/**
 * A kind model: the logistic model's bias and weights and the confidences of the kinds explicit
 * evidence or its absence gives, in the shape of the shipped {@link NAME_KIND_WEIGHTS}. The
 * fitting script decides kinds with the weights it is fitting, the analysis with the shipped ones.
 */
export type KindModel = typeof NAME_KIND_WEIGHTS;

/** Each model's weights in {@link KIND_FEATURES} order, made once per model. */
const weightArrays = new WeakMap<KindModel, readonly number[]>();

/** The weights of `model` in {@link KIND_FEATURES} order. */
function weightArray(model: KindModel): readonly number[] {
  let w = weightArrays.get(model);
  if (!w) {
    w = KIND_FEATURES.map((f) => model.weights[f]);
    weightArrays.set(model, w);
  }
  return w;
}

/**
 * True when explicit evidence settles the kind without the model: a descriptor noun right before
 * a mention or its bracket (`the pregnant girl (X)`, `English Teacher (X)`, `his wife Mary`), or a
 * name the text only ever gives with a title (`Professor Donner`, never `Anna Donner`); never with
 * an actor's or crew cue at any mention. Reviews call characters by title and actors by their names; the
 * training reviews have too few titled characters for the model to learn it among its features.
 * A writer's courtesy title (`Ms. Okafor`, the `courtesyTitle` feature) is no such title: it tells a
 * real person ({@link settledAsPerson}); a story's own `Ms.` reads as `titledOnly` (see kindFeatures).
 */
export function settledAsCharacter(x: readonly number[]): boolean {
  // An actor's or crew cue on any mention (`filmmaker X`, `X as Y`) names someone who made or plays
  // in the work: a descriptor then is the person's own kin or trade (`the director's son X`).
  if (x[FEATURE_INDEX.actorCue as number] === 1 || x[FEATURE_INDEX.crewCue as number] === 1) return false;
  if (x[FEATURE_INDEX.descriptorBefore as number] === 1) return true;
  if (storyPartPredicate(x)) return true;
  if (introducedPart(x)) return true;
  if (storySubjectPart(x)) return true;
  if (knownPartNamed(x)) return true;
  return x[FEATURE_INDEX.titledOnly as number] === 1 && x[FEATURE_INDEX.actorSide as number] === 0;
}

/**
 * Features of an actor's name: acting near it, a surname given alone, a full name. The actor who
 * plays a villain is praised as one (`Anna Vey is a superb villain`), and reviews name actors in
 * full or by surname, their parts by one word.
 */
const ACTOR_NAME_EVIDENCE = ['actorSide', 'performanceNear', 'performanceSentence', 'surnameAlone', 'multiWord'].map((f) => FEATURE_INDEX[f] as number);

/**
 * A one-word name that a story's part names as what it is (`X is the villain of the arc`, `X was
 * just a bland hero`: the `characterPredicate` feature), with no word of acting
 * near any mention and no surname-alone form ({@link ACTOR_NAME_EVIDENCE}). The training reviews
 * hold this only beside other settling evidence, so the model cannot weigh it: left to the model it
 * would count for nothing and leave the name to the bias, which the full names of actors set.
 */
function storyPartPredicate(x: readonly number[]): boolean {
  return x[FEATURE_INDEX.characterPredicate as number] === 1 && ACTOR_NAME_EVIDENCE.every((i) => x[i] === 0);
}

/**
 * Features that keep a name brought in by `a … named X` open: a casting phrase's actor side or a
 * word of acting in its sentence, and a title at some mention, the way news goes on to name a real
 * person brought in so (`a man named X … Mr. X`).
 */
const INTRODUCED_PERSON_EVIDENCE = ['actorSide', 'performanceSentence', 'honorific'].map((f) => FEATURE_INDEX[f] as number);

/**
 * A name brought in as a new someone of the story (`a young boy named X`, the `namedIntroduced`
 * feature) with none of {@link INTRODUCED_PERSON_EVIDENCE}: the words say what the name is, as a
 * descriptor noun right before it does (`his wife X`). The training reviews hold too few such names
 * for the model to weigh, and the full name such an introduction often gives would leave it to the
 * weights the full names of actors set. Acting words near it are how a reviewer brings in an
 * unknown actor the same way (`a girl named X gives a fine performance`).
 */
function introducedPart(x: readonly number[]): boolean {
  return x[FEATURE_INDEX.namedIntroduced as number] === 1 && INTRODUCED_PERSON_EVIDENCE.every((i) => x[i] === 0);
}

/**
 * A name a story is said to be about (`the story follows X`, `the plot centres on X`: the
 * `storySubject` feature) with none of {@link INTRODUCED_PERSON_EVIDENCE}: the words say it is the
 * story's part, as `a young boy named X` does. A reviewer who names the actor for the part has
 * acting in the sentence or a casting phrase on some mention (`A and B are great as father and
 * son. The film follows A`), and those keep the name open. The training reviews hold too few such
 * names for the model to weigh.
 */
function storySubjectPart(x: readonly number[]): boolean {
  return x[FEATURE_INDEX.storySubject as number] === 1 && INTRODUCED_PERSON_EVIDENCE.every((i) => x[i] === 0);
}

/**
 * A full name many texts cast as a part (`knownPart`: `Han Solo`, `Sarah Connor`), with no actor's
 * side at any mention (`X gives a fine turn`, `X's performance`): the corpus has told the kind
 * where this text does not. The training reviews name too few such parts for the model to weigh
 * the feature, and a full name bare would be left to the weights the full names of actors set.
 */
function knownPartNamed(x: readonly number[]): boolean {
  return x[FEATURE_INDEX.knownPart as number] === 1 && x[FEATURE_INDEX.actorSide as number] === 0;
}

/**
 * Features that tell a part where a known surname is met ({@link knownPersonNamed}) besides
 * {@link PART_EVIDENCE}: a full name or a title at some mention (`Dr. Watson`, `Ada Hanks`: the
 * text's own person, whose kind its other evidence tells), a descriptor noun before it, a story's
 * part named as what it is, or `a … named X`.
 */
const OWN_NAME_EVIDENCE = ['multiWord', 'honorific', 'titledOnly', 'descriptorBefore', 'characterPredicate', 'namedIntroduced'].map((f) => FEATURE_INDEX[f] as number);

/**
 * A name given only as one word that many texts give a real person as a surname (`knownPerson`:
 * `Spielberg`, `Hanks`), with no full name or title at any mention and nothing that tells a part
 * ({@link OWN_NAME_EVIDENCE}; the caller has ruled out {@link PART_EVIDENCE}): the corpus has told
 * the kind where this text does not. A lone word otherwise is left to the bias toward parts that a
 * name with no evidence gets.
 */
function knownPersonNamed(x: readonly number[]): boolean {
  return x[FEATURE_INDEX.knownPerson as number] === 1 && OWN_NAME_EVIDENCE.every((i) => x[i] === 0);
}

/**
 * Features of a name the text gives as a part's, besides {@link PART_EVIDENCE}: a list of names or
 * a name joined to a character (`A, X and B`, `X and A`), a story noun or an introduction, a full
 * name or a title, a given name alone, acting. The story frames a maker may stray into once (`X
 * loves`, `X's world`) are weighed against the maker's frames in the `makerFrame` feature itself.
 */
const STORY_FRAME_EVIDENCE = [
  'nameList', 'joinedCharacter', 'descriptorBefore', 'characterPredicate', 'namedIntroduced',
  'describedAppositive', 'personAppositive', 'multiWord', 'honorific', 'titledOnly', 'loneGivenName', 'actorSide',
].map((f) => FEATURE_INDEX[f] as number);

/**
 * A one-word name whose mentions stand more often where only the work's maker does than in the
 * story (`makerFrame`: `X draws`, `the characters that X introduces`, `X wanted his readers to`,
 * against `X fights`, `X's father`, `X says`), with nothing that gives it as a part
 * ({@link STORY_FRAME_EVIDENCE}; the caller has ruled out {@link PART_EVIDENCE}): read across the
 * document, the name stands outside the story. Fan reviews of serial works call the mangaka or the
 * writer by the surname alone; the training reviews name their makers in full, so the model has
 * no such rows to weigh it by.
 */
function makerNamed(x: readonly number[]): boolean {
  return x[FEATURE_INDEX.makerFrame as number] === 1 && STORY_FRAME_EVIDENCE.every((i) => x[i] === 0);
}

/** Features that tell a part in a story even in a news report: a casting cue or side, a story noun, quote marks, a story said to be about the name, a known part's name. */
const PART_EVIDENCE = ['characterCue', 'characterSide', 'characterNounNear', 'quotedName', 'storySubject', 'knownPart'].map((f) => FEATURE_INDEX[f] as number);

/**
 * True when explicit evidence settles the kind as a real person and nothing says the name is a part
 * in a story (a casting cue or side, a story noun, quote marks, a story said to be about it, a known part's name). Five kinds of evidence: a
 * known real person's surname alone ({@link knownPersonNamed}), a one-word name placed as the work's
 * maker more often than placed in its story ({@link makerNamed}), a name
 * given only with the writer's courtesy title (`Ms. Okafor`, the `courtesyTitle` feature), a full
 * name in brackets after a part named by a common noun (`her father (X)`, the `bracketedActor`
 * feature), or a text that reads as news and reports speech. A report is about
 * real people, and names them with titles and kin words too (`Mr Pande`, `his son Stephen`); only a
 * descriptor before a bracket (`English Teacher (X)`) reads as a cast list there. The reviews the
 * model learns from are not reports and hold few courtesy titles or such brackets, so it cannot
 * weigh them itself.
 */
export function settledAsPerson(x: readonly number[]): boolean {
  if (PART_EVIDENCE.some((i) => x[i] === 1)) return false;
  if (knownPersonNamed(x)) return true;
  if (makerNamed(x)) return true;
  // A writer's courtesy title (`Ms. Okafor`) names a real woman in a review as in news; a story's
  // own `Ms.`, introduced by a noun or the subject of its plot, never gets the feature.
  if (x[FEATURE_INDEX.courtesyTitle as number] === 1) return true;
  // A review writes its actors in brackets after their parts, named by a common noun too (`with
  // her father (X)`): a full name there is the actor.
  if (x[FEATURE_INDEX.bracketedActor as number] === 1) return true;
  if (x[FEATURE_INDEX.reportedNews as number] !== 1) return false;
  return !(x[FEATURE_INDEX.descriptorBefore as number] === 1 && x[FEATURE_INDEX.inBrackets as number] === 1);
}

/**
 * Features that say nothing of the kind by themselves: how often a name comes, and traits of the
 * whole text (its voice, how many other names read as characters). A pronoun or a speech verb
 * near a name is weak evidence, but the model has learned its weight.
 */
const NO_EVIDENCE: ReadonlySet<string> = new Set(['twoMentions', 'logMentions', 'newsVoice', 'charactersAround']);
const EVIDENCE = KIND_FEATURES.filter((f) => !NO_EVIDENCE.has(f)).map((f) => FEATURE_INDEX[f] as number);

/**
 * True when nothing around any mention tells the kind: one word, not a listed given name, no
 * casting, crew, story, family or performance word near it, no title, no list it stands in. The
 * model has almost nothing to weigh then, and its bias is set by the full names of actors that fill
 * the reviews it learns from; a review that names someone by one bare word all through is talking
 * about a part far more often (`npm run train:names` measures how often).
 */
export function unmarkedName(x: readonly number[]): boolean {
  return EVIDENCE.every((i) => x[i] === 0);
}

/**
 * What decides an entity's kind: `person` or `character` when explicit evidence settles it, in
 * that order ({@link settledAsPerson}, {@link settledAsCharacter}); `unmarked` when nothing tells the
 * kind ({@link unmarkedName}); else `model`. The one order both {@link decideKind} and the fitting
 * script read, so the rows the model is fitted on are the ones it decides.
 */
export function kindDecider(x: readonly number[]): 'person' | 'character' | 'unmarked' | 'model' {
  if (settledAsPerson(x)) return 'person';
  if (settledAsCharacter(x)) return 'character';
  if (unmarkedName(x)) return 'unmarked';
  return 'model';
}

/**
 * An entity's kind and the probability that it is right: settled by explicit evidence, else by the
 * model ({@link kindDecider}). A name settled as a real person (a report's name, a courtesy-titled
 * `Ms. Okafor`) keeps the model's probability when the model agrees, else an even one: the kind then
 * comes from that evidence alone. A settled character has the smoothed share of such names that
 * are characters on the training reviews. A name with no evidence either way is what such names in
 * reviews mostly are, a character, with the measured share of them as its confidence.
 */
export function decideKind(x: readonly number[]): { kind: 'character' | 'person'; confidence: number } {
  return decideKindWith(NAME_KIND_WEIGHTS, x);
}

/**
 * {@link decideKind} with the kind model `model` instead of the shipped one: how the fitting script
 * reads the kinds its own weights give while it looks for weights that reproduce themselves.
 */
export function decideKindWith(model: KindModel, x: readonly number[]): { kind: 'character' | 'person'; confidence: number } {
  const p = personProbabilityWith(model, x);
  switch (kindDecider(x)) {
    case 'person':
      return { kind: 'person', confidence: Math.max(p, 0.5) };
    case 'character':
      return { kind: 'character', confidence: model.settledCharacter };
    case 'unmarked':
      return { kind: 'character', confidence: model.unmarkedCharacter };
    default:
      return p >= 0.5 ? { kind: 'person', confidence: p } : { kind: 'character', confidence: 1 - p };
  }
}

/** The shipped model's probability that an entity with features `x` is a real person (one dot product). */
export function personProbability(x: readonly number[]): number {
  return personProbabilityWith(NAME_KIND_WEIGHTS, x);
}

/** The probability that an entity with features `x` is a real person under kind model `model`. */
function personProbabilityWith(model: KindModel, x: readonly number[]): number {
  const weights = weightArray(model);
  let z = model.bias;
  for (let i = 0; i < weights.length; i++) z += (weights[i] as number) * (x[i] as number);
  return 1 / (1 + Math.exp(-z));
}

/** One entity's forms and features, as `nameKindRows` of src/pipeline-stages.ts gives them. */
interface Row {
  forms: string[];
  features: number[];
  /** What decides its kind (`kindDecider` of src/stages/4-names/kind-decision.ts). */
  decider: 'person' | 'character' | 'unmarked' | 'model';
  /** The rows (places in the list) it is joined to in a list or a match-up. */
  joinedTo: number[];
}

/** A kind model in the shape of the shipped weights file (`NAME_KIND_WEIGHTS`). */
interface KindModel {
  bias: number;
  weights: Record<string, number>;
  settledCharacter: number;
  unmarkedCharacter: number;
}

/** What the training reads of the pipeline: src/pipeline-stages.ts gives all three. */
interface KindPipeline {
  /** Every entity the names stage finds in a text, with its forms, features and partners. */
  nameKindRows(text: string): Row[];
  /** What decides the kind of an entity with features `x`. */
  kindDecider(x: readonly number[]): 'person' | 'character' | 'unmarked' | 'model';
  /** Sets the joined features of one document's vectors from the kinds `model` is sure of among each one's partners. */
  setJoinedFeatures(vectors: number[][], partners: readonly (readonly number[])[], model: KindModel): void;
}

/** One document's entities: a copy of each vector, its partners and its label (1 person, 0 character, null none). */
interface TrainingDocument {
  set: number;
  doc: string;
  entities: { x: number[]; joinedTo: number[]; y: 0 | 1 | null }[];
}

/** Cross-validated figures of one L2 penalty. */
interface CrossValidation {
  l2: number;
  /** Mean negative log-likelihood of the held-out rows the model weighs. */
  logLoss: number;
  /** Its standard error over those rows. */
  logLossError: number;
  entities: number;
  documents: number;
  people: number;
  characters: number;
  accuracy: number;
  majority: number;
  personF1: number;
  characterF1: number;
  settled: number;
  settledPerson: number;
  settledPersonRight: number;
  unmarked: number;
  /** Each set's held-out figures, in the order the sets were given (`set`: its place). */
  bySet: { set: number; entities: number; accuracy: number; personF1: number; characterF1: number }[];
}

/** One round of the fitting: the model fitted on the rows the given model's joins give. */
interface Round {
  model: { bias: number; weights: number[] };
  settledCharacter: number;
  unmarkedCharacter: number;
  /** The fitted model as the weights file ships it (rounded). */
  next: KindModel;
  /** The weights file's text. */
  source: string;
  /** Nats of penalised log-likelihood by which a fresh fit beats the given model on its rows. */
  gap: number;
  /** True when the given model was kept (it still fit within the tolerance asked for). */
  kept: boolean;
}

export const WEIGHTS_FILE: string;
/** The labelled sets learned from by default (../shared/train). */
export const TRAIN_DIRS: string[];
/** The fixed L2 penalty the weights are fitted with. */
export const L2: number;
/** The L2 penalties cross-validated beside {@link L2}, for comparison. */
export const L2_GRID: number[];
/** How far (nats) shipped weights may fall short of a fresh fit and still be kept. */
export const KEEP_NATS: number;
/** Most rounds the fitting takes to reach weights that reproduce themselves. */
export const MAX_ROUNDS: number;
/** Every document of the labelled sets, with every entity the pipeline finds in it. */
export function readDocuments(trainDirs: string | readonly string[], rowsOf: KindPipeline['nameKindRows']): TrainingDocument[];
/** The model that knows nothing (`--from-scratch`): no kind is sure, no join passes one on. */
export function blankModel(names: readonly string[]): KindModel;
/** `model` with a weight for each of `names`, 0 where it has none. */
export function startModel(model: KindModel, names: readonly string[]): KindModel;
/** One round: the joined features read with `given`, then the fit; `given` kept when a fresh fit beats it by less than `keepNats` (default 0: never). */
export function fitRound(docs: TrainingDocument[], pipeline: KindPipeline, names: readonly string[], given: KindModel, keepNats?: number): Round;
/** The rounds from `start` until the weights reproduce themselves (`reproduces`), or come back or run out; `start` kept in the first round within `keepNats`. */
export function fixedPoint(docs: TrainingDocument[], pipeline: KindPipeline, names: readonly string[], start: KindModel, keepNats?: number): Round & { rounds: number; reproduces: boolean };
/**
 * Learns from one labelled set (texts/ and gold/) or the union of several; folds are made within
 * each set. The rounds start from `start` (the shipped weights; by default {@link blankModel}).
 */
export function trainNames(
  trainDirs: string | readonly string[],
  pipeline: KindPipeline,
  names: readonly string[],
  start?: KindModel,
  keepNats?: number,
): {
  /** The cross-validation of {@link L2}, the penalty the weights are fitted with. */
  cv: CrossValidation;
  /** Every penalty's, in {@link L2_GRID} order. */
  grid: CrossValidation[];
  model: { bias: number; weights: number[] };
  settledCharacter: number;
  unmarkedCharacter: number;
  source: string;
  /** Rounds fitted from `start`; the last changed nothing when `reproduces`. */
  rounds: number;
  /** True when the weights written reproduce themselves. */
  reproduces: boolean;
  /** True when `start` was kept: a fresh fit beat it by less than `keepNats`. */
  kept: boolean;
  /** Nats by which a fresh fit beats `start` on the rows it gives. */
  gap: number;
};
/** The penalised negative log-likelihood the fit minimises, at `model` on `rows`. */
export function objective(rows: readonly { x: readonly number[]; y: 0 | 1 }[], model: { bias: number; weights: readonly number[] }, l2: number): number;
/** True when a shipped share of the rows `which` picks still holds within one standard error. */
export function shareHolds(rows: readonly Record<string, unknown>[], which: 'settled' | 'unmarked', given: number): boolean;

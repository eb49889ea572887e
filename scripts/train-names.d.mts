/** One entity's forms and features, as `nameKindRows` of src/pipeline-stages.ts gives them. */
interface Row {
  forms: string[];
  features: number[];
  /** What decides its kind (`kindDecider` of src/stages/4-names/kind-decision.ts). */
  decider: 'person' | 'character' | 'unmarked' | 'model';
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

export const WEIGHTS_FILE: string;
/** The labelled sets learned from by default (../shared/train). */
export const TRAIN_DIRS: string[];
/** The fixed L2 penalty the weights are fitted with. */
export const L2: number;
/** The L2 penalties cross-validated beside {@link L2}, for comparison. */
export const L2_GRID: number[];
/** Learns from one labelled set (texts/ and gold/) or the union of several; folds are made within each set. */
export function trainNames(
  trainDirs: string | readonly string[],
  rowsOf: (text: string) => Row[],
  names: readonly string[],
): {
  /** The cross-validation of {@link L2}, the penalty the weights are fitted with. */
  cv: CrossValidation;
  /** Every penalty's, in {@link L2_GRID} order. */
  grid: CrossValidation[];
  model: { bias: number; weights: number[] };
  settledCharacter: number;
  unmarkedCharacter: number;
  source: string;
};

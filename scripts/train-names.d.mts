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
}

export const WEIGHTS_FILE: string;
/** The L2 penalties cross-validation chooses from. */
export const L2_GRID: number[];
export function trainNames(
  trainDir: string,
  rowsOf: (text: string) => Row[],
  names: readonly string[],
): {
  /** The chosen penalty's cross-validation. */
  cv: CrossValidation;
  /** Every penalty's, in {@link L2_GRID} order. */
  grid: CrossValidation[];
  model: { bias: number; weights: number[] };
  settledCharacter: number;
  unmarkedCharacter: number;
  source: string;
};

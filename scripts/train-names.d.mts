/** One entity's forms and features, as `nameKindRows` of src/pipeline-stages.ts gives them. */
interface Row {
  forms: string[];
  features: number[];
  /** What decides its kind (`kindDecider` of src/stages/4-names/kind-decision.ts). */
  decider: 'person' | 'character' | 'unmarked' | 'model';
}

export const WEIGHTS_FILE: string;
export function trainNames(
  trainDir: string,
  rowsOf: (text: string) => Row[],
  names: readonly string[],
): {
  cv: { entities: number; documents: number; people: number; characters: number; accuracy: number; majority: number; personF1: number; characterF1: number; settled: number; settledPerson: number; settledPersonRight: number; unmarked: number };
  model: { bias: number; weights: number[] };
  settledCharacter: number;
  unmarkedCharacter: number;
  source: string;
};

/** One entity's forms and features, as `nameKindRows` of src/pipeline-stages.ts gives them. */
interface Row {
  forms: string[];
  features: number[];
  settled: boolean;
}

export const WEIGHTS_FILE: string;
export function trainNames(
  trainDir: string,
  rowsOf: (text: string) => Row[],
  names: readonly string[],
): {
  cv: { entities: number; documents: number; people: number; characters: number; accuracy: number; majority: number; personF1: number; characterF1: number; settled: number };
  model: { bias: number; weights: number[] };
  settledCharacter: number;
  source: string;
};

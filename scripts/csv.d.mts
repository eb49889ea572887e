/** Types for csv.mjs, for the tests that read the corpus with it. */
export function parseCsv(text: string): string[][];
export function csvObjects(text: string): Record<string, string>[];

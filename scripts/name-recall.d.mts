import type { ReviewAnalysis } from '../src/types';

export const TEMPLATES: readonly string[];
export function castNames(csvText: string): string[];
export function recall(
  names: readonly string[],
  analyze: (text: string) => ReviewAnalysis,
): { recall: number; found: number; total: number; perTemplate: { template: string; found: number; total: number; recall: number; missed: string[] }[] };

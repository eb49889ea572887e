import type { ReviewAnalysis } from '../src/types';

export interface GoldForm {
  char: string;
  text: string;
}
export interface ApartPair {
  char: string;
  a: string;
  b: string;
  in: [string, string];
  cls: 'kind' | 'word' | 'title' | 'other';
}
export interface WrongPair {
  entity: string;
  a: string;
  b: string;
  cls: 'family' | 'other';
}
export function goldForms(csvText: string): Map<string, GoldForm>;
export function apartClass(a: string, b: string, kindA: string, kindB: string): ApartPair['cls'];
export function mergePairs(
  analysis: Pick<ReviewAnalysis, 'characters' | 'people'>,
  gold: ReadonlyMap<string, GoldForm>,
): { foundForms: number; goldForms: number; goldPairs: number; joined: number; entityPairs: number; right: number; apart: ApartPair[]; wrong: WrongPair[] };

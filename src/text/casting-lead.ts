import { BRACKET_CASTING_LEADS } from '../data/casting-vocab';

/**
 * The length of the casting lead of {@link BRACKET_CASTING_LEADS} that opens the bracket at
 * `open` of the lower-cased text (`(voiced by `, `(played by `), counted after the bracket, or 0
 * when `open` is no bracket or no lead follows it. The works stage and the names stage read the
 * same leads through it: a bracket that says who plays the name before it makes that name a part.
 */
export function castingLeadAt(lower: string, open: number): number {
  if (lower[open] !== '(') return 0;
  for (const lead of BRACKET_CASTING_LEADS) if (lower.startsWith(lead, open + 1)) return lead.length;
  return 0;
}

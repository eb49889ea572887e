/** Names the type of a value for an error message: `number`, `null`, `array`, `object`, … */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/** A TypeError whose message reads `review-lens: expected WHAT, got TYPE`. */
export function expectedType(what: string, value: unknown): TypeError {
  return new TypeError(`review-lens: expected ${what}, got ${describe(value)}`);
}

/** The message of something thrown: an Error's message, or the value as text. */
export function messageOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}

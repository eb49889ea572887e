/**
 * Typed arrays a pass reads only while it runs, kept from one call to the next: see
 * {@link KeptArray}.
 */

/**
 * Slots a kept array holds at most. A longer text's pass gets an array of its own, made for that
 * call (its cost is small beside the pass), so no process keeps a huge text's array.
 */
const MAX_KEPT = 1 << 16;

/** The typed arrays a pass may keep. */
type Typed = Uint8Array | Int32Array | Float64Array;

/**
 * One pass's typed array, kept from one call to the next. A typed array of more than a few dozen
 * bytes is allocated outside the heap, which costs more than the pass that fills it over a short
 * text; {@link KeptArray.take} instead hands out a view of the kept memory, of the length asked
 * and filled afresh, so the pass reads it as it would a new array. The view is the caller's until
 * the same KeptArray is asked again: a pass keeps one only when it is done with the array before it
 * can run again (no recursion, and the array is neither returned nor stored).
 */
export class KeptArray<T extends Typed> {
  private kept: T;

  /** @param make - Makes a typed array of the kind kept, `length` slots long. */
  constructor(private readonly make: (length: number) => T) {
    this.kept = make(0);
  }

  /** An array of `length` slots, each `fill`. */
  take(length: number, fill = 0): T {
    if (length > MAX_KEPT) return this.make(length).fill(fill) as T;
    if (this.kept.length < length) this.kept = this.make(Math.min(MAX_KEPT, Math.max(length, 2 * this.kept.length, 1024)));
    const view = this.kept.subarray(0, length) as T;
    view.fill(fill);
    return view;
  }
}

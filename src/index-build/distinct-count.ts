/**
 * Step 2 of the index: how many distinct documents name an entity, in bounded memory. A
 * k-minimum-values sketch: the smallest {@link SKETCH_SIZE} hashes of the document numbers seen.
 * Below that many documents the count is exact; above, it is estimated (about 3% off). Two
 * sketches merge into the sketch of the union, which is what merging name forms needs.
 */

/** Hashes kept per sketch: counts up to this are exact. */
export const SKETCH_SIZE = 1024;

/** A sketch: sorted distinct hashes, at most {@link SKETCH_SIZE}. */
export type DistinctSketch = number[];

/** A 32-bit mix of a document number (distinct numbers give distinct hashes: the mix is a bijection). */
export function hashDocument(n: number): number {
  let h = n >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Adds document number `n` to the sketch, in place. */
export function addDocument(sketch: DistinctSketch, n: number): void {
  const h = hashDocument(n);
  if (sketch.length === SKETCH_SIZE && h >= (sketch[SKETCH_SIZE - 1] as number)) return;
  let lo = 0;
  let hi = sketch.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sketch[mid] as number) < h) lo = mid + 1;
    else hi = mid;
  }
  if (sketch[lo] === h) return;
  // Shifted by hand: splice makes an array of the removed values at every insertion.
  let k = sketch.length;
  if (k < SKETCH_SIZE) sketch.push(h);
  else k--;
  for (; k > lo; k--) sketch[k] = sketch[k - 1] as number;
  sketch[lo] = h;
}

/** The sketch of the union of two sketches' documents. */
export function mergeSketches(a: DistinctSketch, b: DistinctSketch): DistinctSketch {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < SKETCH_SIZE && (i < a.length || j < b.length)) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    const next = Math.min(x, y);
    if (x === next) i++;
    if (y === next) j++;
    out.push(next);
  }
  return out;
}

/** The number of distinct documents a sketch stands for. */
export function countDocuments(sketch: DistinctSketch): number {
  if (sketch.length < SKETCH_SIZE) return sketch.length;
  return Math.round((SKETCH_SIZE - 1) / (((sketch[SKETCH_SIZE - 1] as number) + 1) / 2 ** 32));
}

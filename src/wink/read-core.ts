/**
 * Builds a loaded core model of wink from its parsed core file, as the model's own reader does:
 * see {@link readCore}. Knows nothing of where the file comes from (./core-model finds it).
 */

import { LexemeTable } from './lexeme-table';
import { mapRecord } from './map-record';

/**
 * How many words open the lexeme list outside its lower-case order (the out-of-vocabulary marker):
 * the rest is sorted by lower-case form in the model releases the core reader accepts.
 */
const UNSORTED_HEAD = 1;

/** The core model's parsed file, as far as this reader looks into it. */
export interface CoreFile {
  lexicon: string;
  xpansions: string;
  packing: { layout: Record<string, number[]> };
  features: Record<string, { list: string[] }>;
  pos: { hash: Record<string, number> };
}

/** One feature table of a loaded core model. */
interface LoadedFeature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** A loaded core model, as wink takes it from `model.core()`. */
interface LoadedCore {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, LoadedFeature>;
  pos: { hash: Record<string, number> };
}

/**
 * The loaded core model of the parsed core file `file`: what the model's `read-core-model.js` and
 * `load-core-model.js` make of it, built from a copy of the small parts and copies of the lists.
 */
export function readCore(file: CoreFile, unpack: (base64: string) => Uint32Array): LoadedCore {
  const features: Record<string, { list: string[] }> = {};
  for (const name in file.features) features[name] = { ...file.features[name], list: [] };
  const model = JSON.parse(JSON.stringify({ ...file, lexicon: '', xpansions: '', features })) as unknown as LoadedCore;
  for (const name in file.features) (model.features[name] as LoadedFeature).list = (file.features[name] as { list: string[] }).list.slice();
  model.lexicon = unpack(file.lexicon);
  model.xpansions = unpack(file.xpansions);
  const layout = model.packing.layout;
  const hashOf = (list: unknown[]): Record<string, number> => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
    return hash;
  };
  for (const name in layout) if ((layout[name] as number[])[3] === 0) (model.features[name] as LoadedFeature).hash = hashOf((model.features[name] as LoadedFeature).list);
  const lexeme = model.features.lexeme as LoadedFeature;
  // The lexeme table, the largest of the tables by far, is a set of maps each filled at its first
  // question (see LexemeTable), behind an object wink reads and writes (see mapRecord).
  lexeme.hash = mapRecord(new LexemeTable(lexeme.list, UNSORTED_HEAD));
  const clusters = (model.features.posClusters as LoadedFeature).list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => model.pos.hash[e] || 0));
  model.packing.efList = [];
  for (const name in layout) {
    const cfg = layout[name] as number[];
    if (cfg[3] === 0) {
      const f = model.features[name] as LoadedFeature;
      f.intrinsicSize = f.list.length;
      f.index = f.list.length;
      f.maxIndex = (cfg[1] as number) >>> (cfg[2] as number);
    }
    if (cfg[4] === 1) model.packing.efList.push(name);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/**
 * The sentiment machine's tables for a load of wink's model: see {@link sentimentTables}.
 */

import { SENTIMENT_MACHINE } from '../data/sentiment-machine';
import { machineFingerprint } from '../text/machine-fingerprint';
import { machineTables, type MachineTables } from '../text/machine-tables';
import { unpackMachine } from '../text/packed-machine';

/**
 * The sentiment machine's tables for a model whose lexicon holds `size` words, `words` giving the
 * word of each id: the pre-built tables (src/data/sentiment-machine.ts) when their ids name the
 * same words in this lexicon, else the tables of the model's own serialized machine, which
 * `modelMachine` gives. Decoding the pre-built tables takes a small part of the time reading the
 * model's machine takes, a fixed part of every fresh process's start.
 */
export function sentimentTables(words: ArrayLike<unknown>, size: number, modelMachine: () => string): MachineTables {
  if (size === SENTIMENT_MACHINE.lexiconSize) {
    const tables = unpackMachine(SENTIMENT_MACHINE.packed);
    if (machineFingerprint(tables, words as ArrayLike<string>) === SENTIMENT_MACHINE.fingerprint) return tables;
  }
  return machineTables(modelMachine());
}

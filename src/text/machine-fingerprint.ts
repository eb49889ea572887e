/**
 * Which lexicon a sentiment machine's token ids were numbered in: see {@link machineFingerprint}.
 */

import type { MachineTables } from './machine-tables';

/**
 * Every how many token ids of a machine {@link machineFingerprint} reads the word of: a lexicon
 * numbered otherwise moves most words, so a sample finds it, and hashing every word of the
 * machine would cost more at start-up than the pre-built tables save.
 */
export const FINGERPRINT_STEP = 16;

/**
 * A 32-bit FNV-1a hash of the words behind every {@link FINGERPRINT_STEP}th token id of `tables`
 * (of the start state's, then of the other transitions'), each word followed by a zero, where
 * `words` gives the word of each id. A machine pre-built for one release of wink's model reads
 * right over another only where the ids it knows name the same words: comparing this with the
 * hash stored beside the pre-built tables finds a model whose lexicon was numbered otherwise.
 */
export function machineFingerprint(tables: MachineTables, words: ArrayLike<string>): number {
  let hash = 0x811c9dc5;
  const add = (id: number): void => {
    const word = words[id] ?? '';
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash, 0x01000193);
  };
  const { startTokens, edgeToken } = tables;
  for (let k = 0; k < startTokens.length; k += FINGERPRINT_STEP) add(startTokens[k] as number);
  for (let k = 0; k < edgeToken.length; k += FINGERPRINT_STEP) add(edgeToken[k] as number);
  return hash >>> 0;
}

/**
 * The sentiment machine's tables from their pre-built packed form (src/data/sentiment-machine.ts,
 * written by scripts/build-sentiment-machine.mjs): see {@link unpackMachine}.
 */

import type { MachineTables } from './machine-tables';

/** The numbers that open the packed bytes, in this order (each a little-endian uint32). */
const HEADER = ['states', 'startSize', 'startCount', 'edgeCount', 'otherwiseCount', 'scoreCount'] as const;

/** The bytes of base64 `text`: Node's own decoder where there is one, else `atob`'s. */
function base64Bytes(text: string): Uint8Array {
  const buffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64'): Uint8Array } }).Buffer;
  if (buffer) return buffer.from(text, 'base64');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The tables packed in base64 `packed`: the {@link HEADER} counts, then little-endian sections
 * of fixed width, each copied out whole: the distinct scores (float64, NaN for wink's ignored
 * pattern), the other transitions' token ids (uint32), the start transitions' token ids (uint16,
 * each as its step from the one before, in ascending order) and targets (uint16), each state's
 * count of other transitions (uint8), their targets (uint16), the states with an `otherwise`
 * transition and its targets (uint16 each), and each state's score (uint8: 0 where the state ends
 * no pattern, else one more than its score's place among the scores).
 *
 * Decoding reads no number at a time but in the few loops that spread the sparse parts out and add
 * up the steps and counts, so it
 * takes a small part of the time that building the tables from wink's serialized machine takes at
 * start-up, where the code runs before the engine compiles it.
 */
export function unpackMachine(packed: string): MachineTables {
  const bytes = base64Bytes(packed);
  let at = 0;
  // Each section is copied into a buffer of its own: the decoded bytes need not be aligned.
  const section = (size: number, count: number): ArrayBuffer => {
    const start = bytes.byteOffset + at;
    at += size * count;
    return bytes.buffer.slice(start, start + size * count) as ArrayBuffer;
  };
  const header = new Uint32Array(section(4, HEADER.length));
  const [states, startSize, startCount, edgeCount, otherwiseCount, scoreCount] = HEADER.map((_, k) => header[k] as number) as [number, number, number, number, number, number];
  const scores = new Float64Array(section(8, scoreCount));
  const edgeToken = new Int32Array(section(4, edgeCount));
  const startSteps = new Uint16Array(section(2, startCount));
  const startTargets = new Uint16Array(section(2, startCount));
  const edgeCounts = new Uint8Array(section(1, states));
  const edgeTarget = new Int32Array(new Uint16Array(section(2, edgeCount)));
  const otherwiseStates = new Uint16Array(section(2, otherwiseCount));
  const otherwiseTargets = new Uint16Array(section(2, otherwiseCount));
  const scoreOf = new Uint8Array(section(1, states));
  if (at !== bytes.length) throw new Error(`review-lens: expected the packed sentiment machine to end after ${at} bytes, got ${bytes.length}`);
  const start = new Int32Array(startSize);
  const startTokens = new Uint32Array(startCount);
  for (let k = 0, token = 0; k < startCount; k++) {
    token += startSteps[k] as number;
    startTokens[k] = token;
    start[token] = startTargets[k] as number;
  }
  const edgeStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) edgeStart[s + 1] = (edgeStart[s] as number) + (edgeCounts[s] as number);
  const otherwise = new Int32Array(states);
  for (let k = 0; k < otherwiseCount; k++) otherwise[otherwiseStates[k] as number] = otherwiseTargets[k] as number;
  const terminal = new Uint8Array(states);
  const score = new Float64Array(states);
  for (let s = 0; s < states; s++) {
    const place = scoreOf[s] as number;
    if (place === 0) continue;
    terminal[s] = 1;
    score[s] = scores[place - 1] as number;
  }
  return { start, startTokens, edgeStart, edgeToken, edgeTarget, otherwise, terminal, score };
}

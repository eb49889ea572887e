/**
 * The tables of wink's sentiment lexicon machine, as the sentiment machine (./sentiment-machine)
 * walks them, read from wink's serialized machine.
 */

/** The id of the `otherwise` event in wink's machines. */
const OTHERWISE = 2070003;

/**
 * A sentiment machine's tables: its start state by token id (and the ids it has a transition for,
 * ascending, so that no one walks the whole table to find them), the other states' transitions packed
 * (state `s`'s are `edgeToken[k]` → `edgeTarget[k]` for `k` from `edgeStart[s]` to
 * `edgeStart[s + 1]`), each state's `otherwise` target (0: none), which states end a pattern, and
 * each terminal state's score in thousandths (NaN for wink's ignored pattern "0").
 */
export interface MachineTables {
  start: Int32Array;
  startTokens: Uint32Array;
  edgeStart: Int32Array;
  edgeToken: Int32Array;
  edgeTarget: Int32Array;
  otherwise: Int32Array;
  terminal: Uint8Array;
  score: Float64Array;
}

/**
 * The tables of wink's serialized machine `json`: `[version, lastState, fsm, terminals, marked,
 * custom]`.
 *
 * @throws Error when the machine marks parts of patterns (wink's sentiment machine does not).
 */
export function machineTables(json: string): MachineTables {
  const [, lastState, fsm, terminals, marked] = JSON.parse(json) as [unknown, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, unknown>];
  if (Object.keys(marked).length > 0) throw new Error('review-lens: expected a sentiment machine without marked states, got some (a newer wink model?)');
  const states = lastState + 1;
  const otherwise = new Int32Array(states);
  const edgeStart = new Int32Array(states + 1);
  // Counted by each state's key count, without a Number() per transition.
  for (const key in fsm) {
    if (key === '0') continue;
    const edges = fsm[key] as Record<string, number>;
    edgeStart[Number(key) + 1] = Object.keys(edges).length - (OTHERWISE in edges ? 1 : 0);
  }
  for (let k = 1; k <= states; k++) edgeStart[k] = (edgeStart[k] as number) + (edgeStart[k - 1] as number);
  const edgeToken = new Int32Array(edgeStart[states] as number);
  const edgeTarget = new Int32Array(edgeStart[states] as number);
  for (const key in fsm) {
    const state = Number(key);
    const edges = fsm[key] as Record<string, number>;
    otherwise[state] = edges[OTHERWISE] ?? 0;
    if (state === 0) continue;
    let k = edgeStart[state] as number;
    for (const token in edges) {
      const id = Number(token);
      if (id === OTHERWISE) continue;
      edgeToken[k] = id;
      edgeTarget[k] = edges[token] as number;
      k++;
    }
  }
  const first = fsm['0'] ?? {};
  // The start state's 8,000 keys read once (their ids kept), not once for the size and again.
  const ids: number[] = [];
  let size = 0;
  for (const key in first) {
    const token = Number(key);
    if (token === OTHERWISE || !first[key]) continue;
    ids.push(token);
    if (token >= size) size = token + 1;
  }
  const start = new Int32Array(size);
  for (const token of ids) start[token] = first[token] as number;
  const terminal = new Uint8Array(states);
  const score = new Float64Array(states);
  for (const key in terminals) {
    const name = terminals[key] as string;
    terminal[Number(key)] = 1;
    score[Number(key)] = name === '0' ? Number.NaN : Number(name);
  }
  return { start, startTokens: Uint32Array.from(ids).sort(), edgeStart, edgeToken, edgeTarget, otherwise, terminal, score };
}

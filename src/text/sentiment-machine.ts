/**
 * wink's sentiment recognizer, over faster tables.
 *
 * wink finds the words and phrases of its sentiment lexicon with a finite-state machine whose
 * states are plain objects keyed by token id: the start state alone has 8,000 keys, so every
 * token costs a dictionary look-up. This is the same machine (read from the same model data) and
 * the same greedy walk as wink's `automaton.recognize`, with the start state in a typed array (and
 * a bit per token id for the first test) and the other states' few transitions packed in typed
 * arrays. It gives the same hits, token for token (a test compares the two over the fixtures and
 * corpus).
 */

/** The id wink's machines give the end of the input. */
const EOS = 2070000;
/** The id of the `otherwise` event in wink's machines. */
const OTHERWISE = 2070003;

/** A sentiment hit: first and last token index, and the lexicon score in thousandths. */
export type MachineHit = [first: number, last: number, thousandths: number];

/**
 * A sentiment lexicon machine, built from wink's serialized model (`model.sa().machines[0]`).
 */
export class SentimentMachine {
  /** Transitions of the start state by token id (0: none), where every token is looked up. */
  private readonly start: Int32Array;
  /**
   * One bit per token id: set where the start state has a transition. 11 KB, so the test for the
   * most tokens (which start nothing) stays in the first-level cache, where `start` is 350 KB.
   */
  private readonly starting: Uint32Array;
  /**
   * The other states' transitions, packed: state `s`'s are `edgeToken[k]` → `edgeTarget[k]` for
   * `k` from `edgeStart[s]` to `edgeStart[s + 1]` (two on average, forty at most: a scan, where
   * wink's objects cost a dictionary look-up each).
   */
  private readonly edgeStart: Int32Array;
  private readonly edgeToken: Int32Array;
  private readonly edgeTarget: Int32Array;
  /** The state an `otherwise` event leads to from each state (0: none). */
  private readonly otherwise: Int32Array;
  /** 1 where a state ends a pattern. */
  private readonly terminal: Uint8Array;
  /** The score (in thousandths) of each terminal state; NaN for wink's ignored pattern "0". */
  private readonly score: Float64Array;
  /** True when a token without a start transition only steps the walk on (no `otherwise` at the start). */
  private readonly skipsAtStart: boolean;

  /**
   * @param json - wink's serialized machine: `[version, lastState, fsm, terminals, marked, custom]`.
   * @param ignored - The token id wink's machine skips (that of `"\n"`).
   * @throws Error when the machine marks parts of patterns (wink's sentiment machine does not).
   */
  constructor(
    json: string,
    private readonly ignored: number,
  ) {
    const [, lastState, fsm, terminals, marked] = JSON.parse(json) as [unknown, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, unknown>];
    if (Object.keys(marked).length > 0) throw new Error('review-lens: expected a sentiment machine without marked states, got some (a newer wink model?)');
    const states = lastState + 1;
    this.otherwise = new Int32Array(states);
    this.edgeStart = new Int32Array(states + 1);
    // Counted by each state's key count, without a Number() per transition (this runs at start-up,
    // on code not yet compiled).
    for (const key in fsm) {
      if (key === '0') continue;
      const edges = fsm[key] as Record<string, number>;
      this.edgeStart[Number(key) + 1] = Object.keys(edges).length - (OTHERWISE in edges ? 1 : 0);
    }
    for (let k = 1; k <= states; k++) this.edgeStart[k] = (this.edgeStart[k] as number) + (this.edgeStart[k - 1] as number);
    this.edgeToken = new Int32Array(this.edgeStart[states] as number);
    this.edgeTarget = new Int32Array(this.edgeStart[states] as number);
    for (const key in fsm) {
      const state = Number(key);
      const edges = fsm[key] as Record<string, number>;
      this.otherwise[state] = edges[OTHERWISE] ?? 0;
      if (state === 0) continue;
      let k = this.edgeStart[state] as number;
      for (const token in edges) {
        const id = Number(token);
        if (id === OTHERWISE) continue;
        this.edgeToken[k] = id;
        this.edgeTarget[k] = edges[token] as number;
        k++;
      }
    }
    const start = fsm['0'] ?? {};
    // The start state's 8,000 keys read once (their ids kept), not once for the size and again.
    const ids: number[] = [];
    let size = 0;
    for (const key in start) {
      const token = Number(key);
      if (token === OTHERWISE || !start[key]) continue;
      ids.push(token);
      if (token >= size) size = token + 1;
    }
    this.start = new Int32Array(size);
    this.starting = new Uint32Array((size >>> 5) + 1);
    for (const token of ids) {
      this.start[token] = start[token] as number;
      this.starting[token >>> 5] = (this.starting[token >>> 5] as number) | (1 << (token & 31));
    }
    this.terminal = new Uint8Array(states);
    this.score = new Float64Array(states);
    for (const key in terminals) {
      const name = terminals[key] as string;
      this.terminal[Number(key)] = 1;
      this.score[Number(key)] = name === '0' ? Number.NaN : Number(name);
    }
    this.skipsAtStart = this.otherwise[0] === 0 && this.terminal[0] === 0;
  }

  private step(state: number, token: number): number {
    if (state === 0) return this.mayStart(token) ? (this.start[token] as number) : 0;
    const end = this.edgeStart[state + 1] as number;
    for (let k = this.edgeStart[state] as number; k < end; k++) if (this.edgeToken[k] === token) return this.edgeTarget[k] as number;
    return 0;
  }

  /** False when the start state has no transition for `token`. */
  private mayStart(token: number): boolean {
    return token >= 0 && token < this.start.length && (((this.starting[token >>> 5] as number) >>> (token & 31)) & 1) === 1;
  }

  /**
   * The hits in a token sequence given by the id of each token's normal form (-1 for a form the
   * model does not know): wink's greedy walk, step for step. Returns them flat, three numbers
   * each ({@link MachineHit}).
   */
  recognize(tokens: ArrayLike<number>): number[] {
    const length = tokens.length;
    const hits: number[] = [];
    const found = (first: number, last: number, state: number): void => {
      const score = this.score[state] as number;
      if (!Number.isNaN(score)) hits.push(first, last, score);
    };
    let first = 0;
    let state = 0;
    let lastOtherwiseIndex = 0;
    let lastOtherwiseState = 0;
    for (let i = 0; i <= length; i++) {
      // Most tokens start nothing: at the start state with nothing pending, wink's walk only steps
      // past them (the same as the loop below would, in one comparison each).
      if (this.skipsAtStart && state === 0 && lastOtherwiseState === 0) {
        while (i < length && tokens[i] !== this.ignored && !this.mayStart(tokens[i] as number)) i++;
      }
      for (let j = i; j <= length; j++) {
        const t = j === length ? EOS : (tokens[j] as number);
        if (t === this.ignored) continue;
        let ns = this.step(state, t);
        if (state === 0 && ns !== 0) first = j;
        if (this.terminal[ns] === 1) {
          found(first, j, ns);
          i = j;
          j = length + 100;
          ns = 0;
          lastOtherwiseState = 0;
        } else if (ns === 0) {
          if (lastOtherwiseState !== 0) {
            found(first, lastOtherwiseIndex, lastOtherwiseState);
            i = lastOtherwiseIndex;
            j = length + 100;
            lastOtherwiseState = 0;
          } else j = length + 100;
        }
        state = ns;
        const otherwise = this.otherwise[state] as number;
        if (otherwise !== 0) {
          lastOtherwiseIndex = j;
          lastOtherwiseState = otherwise;
        }
      }
    }
    return hits;
  }
}

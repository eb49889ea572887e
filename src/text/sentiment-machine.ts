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

import type { MachineTables } from './machine-tables';

/** The id wink's machines give the end of the input. */
const EOS = 2070000;

/** A sentiment hit: first and last token index, and the lexicon score in thousandths. */
export type MachineHit = [first: number, last: number, thousandths: number];

/**
 * A sentiment lexicon machine over the tables of wink's serialized model (`model.sa().machines[0]`).
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
   * @param tables - The machine's tables: {@link machineTables} of wink's serialized machine, or
   *   the same unpacked from the pre-built table ({@link unpackMachine}).
   * @param ignored - The token id wink's machine skips (that of `"\n"`).
   */
  constructor(
    tables: MachineTables,
    private readonly ignored: number,
  ) {
    ({ start: this.start, edgeStart: this.edgeStart, edgeToken: this.edgeToken, edgeTarget: this.edgeTarget, otherwise: this.otherwise, terminal: this.terminal, score: this.score } = tables);
    this.starting = new Uint32Array((this.start.length >>> 5) + 1);
    const tokens = tables.startTokens;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as number;
      this.starting[token >>> 5] = (this.starting[token >>> 5] as number) | (1 << (token & 31));
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

/**
 * wink's sentiment recognizer, over faster tables.
 *
 * wink finds the words and phrases of its sentiment lexicon with a finite-state machine whose
 * states are plain objects keyed by token id: the start state alone has 8,000 keys, so every
 * token costs a dictionary look-up, and the pass was a seventh of wink's reading time. This is
 * the same machine (read from the same model data) and the same greedy walk as wink's
 * `automaton.recognize`, with the start state in a typed array (the others are reached only after
 * a lexicon word, and keep wink's objects). It gives
 * the same hits, token for token (a test compares the two over the fixtures and corpus).
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
   * wink's own transition objects (token id → state) of the other states, by state: reached only
   * after a lexicon word, so their dictionary look-ups are the fewer.
   */
  private readonly states: (Record<string, number> | undefined)[];
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
    this.states = new Array<Record<string, number> | undefined>(states).fill(undefined);
    this.otherwise = new Int32Array(states);
    for (const key in fsm) {
      const edges = fsm[key] as Record<string, number>;
      this.states[Number(key)] = edges;
      this.otherwise[Number(key)] = edges[OTHERWISE] ?? 0;
    }
    const start = fsm['0'] ?? {};
    let size = 0;
    for (const key in start) if (Number(key) !== OTHERWISE) size = Math.max(size, Number(key) + 1);
    this.start = new Int32Array(size);
    for (const key in start) if (Number(key) !== OTHERWISE) this.start[Number(key)] = start[key] as number;
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
    if (state === 0) return this.fromStart(token);
    return this.states[state]?.[token] ?? 0;
  }

  private fromStart(token: number): number {
    return token >= 0 && token < this.start.length ? (this.start[token] as number) : 0;
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
        while (i < length && tokens[i] !== this.ignored && this.fromStart(tokens[i] as number) === 0) i++;
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

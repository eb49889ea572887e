/**
 * Counterfactual praise and blame: "it could have been great" tells that the work is not great.
 * A modal of {@link COUNTERFACTUAL_MODALS} before "have been" opens a clause of what did not
 * happen; an opinion word in it is turned round. A negated modal ("it couldn't have been better")
 * says the opposite did happen, so its opinion word stands as written, whatever a negator reads.
 */
import { COUNTERFACTUAL_MODALS, COUNTERFACTUAL_SCOPE } from '../../data/sentiment-rules';
import { KeptArray } from '../../text/kept-array';
import { WordSet } from '../../text/words';
import type { SentimentHit, Token } from '../stage-types';
import { NEGATOR } from './negation';

const MODAL = new WordSet(COUNTERFACTUAL_MODALS);

/** A token after a plain modal ("could have been great"): an opinion word on it is turned round. */
const TURNED = 1;
/** A token after a negated modal ("couldn't have been better"): an opinion word on it stands as written. */
const HELD = 2;

/**
 * {@link counterfactualClauses}' table, kept from one call to the next: the sentiment stage reads
 * it only while it scores one text's hits, and a long text's table is made for it alone.
 */
const CLAUSES = new KeptArray((n) => new Uint8Array(n));

/** The word `w` of the tokens at `k` in `sentence`, when it is a word token there. */
const wordIs = (tokens: readonly Token[], k: number, sentence: number, w: string): boolean => {
  const t = tokens[k];
  return t !== undefined && t.type === 'word' && t.sentence === sentence && t.normal === w;
};

/**
 * For each token, whether it lies in a counterfactual clause: 0 outside, 1 after a plain modal (turned round), 2 after a negated one (held): the at most
 * {@link COUNTERFACTUAL_SCOPE} words after "could have been", "should not have been", "coulda
 * been", up to punctuation or the sentence's end. One pass over the tokens. The array is the
 * caller's until the next call (see {@link CLAUSES}).
 */
export function counterfactualClauses(tokens: readonly Token[]): Uint8Array {
  const out = CLAUSES.take(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.type !== 'word' || !MODAL.hasToken(tok)) continue;
    const s = tok.sentence;
    let k = t + 1;
    const negated = tokens[k] !== undefined && (tokens[k] as Token).sentence === s && NEGATOR.hasToken(tokens[k] as Token);
    if (negated) k++;
    // "coulda been" holds its "have"; every other modal needs it written.
    if (!tok.normal.endsWith('a')) {
      if (!wordIs(tokens, k, s, 'have')) continue;
      k++;
    }
    if (!wordIs(tokens, k, s, 'been')) continue;
    const code = negated ? HELD : TURNED;
    let words = 0;
    for (k++; k < tokens.length && words < COUNTERFACTUAL_SCOPE; k++) {
      const x = tokens[k] as Token;
      if (x.sentence !== s || x.type === 'punctuation') break;
      if (x.type === 'word') words++;
      out[k] = code;
    }
    t = k - 1;
  }
  return out;
}

/**
 * `h` as its counterfactual clause reads it (`clauses` from {@link counterfactualClauses}): turned
 * round after a plain modal, whatever it read before ("could have been less boring" is blame,
 * "could have been better" blame), and never negated after a negated modal, whose negator is the
 * modal's, not the word's ("couldn't have been better").
 */
export function realised(clauses: Uint8Array, h: SentimentHit): SentimentHit {
  const code = clauses[h.firstToken];
  if (code === undefined || code === 0) return h;
  const negated = code === TURNED ? !h.negated : false;
  return negated === h.negated ? h : { start: h.start, end: h.end, firstToken: h.firstToken, lastToken: h.lastToken, score: h.score, negated };
}

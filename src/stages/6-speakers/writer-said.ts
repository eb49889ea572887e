/**
 * "I say “more like, you have the girl”", "“…,” I said": the writer's own words, brought in by
 * "I" or "we" and a speech verb right before or right after the quote. Nobody the text names
 * speaks them, so no sieve is asked (not even the quote before's speaker going on).
 */
import { firstAtOrAfter } from '../../text/search';
import type { MarkedQuoteDraft, Token } from '../stage-types';
import { isSpeechVerb } from './context';
import { isFirstPerson, isLyAdverb } from './phrases';

/** The writer as a subject: "I", or "we". */
const isWriter = (w: Token | undefined): boolean => w !== undefined && (isFirstPerson(w) || w.normal === 'we');

/** Punctuation between a lead-in and its quote (`I said,`, `I asked:`). */
const LEAD_MARKS: ReadonlySet<string> = new Set([',', ':']);

/** True when the writer's "I" / "we" and a speech verb bring the quote in, before or right after it. */
export function saidByWriter(tokens: readonly Token[], q: MarkedQuoteDraft): boolean {
  let t = firstAtOrAfter(tokens, q.open.start) - 1;
  // Only the token before the quote can hold the quote mark inside it.
  if (tokens[t] !== undefined && (tokens[t] as Token).end > q.open.start) t--;
  if (LEAD_MARKS.has(tokens[t]?.normal ?? '')) t--;
  const verbAt = (k: number): boolean => isSpeechVerb(tokens[k]?.normal ?? '') && (isWriter(tokens[k - 1]) || (isLyAdverb(tokens[k - 1]) && isWriter(tokens[k - 2])));
  if (verbAt(t)) return true;
  // "“…,” I said.": the writer right after the close, then the verb closing the attribution (not
  // one leading into the next quote: "“A” I say “B”").
  let a = firstAtOrAfter(tokens, q.close.end);
  if (tokens[a]?.normal === ',') a++;
  return isWriter(tokens[a]) && isSpeechVerb(tokens[a + 1]?.normal ?? '') && CLOSERS.has(tokens[a + 2]?.normal ?? '.');
}

/** What may follow an attribution after its quote: a stop, or a comma before more of the sentence. */
const CLOSERS: ReadonlySet<string> = new Set(['.', ',', '!', '?', ';']);

/**
 * Stage 5, the kinds of the quotes between marks: `title` when the words are a work's mention,
 * `speech` when there is sentence punctuation, three words or more, or a speech verb before the
 * quote in its sentence or right after it; otherwise `term` (scare quotes: “risk”).
 */
import { SPEECH_VERBS } from '../../data/speech-verbs';
import { HAS_LETTER_OR_DIGIT } from '../../text/chars';
import { firstAtOrAfter } from '../../text/search';
import type { Annotation, MarkedQuoteDraft, NormalizedText, WorkDraft } from '../stage-types';

/** Words in a span of the view. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => HAS_LETTER_OR_DIGIT.test(w)).length;
}

/**
 * For each token, the index of the last speech verb at or before it (-1 when none): whether a
 * quote has a speech verb before it in its sentence is then one comparison, not a walk back to the
 * sentence's start for every quote of a long sentence.
 */
function lastSpeechVerbs(tokens: Annotation['tokens']): Int32Array {
  const last = new Int32Array(tokens.length);
  let v = -1;
  for (let t = 0; t < tokens.length; t++) {
    if (SPEECH_VERBS.has((tokens[t] as { normal: string }).normal)) v = t;
    last[t] = v;
  }
  return last;
}

/** True when a speech verb stands before the quote in its sentence, or right after its closing mark. */
function speechVerbNearQuote(ann: Annotation, q: MarkedQuoteDraft, lastVerb: () => Int32Array): boolean {
  const { tokens, sentences } = ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  const tok = tokens[at];
  if (tok && at > 0) {
    const sentence = sentences[tok.sentence];
    if (sentence && (lastVerb()[at - 1] as number) >= sentence.firstToken) return true;
  }
  // ", said X" / "X said" after the quote.
  const after = firstAtOrAfter(tokens, q.close.end);
  for (let t = after; t < after + 4 && t < tokens.length; t++) {
    const token = tokens[t] as { normal: string; type: string };
    if (SPEECH_VERBS.has(token.normal)) return true;
    if (token.type === 'punctuation' && token.normal !== ',') break;
  }
  return false;
}

/** Gives each quote between marks its kind, in place. */
export function assignKinds(input: NormalizedText, ann: Annotation, works: readonly WorkDraft[], quotes: MarkedQuoteDraft[]): void {
  // Work mentions by their span, keyed only for a text with quotes.
  const workSpans = new Set(quotes.length > 0 ? works.flatMap((w) => w.mentions.map((m) => `${m.start}:${m.end}`)) : []);
  let verbs: Int32Array | null = null;
  const lastVerb = (): Int32Array => (verbs ??= lastSpeechVerbs(ann.tokens));
  for (const q of quotes) {
    const words = input.view.slice(q.start, q.end);
    if (workSpans.has(`${q.start}:${q.end}`)) q.kind = 'title';
    else if (/[.!?…]$/.test(words) || wordCount(words) >= 3 || speechVerbNearQuote(ann, q, lastVerb)) q.kind = 'speech';
    else q.kind = 'term';
  }
}

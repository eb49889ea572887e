/** The text's voice as the names stage reads it: news (the third person) or a review. */
import { firstAtOrAfter } from '../../text/search';
import type { Span } from '../../types';
import type { Annotation, Sentence, Token, WorkDraft } from '../stage-types';

/**
 * First-person words outside quotes, per word, below which a text reads as news; from
 * {@link STRAY_FROM_WORDS} words on, one stray (a title such as "My Way") is forgiven.
 */
const FIRST_PERSON_RATE = 0.004;
const STRAY_FROM_WORDS = 100;

/** The works' mentions, sorted by start, with no span inside an earlier one. */
function titleSpans(works: readonly WorkDraft[]): Span[] {
  const all: Span[] = [];
  for (const w of works) for (const m of w.mentions) all.push(m);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const m of all) if (out.length === 0 || m.start >= (out[out.length - 1] as Span).end) out.push(m);
  return out;
}

/** How many word tokens stand inside the sorted, disjoint `spans`: one search per span. */
function wordsInside(tokens: readonly Token[], spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) {
    for (let k = firstAtOrAfter(tokens, s.start); k < tokens.length && (tokens[k] as Token).start < s.end; k++) if ((tokens[k] as Token).type === 'word') n++;
  }
  return n;
}

/** True when offset `at` lies inside one of the sorted, disjoint `spans`. */
function insideSpan(spans: readonly Span[], at: number): boolean {
  const k = firstAtOrAfter(spans, at + 1) - 1;
  return k >= 0 && at < (spans[k] as Span).end;
}

/**
 * True for text written in the third person (news): few "I", "me", "my" outside quotation marks.
 * A straight quote opens before a word and closes after one; a quote never outlives its paragraph.
 * Reads only the quote marks and first-person words stage 3 listed.
 *
 * The words of the works' titles (`works`' mentions) are no part of the writer's voice: they are
 * neither counted as words nor as first-person words (`My Way`), so a title written longer or
 * shorter never turns a text's voice, and with it which of its names stand.
 */
export function isThirdPerson(ann: Annotation, view: string, works: readonly WorkDraft[]): boolean {
  const titles = titleSpans(works);
  const words = ann.wordCount - wordsInside(ann.tokens, titles);
  if (words < 30) return false;
  const most = words * FIRST_PERSON_RATE + (words >= STRAY_FROM_WORDS ? 1 : 0);
  let inQuote = false;
  let first = 0;
  let block = -1;
  const { tokens, sentences } = ann;
  for (const k of ann.voiceTokens) {
    const t = tokens[k] as Token;
    const b = (sentences[t.sentence] as Sentence).block;
    if (b !== block) {
      block = b;
      inQuote = false;
    }
    const c = t.value.charCodeAt(0);
    if (t.value.length === 1) {
      if (c === 0x201c) inQuote = true;
      else if (c === 0x201d) inQuote = false;
      else if (c === 0x22) inQuote = view[t.end] !== undefined && !/\s/.test(view[t.end] as string) && (t.start === 0 || /[\s(]/.test(view[t.start - 1] as string));
    }
    if (t.type !== 'word' || inQuote || insideSpan(titles, t.start)) continue;
    if (++first > most) return false;
  }
  return true;
}

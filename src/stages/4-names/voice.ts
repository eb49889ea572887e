/** The text's voice as the names stage reads it: news (the third person) or a review. */
import type { Annotation, Sentence, Token } from '../stage-types';

/**
 * First-person words outside quotes, per word, below which a text reads as news; from
 * {@link STRAY_FROM_WORDS} words on, one stray (a title such as "My Way") is forgiven.
 */
const FIRST_PERSON_RATE = 0.004;
const STRAY_FROM_WORDS = 100;

/**
 * True for text written in the third person (news): few "I", "me", "my" outside quotation marks.
 * A straight quote opens before a word and closes after one; a quote never outlives its paragraph.
 * Reads only the quote marks and first-person words stage 3 listed.
 */
export function isThirdPerson(ann: Annotation, view: string): boolean {
  const words = ann.wordCount;
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
    if (t.type !== 'word' || inQuote) continue;
    if (++first > most) return false;
  }
  return true;
}

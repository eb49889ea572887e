// A saying the writer names as one ("the phrase “…”", "the old adage “…”") is held up as words, a
// term, however long or however punctuated inside its marks; words someone is said to speak (under
// a speech verb too: they are quoted as saying them), and a saying named with no noun before it,
// stay as they were. All wording invented.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

const kinds = (text: string): string[] => analyzeReview(text).quotes.map((q) => `${q.text}: ${q.kind}`);

const terms: [text: string, kinds: string[]][] = [
  ['Have you heard the phrase "never bet against the house" before? The heist crew never has.', ['never bet against the house: term']],
  ['The finale leans on the old adage "less is more, until it is not."', ['less is more, until it is not.: term']],
  ['Nobody in this town has heard the expression "quit while you are ahead," it seems.', ['quit while you are ahead,: term']],
  ['As the old saying "better late than never" goes, the sequel finally arrived.', ['better late than never: term']],
];

const kept: [text: string, kinds: string[]][] = [
  // someone's words, with no noun naming a saying before them
  ['The captain told her crew "never bet against the house" before the raid.', ['never bet against the house: speech']],
  // "saying" as a verb reports words
  ['The tape ends with her voice saying "we are all out of road."', ['we are all out of road.: speech']],
  // a named saying under a speech verb is what the speaker is quoted as saying
  ['He repeated the phrase "never again" three times in the interview.', ['never again: speech']],
  // a saying noun elsewhere in the sentence does not reach the quote
  ['My favourite phrase in the film comes late, when she says "we are all out of road."', ['we are all out of road.: speech']],
];

describe('a saying named as one', () => {
  it.each(terms)('is a term: %s', (text, want) => expect(kinds(text)).toEqual(want));
  it.each(kept)('keeps its kind: %s', (text, want) => expect(kinds(text)).toEqual(want));
});

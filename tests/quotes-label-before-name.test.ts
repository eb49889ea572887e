// One lower-case word in marks right after an article or a possessive, set before a name, is a
// label the writer puts on that person ("his “friend” Captain Nemo"), not anyone's words, even
// with a speech verb in the sentence: it gets no speaker. Longer words, a capitalised word, a word
// with sentence punctuation, or a word with no opener right before it stay as they were.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

const read = (text: string): string[] => analyzeReview(text).quotes.map((q) => `${q.text}: ${q.kind} ${q.speaker?.name ?? '-'}`);

const cases: [text: string, quotes: string[]][] = [
  ['Even when his “friend” Captain Nemo tells him the truth, he does not listen.', ['friend: term -']],
  ['The “genius” Halvorsen says the same thing in every scene.', ['genius: term -']],
  ['Her “husband” Tobias Grell admits nothing until the last reel.', ['husband: term -']],
];

const mustNot: [text: string, quotes: string[]][] = [
  // no article or possessive right before it: the speaker's word
  ['Marta Quill said “yes” Tobias Grell would come.', ['yes: speech Marta Quill']],
  // a word with its stop is a line of its own
  ['Marta Quill said “never.” Tobias Grell shrugged.', ['never.: speech Marta Quill']],
  // "her" as the object of a verb, or "that" opening a clause: what was said
  ['Marta Quill told her “never” Tobias Grell would return.', ['never: speech Marta Quill']],
  ['Marta Quill promised her “yes” Tobias Grell would sing.', ['yes: speech Marta Quill']],
  ['Marta Quill asked her “why” Tobias Grell had left.', ['why: speech Marta Quill']],
  ['Marta Quill said that “yes” Tobias Grell would come.', ['yes: speech Marta Quill']],
];

describe('a one-word label before a name', () => {
  it.each(cases)('%s', (text, want) => expect(read(text)).toEqual(want));
  it.each(mustNot)('not: %s', (text, want) => expect(read(text)).toEqual(want));
});

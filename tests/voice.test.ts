// The voice of a text read from its words: a report is in the third person and tells what people
// said in the past tense. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { readsAsReport } from '../src/text/voice';

const report = (text: string): boolean => readsAsReport(text);

describe('readsAsReport', () => {
  it.each([
    ['a news item with reported speech', 'The studio said on Monday that filming of the drama would begin in the spring in the north of the country. Its star told reporters she was delighted, and added that the script was the best she had read.', true],
    ['first-person words inside quotes do not count', 'The director said on Monday that the film was finished after three long years in the desert and the city. "I am proud of it and my crew," he told reporters at the festival, and he added that a sequel was possible.', true],
    ['a review in the first person', 'I watched it last night and I said to my wife that it was the best film of the year. My friend told me the same thing, and I agree with him about the ending and the music too.', false],
    ['a plot told in the present', 'In the film, a quiet story of a small town in the north after the floods, the baker says he is leaving. His daughter tells him he is wrong, and the town says nothing at all to either of them.', false],
    ['too short to tell', 'The studio said it would open. Its star told reporters she was glad.', false],
  ])('%s', (_, text, want) => {
    expect(report(text)).toBe(want);
  });
});

describe('readsAsReport asked again', () => {
  const news = 'The studio said on Monday that filming of the drama would begin in the spring in the north of the country. Its star told reporters she was delighted, and added that the script was the best she had read.';
  const review = 'I watched it last night and I said to my wife that it was the best film of the year. My friend told me the same thing, and I agree with him about the ending and the music too.';
  it('answers a text equal to the last one asked, and a different text after it, each by its own words', () => {
    // Copies made anew: equal texts that are not the same string.
    const copy = (s: string): string => [...s].join('');
    expect([news, copy(news), copy(news), review, copy(review), news].map(report)).toEqual([true, true, true, false, false, true]);
  });
});

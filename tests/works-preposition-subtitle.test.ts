import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

// A subtitle after a main title's colon may open with a preposition when an article or a
// title's connector follows it and the run goes on to a capitalised word ("Into the Deep",
// "With a Vengeance"); a label's colon opens a clause in lower case or names one word.
describe('a subtitle led by a preposition', () => {
  const titled: readonly { text: string; work: string }[] = [
    { text: 'Last night I saw Harbour Man: Into the Deep with my brother.', work: 'Harbour Man: Into the Deep' },
    { text: 'I preferred Dust Road: With a Vengeance, which I saw twice.', work: 'Dust Road: With a Vengeance' },
    { text: 'We argued about Lantern Bay: Beyond the Reef for an hour.', work: 'Lantern Bay: Beyond the Reef' },
  ];
  it.each(titled)('$text', ({ text, work }) => {
    expect(analyzeReview(text).works.map((w) => w.title)).toContain(work);
  });

  const labels: readonly string[] = [
    'Final Thoughts: In the end, I liked it more than I expected.',
    'Pacing: After a slow start the story picks up.',
    'Read it: Stop Wasting Time: How To Plan Your Week - Tips Weekly',
  ];
  it.each(labels)('%s', (text) => {
    const titles = analyzeReview(text).works.map((w) => w.title);
    expect(titles.filter((t) => t.includes(':'))).toEqual([]);
  });
});

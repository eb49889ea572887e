import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

// A title of two words or more opened by a number word is no one's name: a verb a being does after
// it leaves the mention with the work.
describe('a number word opening a title keeps its mentions with the work', () => {
  const cases: readonly { text: string; title: string; mentions: number; character?: string }[] = [
    { text: 'I finally watched the anime Nine Lanterns. Nine Lanterns says more about grief than any show I know.', title: 'Nine Lanterns', mentions: 2 },
    { text: 'The film Three Harbours is slow. Three Harbours kills the mood halfway through.', title: 'Three Harbours', mentions: 2 },
    // A hero's name that opens with no number word still reads as the hero.
    { text: 'I watched the anime Kestrel Rune. Kestrel Rune says he will never give up.', title: 'Kestrel Rune', mentions: 1, character: 'Kestrel Rune' },
  ];
  it.each(cases)('$text', ({ text, title, mentions, character }) => {
    const a = analyzeReview(text);
    expect(a.works.find((w) => w.title === title)?.mentions.length).toBe(mentions);
    if (character) expect(a.characters.map((c) => c.name)).toContain(character);
    else expect(a.characters.map((c) => c.name)).not.toContain(title);
  });
});

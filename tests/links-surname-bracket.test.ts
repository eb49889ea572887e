import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const links = (text: string) => {
  const a = analyzeReview(text);
  const byId = new Map(a.people.map((p) => [p.id, p.name]));
  return a.characters.filter((c) => c.playedBy).map((c) => [c.name, byId.get(c.playedBy as string) as string]);
};

describe('a full name, then the surname of another full name in brackets: `C D (B)` after `A B`', () => {
  it.each([
    ["The plot is thin, like Taken with Taika Okonjo and a cat instead of a daughter. Marco Teller (Okonjo) is out for revenge on the men who took it.", 'Marco Teller', 'Taika Okonjo'],
    ["I came for Keoni Sarrat and stayed for the car chases. Elias Brandt (Sarrat) wants his money back and he will break bones for it.", 'Elias Brandt', 'Keoni Sarrat'],
  ])('the bracket holds the actor: %j', (text, part, actor) => {
    expect(links(text)).toEqual([[part, actor]]);
  });

  it('a word of a title before the bracketed word names no actor', () => {
    const text = 'You should see Iron Man, the Incredible Hulk and Thor first. The film brings back Tony Stark (Iron Man), Dr. Marco Teller (Hulk), Steve Rogers (Captain America). The best moments belong to Mark Ruffalo (The Incredible Hulk).';
    expect(links(text).map(([part]) => part)).not.toContain('Dr. Marco Teller');
  });
});

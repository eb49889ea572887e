// A hero's title-name or a ranked form in a bracket right after a character's name is the part's
// other name, not its player: `Milo Brandt (Copper Man)`, `Tessa Rane (Queen Orla)` are one
// character each. A full personal name there stays the player, and a bracket after `of` may name
// the whole phrase before it. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const charactersOf = (text: string): [string, string[]][] => analyzeReview(text).characters.map((c) => [c.name, [...c.aliases]]);
const peopleOf = (text: string): string[] => analyzeReview(text).people.map((p) => p.name);

describe("a part's other name in a bracket", () => {
  it.each([
    ['a hero\'s title-name', 'Our hero Milo Brandt (Copper Man) is a shy clerk. Later Copper Man saves the city, and Milo Brandt wins.', ['Milo Brandt', ['Copper Man']]],
    ['a ranked form', 'The heroine Tessa Rane (Queen Orla) rules wisely, and her husband Orin Rane (Dorian Vale) plots.', ['Tessa Rane', ['Queen Orla']]],
  ] as const)('%s joins the part', (_, text, want) => {
    expect(charactersOf(text)).toContainEqual(want);
    expect(peopleOf(text)).not.toContain(want[1][0]);
  });

  it('keeps the mentions of both names on the one character', () => {
    const text = 'Our hero Milo Brandt (Copper Man) is a shy clerk. Later Copper Man saves the city, and Milo Brandt wins.';
    const c = analyzeReview(text).characters.find((x) => x.name === 'Milo Brandt');
    expect(c?.mentions).toEqual([{ start: 9, end: 20 }, { start: 22, end: 32 }, { start: 56, end: 66 }, { start: 87, end: 98 }]);
    expect(c?.playedBy).toBeNull();
  });

  it('a full personal name in the bracket stays the player', () => {
    const a = analyzeReview('Our hero Milo Brandt (Dorian Vale) is a shy clerk, and Milo Brandt wins.');
    const player = a.people.find((p) => p.name === 'Dorian Vale');
    expect(player).toBeDefined();
    expect(a.characters.find((c) => c.name === 'Milo Brandt')?.playedBy).toBe(player?.id);
  });

  it('after `of` the bracket may name the whole phrase: no tie', () => {
    const chars = charactersOf('The heroine is the sister of Tessa Rane (Queen Orla), and she plots against the crown.');
    expect(chars.some(([name, aliases]) => name === 'Tessa Rane' && aliases.includes('Queen Orla'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { worksTable as table } from './helpers/works-table';

describe('a possessive before a player\'s full name in brackets after a part is a work', () => {
  table([
    // Two words, the player's name closing the bracket.
    { text: 'The hero Tobin Marsh (Salt Harbour\'s Dean Kowalski) is a tired detective.', found: ['Salt Harbour'] },
    // One word, and two parts each with a work.
    { text: 'Mara Lind (Quarry\'s Helen Brandt) and Ivo Lind (Tinderbox\'s Peter Okafor) are sisters and brothers at war.', found: ['Quarry', 'Tinderbox'] },
  ]);
});

describe('possessives in brackets that are no work', () => {
  table([
    // A place owns the player.
    { text: 'The mayor Tobin Marsh (Britain\'s Dean Kowalski) is a tired man.', found: [], none: ['Britain'] },
    // A person\'s shape owns the name: someone\'s someone.
    { text: 'Tobin Marsh (Helen Brandt\'s Dean Kowalski) shows up late.', found: [], none: ['Helen Brandt'] },
    // No capitalised part before the bracket.
    { text: 'the detective (Salt Harbour\'s Dean Kowalski) is tired.', found: [], none: ['Salt Harbour'] },
  ]);
});

describe('the part keeps its player when the bracket\'s work is found', () => {
  it('links the player named after the work', () => {
    const r = analyzeReview('The hero Tobin Marsh (Salt Harbour\'s Dean Kowalski) is a tired detective. Marsh drinks too much.');
    const part = r.characters.find((c) => c.name === 'Tobin Marsh');
    const player = r.people.find((p) => p.name === 'Dean Kowalski');
    expect(part?.playedBy).toBe(player?.id);
    expect(player).toBeDefined();
  });
});

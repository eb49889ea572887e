import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a lone word once, named after a noun of a person', () => {
  it.each([
    ['It begins with a young boy named Perrin hiding in a barn.', 'Perrin'],
    ['Early on we meet a character named Klestor at the inn.', 'Klestor'],
    ['The plot follows a girl called Omvenna across the desert.', 'Omvenna'],
    ['Later they are helped by someone named Trask with a map.', 'Trask'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    // A noun of a thing: a place, a show, a firm.
    ['They land on a planet called Vesk and nothing happens.', 'Vesk'],
    ['He used to watch a show named Brimble every morning.', 'Brimble'],
    ['She works for a company called Holtanix in the city.', 'Holtanix'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});

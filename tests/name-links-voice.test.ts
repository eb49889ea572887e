// Voicing a part links like playing it: "A voices C", "A as the voice of C". Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { links } from './helpers/links';

describe('voice cues', () => {
  it.each([
    ['"voices"', 'Kara Dune voices Mirela with real warmth.', [['Mirela', 'Kara Dune']]],
    ['"as the voice of" a word that is also a noun', 'I liked it. Nora Hale as the voice of Mother, the ship’s computer, is calm and eerie.', [['Mother', 'Nora Hale']]],
    ['"as the voice of" a known part', 'Ben Carr is fine, but my favourite is Kara Dune as the voice of Lord Vessik, cold and grand.', [['Lord Vessik', 'Kara Dune']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
    const a = analyzeReview(text);
    expect(a.people.find((p) => p.name === want[0][1])?.roles).toContain('actor');
  });

  it.each([
    ['"the voice of" a common noun', 'Kara Dune is the voice of reason in this mess.'],
    ['"(voice of A)" names the actor, not a part of the person before', 'The crew is Tam Rook (Ben Carr), Jolly Fox (voice of Kara Dune) and a tree.'],
  ])('no wrong link: %s', (_, text) => {
    const got = links(text);
    expect(got.filter(([c]) => c === 'Kara Dune' || c === 'reason')).toEqual([]);
  });
});

// Voicing a part links like playing it: "A voices C", "A as the voice of C", "A does the voices for
// C and D" (a voice actor often voices several parts). Sentences are made up.
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
    ['"the voices for" a list of parts', 'Kara Dune does the voices for Mirela and Tobin, and both sound young.', [['Mirela', 'Kara Dune'], ['Tobin', 'Kara Dune']]],
    ['a list of parts ending at an aside', 'Kara Dune does the voice for Mirela and Tobin (and the old dog), which is a feat.', [['Mirela', 'Kara Dune'], ['Tobin', 'Kara Dune']]],
    ['an aside in brackets that adds one more part', 'Kara Dune does the voices for Mirela and Tobin (as well as Dave), which is a feat. Dave is the father.', [['Mirela', 'Kara Dune'], ['Tobin', 'Kara Dune'], ['Dave', 'Kara Dune']]],
    ['the same with "plus"', 'Ben Carr voices Mirela and Tobin (plus Dave) with real warmth. Dave is the father.', [['Mirela', 'Ben Carr'], ['Tobin', 'Ben Carr'], ['Dave', 'Ben Carr']]],
  ] as const)('one voice, several parts: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    // The list ends where a clause goes on: the second name is the subject of its own verb.
    ['a name that opens a clause', 'Kara Dune voices Mirela and Tobin hates her.', [['Mirela', 'Kara Dune']]],
    // The second name has its own actor.
    ['a part another actor plays', 'Kara Dune voices Mirela and Ben Carr plays Tobin.', [['Mirela', 'Kara Dune'], ['Tobin', 'Ben Carr']]],
  ] as const)('the list stops: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['"the voice of" a common noun', 'Kara Dune is the voice of reason in this mess.'],
    ['"(voice of A)" names the actor, not a part of the person before', 'The crew is Tam Rook (Ben Carr), Jolly Fox (voice of Kara Dune) and a tree.'],
  ])('no wrong link: %s', (_, text) => {
    const got = links(text);
    expect(got.filter(([c]) => c === 'Kara Dune' || c === 'reason')).toEqual([]);
  });

  // A credit in brackets is often written in title case; its words are no title of a work.
  it.each([
    ['"(Voiced by A)"', 'Our hero is Rento Asagi (Voiced by Mika Orita). Rento is brave and kind.', [['Rento Asagi', 'Mika Orita']]],
    ['"(Played by A)"', 'The villain is Gorrin Vale (Played by Tessa Marlow). Gorrin scares everyone.', [['Gorrin Vale', 'Tessa Marlow']]],
  ] as const)('a credit in title case: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
    expect(analyzeReview(text).works.map((w) => w.title)).toEqual([]);
  });
});

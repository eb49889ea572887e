import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { isAbbreviationShape } from '../src/stages/4-names/abbreviation-shape';

const named = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('an initialism plural or a joined abbreviation is no one', () => {
  it.each([
    ['OPs', true],
    ['NPCs', true],
    ['OSTs', true],
    ['HxH', true],
    ['SoL', true],
    ['BnHA', true],
    // Names with inner capitals go on in lower case after the last capital.
    ['McGee', false],
    ['DiCaprio', false],
    ['LaBeouf', false],
    ['JoJo', false],
    ['Ms', false],
    ['Ada', false],
  ])('%s: %s', (form, shape) => {
    expect(isAbbreviationShape(form)).toBe(shape);
  });

  it.each([
    // An initialism's plural counts a class of things.
    ['Tovin Rask leads the crew. The first few OPs and EDs were pretty great. As it went on, the quality of the OPs and EDs fell too.', 'EDs', null],
    ['Lyra Venn is the probably one of the best MCs, her mood is likable unlike most of MCs in other shows I saw. Lyra Venn wins.', 'MCs', 'Lyra Venn'],
    ['Both MCs live in a grey world. Lyra Venn plays chess, and it is easy to relate to MCs who game.', 'MCs', 'Lyra Venn'],
    // Fans shorten a title or a genre with a lower-case joining letter.
    ['Korra Vane is no Gon, but Korra Vane grows on you. The pacing is slower than in HxH, and HxH had better fights.', 'HxH', 'Korra Vane'],
    ['If you like SoL, try it. Hanae Mori runs a bakery, and Hanae Mori smiles a lot. The SoL moments are sweet.', 'SoL', 'Hanae Mori'],
  ])('%j has no %s and keeps %s', (text, thing, someone) => {
    const names = named(text);
    expect(names).not.toContain(thing);
    if (someone !== null) expect(names).toContain(someone);
  });
});

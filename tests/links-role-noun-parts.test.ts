// A role noun inside the phrase a casting verb opens ("portrays the Welsh poet C", "plays
// director C") describes the part played: C is the part, not a real poet or director named by the
// text. A role noun before a name with no casting verb still names a real person. Sentences are
// made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { sortedLinks as links } from './helpers/links';

describe('a role noun inside the cast phrase', () => {
  it.each([
    ['a nationality before a fame noun', 'Dana Moss portrays the Welsh legend Corvin Tarnley with fire. Tarnley never bows.', [['Corvin Tarnley', 'Dana Moss']]],
    ['a nationality before a craft noun', 'Peter Vane plays the Irish poet Corvin Dallow in the second half.', [['Corvin Dallow', 'Peter Vane']]],
    ['a bare role noun after the verb', 'On stage Hale Brannock plays director Sully Marsh, a tyrant.', [['Sully Marsh', 'Hale Brannock']]],
    ['a lower-case adjective before the role noun', 'Dana Moss portrays the ageing singer Lora Vint.', [['Lora Vint', 'Dana Moss']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  // A listed given name whose surname the text repeats alone: the casting verb's link holds
  // against later readers of the whole entity.
  it('a listed given name, its surname repeated alone', () => {
    expect(links('Dana Moss portrays the Welsh legend Orrin Tarnley. Tarnley never bows.')).toEqual([['Orrin Tarnley', 'Dana Moss']]);
  });

  it('a role noun with no casting verb names a real person', () => {
    const a = analyzeReview('The Welsh poet Orrin Tarnley read from his new book on Monday.');
    expect(a.characters.map((c) => c.name)).toEqual([]);
    expect(a.people.map((p) => p.name)).toEqual(['Orrin Tarnley']);
  });
});

// `as` after a verb of starring or appearing casts as a casting verb does, so a he or she opening
// the sentence stands for the person the sentence before names, as in obituaries and profiles.
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Each character's name with its player's name, `character <- actor`. */
function links(text: string): string[] {
  const a = analyzeReview(text);
  const names = new Map(a.people.map((p) => [p.id, p.name]));
  return a.characters.filter((c) => c.playedBy !== null).map((c) => `${c.name} <- ${names.get(c.playedBy as string) ?? '?'}`);
}

describe('a he or she before a verb of starring and `as`', () => {
  it.each([
    ['starred as', 'Ann Rusk died at home on Monday. She starred as Ruth Vane in the soap for a decade.', ['Ruth Vane <- Ann Rusk']],
    ['appeared as, after a date and describing words', 'Ann Rusk died at home on Monday. In 1990 she appeared as the scheming Ruth Vane in Harbour Lights.', ['Ruth Vane <- Ann Rusk']],
    ['returns as', 'Tom Vell is back on screen this winter. He returns as Sam Pike in the second series.', ['Sam Pike <- Tom Vell']],
  ] as const)('casts the part: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['after a verb of work, where `as` names a job', 'Tom Vell retired in May. He worked as Ann Rusk\'s driver for years.'],
    ['after a verb of saying, where `as` is a conjunction', 'Tom Vell spoke to the press. He said as Ann Rusk left that the show would go on.'],
  ] as const)('not %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});

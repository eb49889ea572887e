import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const TEXT = [
  'I loved WandaVision and the webtoonNow At Our School, then (500) Days of Summer.',
  'Squid Game beats Squid Games? No: Squid Game, again. Gamer is not Game.',
  'Also Hellbound, Kingdom and My Mister; kingdom in lower case counts too.',
].join(' ');

/** Mentions of each work, as text slices, keyed by title. */
function mentions(titles: readonly string[]): Record<string, string[]> {
  const a = analyzeReview(TEXT, { works: titles });
  return Object.fromEntries(a.works.map((w) => [w.title, w.mentions.map((m) => TEXT.slice(m.start, m.end))]));
}

describe('work mentions', () => {
  const few = ['WandaVision', 'Now At Our School', '(500) Days of Summer', 'Squid Game', 'Kingdom'];
  const fillers = ['Alpha One', 'Beta Two', 'Gamma Three', 'Delta Four', 'Epsilon Five', 'Zeta Six'];
  const want = {
    WandaVision: ['WandaVision'],
    'Now At Our School': ['Now At Our School'],
    '(500) Days of Summer': ['(500) Days of Summer'],
    'Squid Game': ['Squid Game', 'Squid Game'],
    Kingdom: ['Kingdom', 'kingdom'],
  };
  it('finds whole-word occurrences of a few titles, glued ones too', () => {
    expect(mentions(few)).toMatchObject(want);
  });
  it('finds the same when many titles are looked up in one pass', () => {
    const many = mentions([...few, ...fillers]);
    expect(many).toMatchObject(want);
    for (const f of fillers) expect(many[f]).toBeUndefined();
  });
});

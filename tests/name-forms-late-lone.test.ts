// A lone character name joins the one character's full name it is a form of once the kinds and
// the casting parts are known (`tie-late-lone.ts`). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import type { EntityDraft, NormalizedText } from '../src/stages/stage-types';
import { mergeLateLoneNames } from '../src/stages/4-names/tie-late-lone';

/** Every character as its name and sorted aliases. */
function characters(text: string): [string, string[]][] {
  return analyzeReview(text).characters.map((c): [string, string[]] => [c.name, [...c.aliases].sort()]);
}

describe('a lone name joins a character made or settled after the forms merged', () => {
  it.each([
    [
      'a part named by the title, its player in brackets',
      '"Wendell Brook" is one of the gentlest films of the decade, and the actor Tom Hanks gives the performance of his career. We meet Wendell Brook(Tom Hanks), a shy mailman who never leaves his town. His mother tells Wendell that nothing can stop him, and later Wendell meets a girl at the river. I loved how Wendell keeps walking. "Wendell Brook" is a film to see.',
      ['Wendell Brook', ['Wendell']],
    ],
    [
      'a given name a director shares with the part',
      'In the sequel the hero is the boy Rafe Calder, who is only twelve. The machines want Rafe dead, and his mother teaches Rafe to fight back. The chases feel like something director Rafe Morrow would shoot. Linda Hamlin plays his mother, and Edward Furlong plays Rafe.',
      ['Rafe Calder', ['Rafe']],
    ],
  ] as const)('%s', (_, text, [name, aliases]) => {
    const found = characters(text);
    expect(found).toContainEqual([name, [...aliases]]);
    expect(found.filter(([n]) => n === aliases[0])).toEqual([]);
  });

  it('keeps the part and its link to the player', () => {
    const a = analyzeReview('In the sequel the hero is the boy Rafe Calder, who is only twelve. The machines want Rafe dead, and his mother teaches Rafe to fight back. The chases feel like something director Rafe Morrow would shoot. Linda Hamlin plays his mother, and Edward Furlong plays Rafe.');
    const rafe = a.characters.find((c) => c.name === 'Rafe Calder');
    expect(a.people.find((p) => p.id === rafe?.playedBy)?.name).toBe('Edward Furlong');
  });
});

describe('which full name a lone name joins, on drafts', () => {
  /** A character draft with one mention per span. */
  const draft = (spans: [number, number][], playedBy: number | null = null, kind: EntityDraft['kind'] = 'character'): EntityDraft => ({
    kind,
    kindConfidence: 0.8,
    mentions: spans.map(([start, end]) => ({ start, end })),
    roles: [],
    descriptors: [],
    playedBy,
  });
  /** The span of the first `part` at or after `from` in `text`. */
  const at = (text: string, part: string, from = 0): [number, number] => {
    const start = text.indexOf(part, from);
    return [start, start + part.length];
  };
  const run = (text: string, drafts: EntityDraft[]): number[] => {
    mergeLateLoneNames({ text, view: text, lower: text.toLowerCase() } as unknown as NormalizedText, drafts);
    return drafts.map((d) => d.mentions.length);
  };

  it('a listed given name joins the one full name it starts', () => {
    const text = 'Mara Quill runs. Later Mara hides.';
    expect(run(text, [draft([at(text, 'Mara Quill')]), draft([at(text, 'Mara', 12)])])).toEqual([2, 0]);
  });

  it('a surname joins a full name a title leads', () => {
    const text = 'Colonel Brask waits. Brask smiles.';
    expect(run(text, [draft([at(text, 'Colonel Brask')]), draft([at(text, 'Brask', 10)])])).toEqual([2, 0]);
  });

  it.each([
    ['two parts start the given name', 'Mara Quill and Mara Dunn meet. Mara wins.', ['Mara Quill', 'Mara Dunn'], 'Mara', 31],
    ['the surname ends a run no given name or title leads', 'Grask Volto fight. Volto wins.', ['Grask Volto'], 'Volto', 19],
    ['the lone name comes before the full name', 'Mara wins. Then Mara Quill leaves.', ['Mara Quill'], 'Mara', 0],
    ['a suffix ends the full name', 'Tom Jr cries. Tom shouts.', ['Tom Jr'], 'Tom', 14],
  ] as const)('stays apart: %s', (_, text, fulls, short, loneAt) => {
    expect(text.slice(loneAt, loneAt + short.length)).toBe(short);
    const drafts = [...fulls.map((f) => draft([at(text, f)])), draft([[loneAt, loneAt + short.length]])];
    expect(run(text, drafts)).toEqual([...fulls.map(() => 1), 1]);
  });

  it('stays apart: two players', () => {
    const text = 'Mara Quill runs. Later Mara hides.';
    // Entities 2 and 3 are the two players, real people named elsewhere.
    const drafts = [draft([at(text, 'Mara Quill')], 2), draft([at(text, 'Mara', 12)], 3), draft([], null, 'person'), draft([], null, 'person')];
    expect(run(text, drafts)).toEqual([1, 1, 0, 0]);
  });

  it('stays apart: the full name is a real person', () => {
    const text = 'Mara Quill directs. Later Mara hides.';
    expect(run(text, [draft([at(text, 'Mara Quill')], null, 'person'), draft([at(text, 'Mara', 12)])])).toEqual([1, 1]);
  });
});

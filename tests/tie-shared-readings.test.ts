// The tie stage reads some facts once and hands them on: the mentions in text order for the casting
// passes (caught up with when a pass empties an entity), and whether a mention repeats the one
// before it. Names and texts are made up.
import { describe, expect, it } from 'vitest';
import { mentionsInOrder, stillMentioned } from '../src/stages/4-names/link-casting-words';
import { sameForm } from '../src/stages/4-names/same-form';
import { listGap } from '../src/stages/4-names/link-casting-as';
import type { EntityDraft } from '../src/stages/stage-types';

/** An entity with mentions at the given spans. */
const entity = (spans: [number, number][]): EntityDraft => ({
  kind: 'person',
  kindConfidence: 0.9,
  mentions: spans.map(([start, end]) => ({ start, end })),
  roles: [],
  descriptors: [],
  playedBy: null,
});

describe('stillMentioned', () => {
  const view = 'Ruth Vale met Ada Pike. Ruth Vale (Ada Pike Jr.) left Tom.';
  it.each<[string, number[]]>([
    ['nothing emptied', []],
    ['the second entity emptied', [1]],
    ['the first and third emptied', [0, 2]],
    ['every entity emptied', [0, 1, 2]],
  ])('%s: the order a new reading gives', (_label, emptied) => {
    const entities = [entity([[0, 9], [24, 33]]), entity([[14, 22], [35, 43]]), entity([[54, 57]])];
    const before = mentionsInOrder(entities, view);
    for (const e of emptied) (entities[e] as EntityDraft).mentions = [];
    const now = stillMentioned(before, entities);
    expect(now).toEqual(mentionsInOrder(entities, view));
    expect(now.map((m) => view.slice(m.start, m.end))).toEqual(mentionsInOrder(entities, view).map((m) => view.slice(m.start, m.end)));
    if (emptied.length === 0) expect(now).toBe(before);
  });

  it('reads a mention past the dot of its suffix, as a new reading does', () => {
    const entities = [entity([[0, 9]]), entity([[35, 46]])];
    const order = stillMentioned(mentionsInOrder(entities, view), entities);
    expect(order.map((m) => view.slice(m.start, m.end))).toEqual(['Ruth Vale', 'Ada Pike Jr.']);
  });
});

describe('sameForm', () => {
  const view = 'Ruth saw Ruth, then RUTH and Ruthie met Ruth.';
  it.each<[string, [number, number] | undefined, [number, number], boolean]>([
    ['no mention before', undefined, [0, 4], false],
    ['the same name again', [0, 4], [9, 13], true],
    ['the name in capitals', [0, 4], [20, 24], false],
    ['a longer name that starts the same', [0, 4], [29, 35], false],
    ['the same name at the end of a sentence', [9, 13], [40, 44], true],
  ])('%s', (_label, a, b, want) => {
    const span = (s: [number, number] | undefined) => (s === undefined ? undefined : { start: s[0], end: s[1] });
    expect(sameForm(view, span(a), span(b) as { start: number; end: number })).toBe(want);
  });
});

describe('listGap', () => {
  const lower = 'ruth vale, ada pike and tom reed met, many days later and far from home, jo.';
  it.each<[string, number, number, string]>([
    ['a comma between two names', 9, 11, ', '],
    ['an and between two names', 19, 24, ' and '],
    ['a long stretch between two names', 32, 73, ''],
    ['two names that touch', 9, 9, ''],
  ])('%s', (_label, from, to, want) => {
    expect(listGap(lower, from, to)).toBe(want);
  });
});

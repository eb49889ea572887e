import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { trainNames } from '../scripts/train-names.mjs';

// Two tiny labelled sets whose files share names: the training learns from their union, keeps
// same-named documents apart and reports each set's held-out figures. The rows come from a stub
// reader (one feature: 1 for a text that says "actor"), so no pipeline runs.
const root = mkdtempSync(join(tmpdir(), 'train-names-sets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a set of `n` documents, each naming one entity `name` labelled `kind` in its gold. */
function labelledSet(dir: string, n: number, name: string, kind: 'characters' | 'people', text: string): string {
  mkdirSync(join(root, dir, 'texts'), { recursive: true });
  mkdirSync(join(root, dir, 'gold'), { recursive: true });
  for (let k = 0; k < n; k++) {
    const doc = `doc-${k}`;
    writeFileSync(join(root, dir, 'texts', `${doc}.txt`), text);
    writeFileSync(join(root, dir, 'gold', `${doc}.json`), JSON.stringify({ characters: [], people: [], [kind]: [{ name, aliases: [] }] }));
  }
  return join(root, dir);
}

const rowsOf = (text: string) => [
  { forms: [text.includes('actor') ? 'Vesna Holm' : 'Tamsin'], features: [text.includes('actor') ? 1 : 0], decider: 'model' as const },
];

describe('train:names over several labelled sets', () => {
  it('learns from the union, with every set in every fold and figures per set', () => {
    const a = labelledSet('a', 10, 'Vesna Holm', 'people', 'the actor Vesna Holm');
    const b = labelledSet('b', 5, 'Tamsin', 'characters', 'Tamsin runs home');
    const one = trainNames(a, rowsOf, ['actorWord']);
    expect(one.cv.documents).toBe(10);
    expect(one.cv.bySet.map((s) => s.set)).toEqual([0]);
    const both = trainNames([a, b], rowsOf, ['actorWord']);
    // Same file names in the two sets are two documents each.
    expect(both.cv.documents).toBe(15);
    expect(both.cv.people).toBe(10);
    expect(both.cv.characters).toBe(5);
    expect(both.cv.bySet).toEqual([
      { set: 0, entities: 10, accuracy: 1, personF1: 1, characterF1: 0 },
      { set: 1, entities: 5, accuracy: 1, personF1: 0, characterF1: 1 },
    ]);
    expect(both.model.weights[0]).toBeGreaterThan(0);
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures';

// The shared scorer's summary figures on the labelled sets beside the repo, held as floors so a
// change that loses accuracy on text we did not write against fails here. Each floor sits just
// below the figure measured with the scorer (see the README's Accuracy section); the training set
// is where rules and weights are chosen, the dev set is only measured.
const SHARED = join(ROOT, '..', 'shared');
const SCORER = join(SHARED, 'tools', 'score.mjs');
const BUILT = join(ROOT, 'dist', 'index.js');

type Summary = Record<string, number | string>;

/** The scorer's summary over `texts` against `gold`, on the built package. */
function score(texts: string, gold: string): Summary {
  const out = execFileSync(process.execPath, [SCORER, '--project', ROOT, '--texts', texts, '--gold', gold, '--json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return (JSON.parse(out) as { summary: Summary }).summary;
}

/** `[set, figure, floor]`: the figure must be at least the floor. */
const FLOORS: ReadonlyArray<readonly [set: 'dev' | 'train', figure: string, floor: number]> = [
  ['train', 'charactersF1', 0.71],
  ['train', 'peopleF1', 0.84],
  ['train', 'aliasMerge', 0.63],
  ['train', 'playedBy', 0.68],
  ['train', 'worksF1', 0.74],
  ['dev', 'charactersF1', 0.51],
  ['dev', 'peopleF1', 0.82],
  ['dev', 'aliasMerge', 0.48],
  ['dev', 'playedBy', 0.31],
  ['dev', 'worksF1', 0.57],
  ['dev', 'quotesF1', 0.95],
  ['dev', 'quoteKind', 0.88],
  ['dev', 'speaker', 0.73],
];

/** `[set, figure, ceiling]`: the figure must be at most the ceiling. */
const CEILINGS: ReadonlyArray<readonly [set: 'dev' | 'train', figure: string, ceiling: number]> = [['dev', 'falseSpeakers', 2]];

const SETS = { dev: join(SHARED, 'dev'), train: join(SHARED, 'train') } as const;

for (const [set, dir] of Object.entries(SETS) as Array<[keyof typeof SETS, string]>) {
  const present = existsSync(SCORER) && existsSync(join(dir, 'texts')) && existsSync(BUILT);
  describe.skipIf(!present)(`scorer floors on ../shared/${set} (skipped without ../shared or a build)`, () => {
    let summary: Summary | undefined;
    const figures = (): Summary => (summary ??= score(join(dir, 'texts'), join(dir, 'gold')));
    it('scores every document without errors and keeps the contract', () => {
      const s = figures();
      expect(s.errors).toBe(0);
      expect(s.contract).toBe(`${s.docs}/${s.docs}`);
    }, 180_000);
    it.each(FLOORS.filter(([s]) => s === set).map(([, figure, floor]) => [figure, floor] as const))('%s is at least %d', (figure, floor) => {
      expect(figures()[figure]).toBeGreaterThanOrEqual(floor);
    }, 180_000);
    it.each(CEILINGS.filter(([s]) => s === set).map(([, figure, ceiling]) => [figure, ceiling] as const))('%s is at most %d', (figure, ceiling) => {
      expect(figures()[figure]).toBeLessThanOrEqual(ceiling);
    }, 180_000);
  });
}

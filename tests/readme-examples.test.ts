import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures';
// @ts-expect-error: a plain ES module script, without types
import { fencedBlocks, runBlock, runnable, scratchDir } from '../scripts/readme-examples.mjs';

// Every ```js block of the README is run as it stands, against the built package (imported by its
// own name, as a user would), and every value it shows with `expr; // → shown` is compared with
// what the code gives (util.inspect on one line, compact). `node scripts/readme-examples.mjs --write`
// puts the values the code gives into the README, for a change that means to alter them.

interface Block {
  lang: string;
  code: string;
  line: number;
}
const blocksOf = fencedBlocks as (markdown: string) => Block[];
const run = runBlock as (dir: string, block: Block) => { shown: string[]; printed: Array<[number, string]> };

describe('the README example harness', () => {
  it('finds fenced blocks with their language and first line, and turns shown values into checks', () => {
    const blocks = blocksOf('# T\n\n```js\nconst x = 1 + 1;\nx; // → 2\n```\n\ntext\n```sh\nls\n```\n');
    expect(blocks).toEqual([
      { lang: 'js', code: 'const x = 1 + 1;\nx; // → 2', line: 3 },
      { lang: 'sh', code: 'ls', line: 9 },
    ]);
    const r = (runnable as (code: string) => { source: string; shown: string[] })(blocks[0]?.code ?? '');
    expect(r.shown).toEqual(['2']);
    expect(r.source).toContain('__show(0, (x));');
  });
});

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const JS = blocksOf(README).filter((b) => b.lang === 'js');
const BUILT = existsSync(join(ROOT, 'dist', 'index.js'));
const dir = BUILT ? (scratchDir as (root: string) => string)(ROOT) : '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!BUILT)('README examples, run against the build', () => {
  it('has examples that show values', () => {
    expect(JS.filter((b) => b.code.includes(' // → ')).length).toBeGreaterThanOrEqual(3);
  });
  it.each(JS.map((b) => [b.line, b] as const))('the js example at README line %i runs and shows what it gives', (line, block) => {
    const { shown, printed } = run(dir, block);
    expect(printed.map(([n]) => n)).toEqual(shown.map((_, n) => n));
    for (const [n, value] of printed) expect(value, `README line ${line}, shown value ${n + 1}`).toBe(shown[n]);
  }, 60_000);
});

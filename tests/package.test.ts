import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures';

// The package as users get it: `npm pack`, unpacked into a scratch project whose runtime
// dependencies are linked from this repository's node_modules (no network needed).
const BUILT = existsSync(join(ROOT, 'dist', 'index.js'));

describe.skipIf(!BUILT)('the packed package in a scratch project', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'review-lens-pack-'));
  let files: string[] = [];

  beforeAll(() => {
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const packed = JSON.parse(out)[0] as { filename: string; files: { path: string }[] };
    files = packed.files.map((f) => f.path).sort();
    const modules = join(scratch, 'node_modules');
    mkdirSync(join(modules, 'review-lens'), { recursive: true });
    execFileSync('tar', ['-xzf', join(scratch, packed.filename), '-C', join(modules, 'review-lens'), '--strip-components=1']);
    // Every runtime dependency the package declares, as `npm install` would bring it.
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const dep of Object.keys(dependencies)) symlinkSync(join(ROOT, 'node_modules', dep), join(modules, dep), 'dir');
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
  }, 60_000);

  const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: scratch, encoding: 'utf8' });

  it('holds only what users need', () => {
    expect(files).toEqual([
      'LICENSE',
      'README.md',
      'batch/package.json',
      'dist/batch.cjs',
      'dist/batch.cjs.map',
      'dist/batch.d.cts',
      'dist/batch.d.ts',
      'dist/batch.js',
      'dist/batch.js.map',
      'dist/browser.js',
      'dist/cli.js',
      'dist/cli.js.map',
      'dist/index.cjs',
      'dist/index.cjs.map',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/index.js.map',
      'dist/queue-processor.js',
      'dist/queue-processor.js.map',
      'dist/queue.cjs',
      'dist/queue.cjs.map',
      'dist/queue.d.cts',
      'dist/queue.d.ts',
      'dist/queue.js',
      'dist/queue.js.map',
      'dist/review-index.cjs',
      'dist/review-index.cjs.map',
      'dist/review-index.d.cts',
      'dist/review-index.d.ts',
      'dist/review-index.js',
      'dist/review-index.js.map',
      'dist/worker.js',
      'dist/worker.js.map',
      'index-schema.json',
      'index/package.json',
      'package.json',
      'queue/package.json',
      'schema.json',
    ]);
  });

  it('works with import', () => {
    const out = node(['--input-type=module', '-e', "import { analyzeReview } from 'review-lens'; console.log(analyzeReview('Best Scene\\n\\nI love how Cheong-San fights.').characters[0].name)"]);
    expect(out.trim()).toBe('Cheong-San');
  });

  it('works with require, and serves the schema', () => {
    const out = node(['-e', "const { analyzeReview, SCHEMA_VERSION } = require('review-lens'); const s = require('review-lens/schema.json'); console.log(SCHEMA_VERSION, analyzeReview('x').schemaVersion, s.$defs.ReviewAnalysis.type)"]);
    expect(out.trim()).toBe('1 1 object');
  });

  it('serves the index entry to import and require', () => {
    const build = "const a = analyzeReview('I love how Cheong-San fights.'); buildIndex([{ id: 'a', work: 'W', analysis: a }, { id: 'b', work: 'W', analysis: a }]).then((i) => console.log(i.works[0].characters[0].name, i.works[0].characters[0].documents))";
    expect(node(['--input-type=module', '-e', `import { analyzeReview } from 'review-lens'; import { buildIndex } from 'review-lens/index'; ${build}`]).trim()).toBe('Cheong-San 2');
    expect(node(['-e', `const { analyzeReview } = require('review-lens'); const { buildIndex } = require('review-lens/index'); ${build}`]).trim()).toBe('Cheong-San 2');
  });

  it('serves the queue entry to import and require, and names the optional packages it needs when they are missing', async () => {
    // bullmq and ioredis are optional peers: the scratch project, like a plain install, has neither.
    const use = "enqueue([], { redis: 'redis://127.0.0.1:6379' }).catch((e) => console.log(typeof createWorker, typeof collect, e.message.split(' (')[0]))";
    const expected = 'function function review-lens: expected the optional packages bullmq and ioredis for the queue';
    expect(node(['--input-type=module', '-e', `import { createWorker, enqueue, collect } from 'review-lens/queue'; ${use}`]).trim()).toBe(expected);
    expect(node(['-e', `const { createWorker, enqueue, collect } = require('review-lens/queue'); ${use}`]).trim()).toBe(expected);
    // The core entry loads neither.
    expect(readFileSync(join(scratch, 'node_modules', 'review-lens', 'dist', 'index.js'), 'utf8')).not.toMatch(/bullmq|ioredis/);
    expect(readFileSync(join(scratch, 'node_modules', 'review-lens', 'dist', 'browser.js'), 'utf8')).not.toMatch(/bullmq|ioredis/);
  });

  it('runs the batch command from the installed bin file', () => {
    writeFileSync(join(scratch, 'in.jsonl'), '{"id":"a","text":"I love how Cheong-San fights."}\n{"id":"b","text":7}\n');
    const cli = join(scratch, 'node_modules', 'review-lens', 'dist', 'cli.js');
    let out = '';
    try {
      node([cli, 'batch', 'in.jsonl', '-j', '1']);
    } catch (e) {
      out = (e as { stdout: string }).stdout;
    }
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; ok: boolean; analysis?: { characters: { name: string }[] } });
    lines.sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(lines.map((l) => [l.id, l.ok])).toEqual([['a', true], ['b', false]]);
    expect(lines[0]?.analysis?.characters[0]?.name).toBe('Cheong-San');
  }, 60_000);

  it.each(['node16', 'bundler'])('resolves its types under %s module resolution', (resolution) => {
    const dir = join(scratch, resolution);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'use.mts'),
      "import { analyzeReview, type ReviewAnalysis } from 'review-lens';\nconst a: ReviewAnalysis = analyzeReview('x');\nconst n: number = a.stats.words;\n// @ts-expect-error a wrong option type must not compile\nanalyzeReview('x', { works: 'no' });\nexport { n };\n",
    );
    const module = resolution === 'node16' ? 'node16' : 'esnext';
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module, moduleResolution: resolution, target: 'es2022', types: [] }, files: ['use.mts'] }));
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    if (!existsSync(join(dir, 'node_modules', 'review-lens'))) symlinkSync(join(scratch, 'node_modules', 'review-lens'), join(dir, 'node_modules', 'review-lens'), 'dir');
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' })).not.toThrow();
    expect(readdirSync(dir)).toContain('use.mts');
  }, 60_000);
});

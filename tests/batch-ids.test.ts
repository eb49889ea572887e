import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures';

const BIN = join(ROOT, 'dist', 'cli.js');

function batch(args: string[], cwd: string) {
  return spawnSync(process.execPath, [BIN, 'batch', ...args], { cwd, encoding: 'utf8' });
}

const ids = (path: string): string[] => readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);

describe.skipIf(!existsSync(BIN))('batch ids of files: paths relative to the INPUT given', () => {
  const dir = mkdtempSync(join(tmpdir(), 'review-lens-ids-'));
  mkdirSync(join(dir, 'project', 'reviews', 'week 1'), { recursive: true });
  writeFileSync(join(dir, 'project', 'reviews', 'a.txt'), 'A warm and funny film.');
  writeFileSync(join(dir, 'project', 'reviews', 'week 1', 'b.md'), 'A slow, dull film.');
  writeFileSync(join(dir, 'project', 'single.txt'), 'Kingdom is the best zombie show I have seen.');
  writeFileSync(join(dir, 'project', 'more.jsonl'), '{"text":"No id of its own."}\n');

  it.each([
    ['relative, from the project', 'project', ['reviews', 'single.txt', 'more.jsonl']],
    ['with ./ and a trailing slash', 'project', ['./reviews/', './single.txt', './more.jsonl']],
    ['absolute, from elsewhere', '.', [join(dir, 'project', 'reviews'), join(dir, 'project', 'single.txt'), join(dir, 'project', 'more.jsonl')]],
  ])('the same ids however the INPUT is given: %s', (_how, cwd, inputs) => {
    const out = join(dir, `out-${Math.random().toString(36).slice(2)}.jsonl`);
    const r = batch([...inputs, '-j', '1', '--out', out], join(dir, cwd));
    expect(r.status).toBe(0);
    expect(ids(out).sort()).toEqual(['a.txt', 'more.jsonl:1', 'single.txt', 'week 1/b.md']);
  });

  it('--resume from another directory with absolute paths skips the documents done', () => {
    const out = join(dir, 'resumed.jsonl');
    expect(batch(['reviews', '-j', '1', '--out', out], join(dir, 'project')).status).toBe(0);
    const again = batch([join(dir, 'project', 'reviews'), join(dir, 'project', 'single.txt'), '-j', '1', '--out', out, '--resume'], tmpdir());
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/review-lens: 1 document, 0 failed, 2 already done \(skipped\)/);
    expect(ids(out).sort()).toEqual(['a.txt', 'single.txt', 'week 1/b.md']);
  });

  it('--resume warns when none of the ids in the file is an id of the inputs', () => {
    const out = join(dir, 'other.jsonl');
    expect(batch(['more.jsonl', '-j', '1', '--out', out], join(dir, 'project')).status).toBe(0);
    const r = batch(['reviews', '-j', '1', '--out', out, '--resume'], join(dir, 'project'));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`review-lens: --resume: none of the 1 id in ${out} is an id of these inputs, so nothing was skipped (ids of files are their paths relative to the INPUT given)\n`);
    expect(ids(out).sort()).toEqual(['a.txt', 'more.jsonl:1', 'week 1/b.md']);
  });
});

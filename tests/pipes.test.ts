import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { ROOT } from './helpers/fixtures';

// Pipes run the built command, as a shell pipeline would.
const BIN = join(ROOT, 'dist', 'cli.js');

interface Line {
  id: string;
  ok: boolean;
  meta?: Record<string, unknown>;
  analysis?: ReturnType<typeof analyzeReview>;
  error?: string;
}

const parse = (out: string): Line[] => out.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);

function run(args: string[], input: string, cwd?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', ...(cwd ? { cwd } : {}) });
}

describe.skipIf(!existsSync(BIN))('pipes: JSONL or plain text in, JSON lines out', () => {
  it.each([
    ['the plain command', ['--format', 'jsonl']],
    ['batch -', ['batch', '-']],
  ])('%s takes plain text as one document per line, blank lines skipped, ids stdin:LINE', (_name, args) => {
    const r = run(args, 'I love how Cheong-San fights. 9/10\r\n\nA dull film, slow and badly acted.\n');
    expect(r.status).toBe(0);
    const lines = parse(r.stdout).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(lines.map((l) => l.id)).toEqual(['stdin:1', 'stdin:3']);
    expect(lines[0]?.analysis).toEqual(analyzeReview('I love how Cheong-San fights. 9/10'));
    expect(lines[1]?.analysis?.sentiment.label).toBe('negative');
  });

  it('the plain command takes JSONL too (the first line decides), keeps the other fields as meta and writes nothing else on stderr', () => {
    const r = run(['--format=jsonl'], '{"id":"r1","text":"Great show!","site":"forum"}\n{"id":"r2","text":5}\n');
    expect(r.status).toBe(1);
    // A line that cannot be read is written at once, maybe ahead of analyses still running.
    const [first, second] = parse(r.stdout).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(first).toEqual({ id: 'r1', ok: true, meta: { site: 'forum' }, analysis: analyzeReview('Great show!') });
    expect(second).toEqual({ id: 'r2', ok: false, error: 'review-lens: stdin:2: expected an object with a "text" string, got "text" of type number' });
    expect(r.stderr).toBe('review-lens: stdin:2: expected an object with a "text" string, got "text" of type number\n');
  });

  it.each([
    ['the plain command', ['--format', 'jsonl']],
    ['batch -', ['batch', '-']],
  ])('%s writes each result as soon as it is done, before the input ends', { timeout: 60_000 }, async (_name, args) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const firstLine = new Promise<void>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve();
      });
    });
    child.stdin.write('{"id":"early","text":"An early review, written while the pipe stays open."}\n');
    await firstLine;
    expect(parse(out).map((l) => l.id)).toEqual(['early']);
    child.stdin.end('{"id":"late","text":"A later one."}\n');
    const code = await new Promise((resolve) => child.once('close', resolve));
    expect(code).toBe(0);
    expect(parse(out).map((l) => l.id)).toEqual(['early', 'late']);
  });

  it('drops into xargs and a shell pipeline: files named on the command line are documents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-pipes-'));
    writeFileSync(join(dir, 'a.txt'), 'Kingdom is the best zombie show I have seen.');
    writeFileSync(join(dir, 'b.txt'), 'I did not like it at all.');
    const r = spawnSync('sh', ['-c', `ls *.txt | xargs "${process.execPath}" "${BIN}" --format jsonl | wc -l`], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('2');
    const direct = run(['--format', 'jsonl', 'a.txt', 'b.txt'], '', dir);
    expect(parse(direct.stdout).map((l) => [l.id, l.analysis?.sentiment.label])).toEqual([['a.txt', 'positive'], ['b.txt', 'negative']]);
  });

  it.each([
    [['--format', 'jsonl', '--pretty'], 'review-lens: expected --format jsonl without --pretty, got both'],
    [['--format', 'yaml'], 'review-lens: expected --format json or jsonl, got "yaml"'],
    [['batch', '-', '--format', 'xml'], 'review-lens: expected --format jsonl, parquet, csv, got "xml"'],
  ])('refuses %j with a usage error', (args, message) => {
    const r = run(args, '');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
  });
});

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedWhileRead, readText } from '../src/cli/read-text';
import { INTERRUPTED, runCli } from '../src/cli/run-cli';
import { collectOutput } from './helpers/child-output';
import { ROOT } from './helpers/fixtures';

const FAN = join(ROOT, 'fixtures', 'fan-review-all-of-us-are-dead.txt');
const NEWS = join(ROOT, 'fixtures', 'news-all-of-us-are-dead-season-2.txt');

async function run(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: async () => new TextEncoder().encode(stdin) });
  return { code, out, err };
}

describe('runCli', () => {
  it('prints the analysis of one file as JSON', async () => {
    const r = await run([FAN]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.title.text).toBe('All of Us Are Dead – Will There Be All of Us Are Dead Season 2?');
    expect(r.err).toBe('');
  });
  it('prints one JSON line per file, names a missing one on stderr, goes on, exits 1', async () => {
    const r = await run([FAN, 'no-such-file.txt', NEWS]);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, 'analysis' in l, l.error ?? null])).toEqual([
      [FAN, true, null],
      ['no-such-file.txt', false, 'no-such-file.txt: no such file'],
      [NEWS, true, null],
    ]);
    expect(r.err).toBe('review-lens: no-such-file.txt: no such file\n');
  });
  it('reads standard input when no file is given', async () => {
    const r = await run([], 'Great Show\n\nI love how Cheong-San fights.');
    expect(JSON.parse(r.out).characters[0].name).toBe('Cheong-San');
  });
  it('prints a human summary with --pretty', async () => {
    const r = await run(['--pretty', NEWS]);
    expect(r.out).toContain('Title: Everything we know about ‘All Of Us Are Dead’ season 2');
    expect(r.out).toContain('Cheong-san (Cheong San, Cheongsan), played by Yoon Chan-young');
    expect(r.out).toMatch(/“If Cheongsan were to come back to life.*” — Lee \(pronoun\)/);
  });
  it('refuses an unknown option with exit code 2', async () => {
    const r = await run(['--nope']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('review-lens: expected a known option, got "--nope"');
  });
  it('refuses a directory by name', async () => {
    const r = await run([join(ROOT, 'fixtures')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('is a directory');
  });
});

describe('runCli: hostile files and output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'review-lens-cli-'));
  const binary = join(dir, 'image.txt');
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));

  it('names a binary file and a non-UTF-8 file, records them, goes on, exits 1', async () => {
    const r = await run([binary, latin1, NEWS]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`review-lens: ${binary}: is a binary file, not text\nreview-lens: ${latin1}: is not UTF-8 text\n`);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.error ?? 'analysis' in l)).toEqual([`${binary}: is a binary file, not text`, `${latin1}: is not UTF-8 text`, true]);
  });
  it('writes --out through a temporary file renamed into place', async () => {
    const out = join(dir, 'out.jsonl');
    const r = await run(['--out', out, FAN, NEWS]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l).file)).toEqual([FAN, NEWS]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('stops when interrupted, leaving no output file and no temporary file', async () => {
    const out = join(dir, 'never.jsonl');
    const controller = new AbortController();
    controller.abort();
    let err = '';
    const code = await runCli(['--out', out, FAN, NEWS], { stdout: () => undefined, stderr: (s) => (err += s), readStdin: async () => new Uint8Array(), signal: controller.signal });
    expect(code).toBe(INTERRUPTED);
    expect(err).toBe('review-lens: interrupted; nothing was written\n');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('never'))).toEqual([]);
  });
});

const BIN = join(ROOT, 'dist', 'cli.js');
describe.skipIf(!existsSync(BIN))('the built review-lens command', () => {
  it('analyses a fixture', () => {
    const out = execFileSync(process.execPath, [BIN, NEWS], { encoding: 'utf8' });
    const a = JSON.parse(out);
    expect(a.people.map((p: { name: string }) => p.name)).toContain('Lee Jae-Gyu');
  });
  it('exits 130 on Ctrl-C and leaves no truncated output', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-sigint-'));
    const out = join(dir, 'out.jsonl');
    const child = spawn(process.execPath, [BIN, '--out', out, '-'], { stdio: ['pipe', 'ignore', 'pipe'] });
    child.stdin.write('A review that never ends ');
    // The temporary output file exists once the command runs, its Ctrl-C handler installed.
    for (let waited = 0; readdirSync(dir).length === 0 && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    const closed = new Promise((resolve) => child.on('close', resolve));
    // The child is idle, waiting for input: Ctrl-C stops it without waiting for the input to end.
    child.stdin.on('error', () => undefined);
    child.kill('SIGINT');
    const code = await closed;
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });
  it('stops an 8-file run on Ctrl-C after the file at hand: exit 130 within a second, the files done kept', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-sigint8-'));
    const files = Array.from({ length: 8 }, (_, i) => join(dir, `f${i}.txt`));
    const long = readFileSync(FAN, 'utf8').repeat(5);
    for (const f of files) writeFileSync(f, long);
    const child = spawn(process.execPath, [BIN, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = collectOutput(child);
    await output.firstLine;
    const sent = performance.now();
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(performance.now() - sent).toBeLessThan(1000);
    expect(code).toBe(130);
    const lines = output.out().trim().split('\n').map((l) => JSON.parse(l) as { file: string; analysis?: unknown });
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThan(8);
    expect(lines.map((l) => l.file)).toEqual(files.slice(0, lines.length));
    expect(lines.every((l) => l.analysis)).toBe(true);
    expect(output.err()).toBe(`review-lens: interrupted after ${lines.length} of 8 files; their results are kept\n`);
  });
  it('ends `yes | review-lens` with a clear error, in bounded time', { timeout: 60_000 }, () => {
    const started = performance.now();
    const r = spawnSync('sh', ['-c', `yes | "${process.execPath}" "${BIN}"`], { encoding: 'utf8', timeout: 50_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('review-lens: (stdin): expected text of at most 10000000 characters (options.maxLength), got more; stopped reading there\n');
    expect(r.stdout).toBe('');
    expect(performance.now() - started).toBeLessThan(50_000);
  });
  it('on SIGTERM leaves no temporary file and exits 143', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-sigterm-'));
    const out = join(dir, 'out.json');
    const child = spawn(process.execPath, [BIN, '--out', out, '-'], { stdio: ['pipe', 'ignore', 'pipe'] });
    child.stdin.write('A review that is still being typed ');
    for (let waited = 0; readdirSync(dir).length === 0 && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(143);
    expect(readdirSync(dir)).toEqual([]);
  });
  it.skipIf(!existsSync('/dev/full'))('names a full standard output in one line, exit 1, no stack trace', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" "${NEWS}" > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('review-lens: standard output: cannot write (no space left on device)\n');
  });
  it('exits 1 and names a missing file', () => {
    const r = spawnSync(process.execPath, [BIN, 'missing.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('review-lens: missing.txt: no such file\n');
    expect(r.stdout).toBe('');
  });
});

describe('runCli: nothing lost', () => {
  const dir = mkdtempSync(join(tmpdir(), 'review-lens-cli-safe-'));
  const input = join(dir, 'a.txt');
  const text = 'Great Show\n\nI love how Cheong-San fights.';
  writeFileSync(input, text);

  it.each([
    ['the plain command', [input, '--out', input]],
    ['report', ['report', input, '--out', input]],
    ['the same file by another path', [input, '--out', join(dir, '.', 'sub', '..', 'a.txt')]],
  ])('refuses --out onto its own input: %s (the input is left as it was)', async (_, argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`review-lens: expected --out to be a file no FILE is read from, got ${argv[argv.length - 1]}, which ${input} reads; nothing was written\n`);
    expect(readFileSync(input, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
  it('names an --out that is a directory in one line, exit 1, no temporary file', async () => {
    const r = await run([input, '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`review-lens: ${dir}: cannot write (is a directory)\n`);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
  it.skipIf(!existsSync('/dev/full'))('names a full disk in one line, exit 1 (/dev/full)', async () => {
    const r = await run([input, '--out', '/dev/full']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('review-lens: /dev/full: cannot write (no space left on device)\n');
  });
  it('names a place it may not write to in one line, exit 1, no temporary file (EACCES)', async (ctx) => {
    // Root may write anywhere chmod forbids; sysfs refuses new files to root too (EACCES).
    const out = '/sys/review-lens-test.jsonl';
    let code: string | undefined;
    try {
      writeFileSync(out, '');
      rmSync(out);
    } catch (e) {
      code = (e as NodeJS.ErrnoException).code;
    }
    if (code !== 'EACCES') ctx.skip(`${out} gives ${code ?? 'no error'} here, not EACCES (the mapping is tested in file-errors.test.ts)`);
    const r = await run([input, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`review-lens: ${out}: cannot write (permission denied)\n`);
  });
  it('stops reading standard input past the length limit and says so (exit 1)', async () => {
    let chunks = 0;
    async function* endless() {
      const line = new TextEncoder().encode('y\n'.repeat(32 * 1024));
      for (;;) {
        chunks++;
        yield line;
      }
    }
    let err = '';
    const started = performance.now();
    const code = await runCli([], { stdout: () => undefined, stderr: (s) => (err += s), stdin: endless() });
    expect(code).toBe(1);
    expect(err).toBe('review-lens: (stdin): expected text of at most 10000000 characters (options.maxLength), got more; stopped reading there\n');
    // 10,000,000 characters are 153 chunks of 65,536: reading stopped at the first one past the limit.
    expect(chunks).toBe(153);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
  it('refuses a file too long to analyse from its size, without reading it', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(40));
    expect(readText(big, 10)).toEqual({ error: `${big}: expected text of at most 10 characters (options.maxLength), got a file of 40 bytes` });
    rmSync(big);
  });
  it.each([
    ['nothing changed', { size: 10, mtimeMs: 5 }, { size: 10, mtimeMs: 5 }, 10, false],
    ['it grew', { size: 10, mtimeMs: 5 }, { size: 12, mtimeMs: 6 }, 10, true],
    ['rewritten in place, same size', { size: 10, mtimeMs: 5 }, { size: 10, mtimeMs: 7 }, 10, true],
    ['fewer bytes read than it had', { size: 10, mtimeMs: 5 }, { size: 10, mtimeMs: 5 }, 8, true],
  ])('tells a file that changed while it was read: %s', (_, before, after, read, changed) => {
    expect(changedWhileRead(before, after, read)).toBe(changed);
  });
  it('reports a file that grows while it is read instead of analysing part of it', { timeout: 30_000 }, async () => {
    const growing = join(dir, 'growing.txt');
    writeFileSync(growing, 'A long review line that keeps coming. '.repeat(200_000));
    // Another process appends to the file without pause while this one reads it again and again.
    const writer = spawn(process.execPath, ['-e', `const fs = require('fs'); for (;;) fs.appendFileSync(${JSON.stringify(growing)}, 'More. ');`], { stdio: 'ignore' });
    try {
      let reported: string | undefined;
      for (let i = 0; i < 200 && !reported; i++) {
        const read = readText(growing);
        if ('error' in read) reported = read.error;
        else expect(read.text.endsWith('More. ') || read.text.endsWith('coming. ')).toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(reported).toBe(`${growing}: changed while it was read; run again once it is complete`);
    } finally {
      writer.kill('SIGKILL');
    }
  });
});

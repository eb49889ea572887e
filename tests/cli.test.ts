import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERRUPTED, runCli } from '../src/cli/run-cli';
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
    expect(r.out).toMatch(/“If Cheongsan were to come back to life.*” — Lee Jae-gyu \(pronoun\)/);
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
    child.kill('SIGINT');
    // The child is idle, waiting for input: its handler runs before the input ends.
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.stdin.end('because the user stopped it.');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });
  it('exits 1 and names a missing file', () => {
    const r = spawnSync(process.execPath, [BIN, 'missing.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('review-lens: missing.txt: no such file\n');
    expect(r.stdout).toBe('');
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli';
import { ROOT } from './helpers/fixtures';

const FAN = join(ROOT, 'fixtures', 'fan-review-all-of-us-are-dead.txt');
const NEWS = join(ROOT, 'fixtures', 'news-all-of-us-are-dead-season-2.txt');

async function run(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: async () => stdin });
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

const BIN = join(ROOT, 'dist', 'cli.js');
describe.skipIf(!existsSync(BIN))('the built review-lens command', () => {
  it('analyses a fixture', () => {
    const out = execFileSync(process.execPath, [BIN, NEWS], { encoding: 'utf8' });
    const a = JSON.parse(out);
    expect(a.people.map((p: { name: string }) => p.name)).toContain('Lee Jae-Gyu');
  });
  it('exits 1 and names a missing file', () => {
    const r = spawnSync(process.execPath, [BIN, 'missing.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('review-lens: missing.txt: no such file\n');
    expect(r.stdout).toBe('');
  });
});

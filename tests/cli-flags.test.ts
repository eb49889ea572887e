import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summaryLine, progressLine } from '../src/cli/batch/progress';
import { runCli } from '../src/cli/run-cli';
import { ROOT } from './helpers/fixtures';

// Every flag form, exit code and message of the command, run as users run it: the built command.
const BIN = join(ROOT, 'dist', 'cli.js');
const FAN = join(ROOT, 'fixtures', 'fan-review-all-of-us-are-dead.txt');

/** A folder with a short review, a longer one, a JSONL file and a CSV file to run on. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'review-lens-flags-'));
  writeFileSync(join(dir, 'short.txt'), 'Loved it.');
  writeFileSync(join(dir, 'long.txt'), `The pacing drags badly. ${'The middle episodes wander. '.repeat(5)}`);
  writeFileSync(join(dir, 'one.jsonl'), `${JSON.stringify({ id: 'a1', text: 'A warm, funny little show.' })}\n`);
  writeFileSync(join(dir, 'rows.csv'), 'id,body\nr1,"Gripping from start to end."\n');
  return dir;
}

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
}

type Row = [name: string, args: string[], code: number, stream: 'stdout' | 'stderr', text: string];

describe.skipIf(!existsSync(BIN))('review-lens flags, exit codes and messages', () => {
  const dir = workspace();
  it.each<Row>([
    // --max-length, both forms; a text over it is a failure (1), a bad value a usage mistake (2).
    ['--max-length N refuses a longer text', ['--max-length', '40', 'long.txt'], 1, 'stderr', 'review-lens: long.txt: expected text of at most 40 characters'],
    ['--max-length=N refuses a longer text', ['--max-length=40', 'long.txt'], 1, 'stderr', 'expected text of at most 40 characters'],
    ['--max-length N lets a shorter text through', ['--max-length', '40', 'short.txt'], 0, 'stdout', '"schemaVersion"'],
    ['--max-length with a word', ['--max-length', 'lots', 'short.txt'], 2, 'stderr', 'review-lens: expected a positive whole number after --max-length, got "lots"'],
    ['--max-length with nothing after it', ['short.txt', '--max-length'], 2, 'stderr', 'review-lens: expected a number of characters after --max-length, got nothing'],
    ['--max-length=0', ['--max-length=0', 'short.txt'], 2, 'stderr', 'got "0"'],
    ['--work=TITLE', ['--work=Loved', '--pretty', 'short.txt'], 0, 'stdout', 'Works (1): Loved ×1'],
    ['an unknown option', ['--colour', 'short.txt'], 2, 'stderr', 'review-lens: expected a known option, got "--colour"'],
    ['report without a file', ['report'], 2, 'stderr', 'review-lens: expected one FILE after report, got 0'],
    ['report --max-length=N refuses a longer text', ['report', '--max-length=40', 'long.txt'], 1, 'stderr', 'review-lens: long.txt: expected text of at most 40 characters'],
    ['--out into a missing folder', ['short.txt', '--out', 'no-such-dir/a.json'], 1, 'stderr', 'review-lens: no-such-dir/a.json: cannot write (no such directory)'],
    ['--out= into a missing folder', ['--out=no-such-dir/a.json', 'short.txt'], 1, 'stderr', 'cannot write (no such directory)'],
    ['report --out into a missing folder', ['report', 'short.txt', '--out', 'no-such-dir/r.html'], 1, 'stderr', 'no-such-dir/r.html: cannot write (no such directory)'],
    ['a missing input', ['gone.txt'], 1, 'stderr', 'review-lens: gone.txt: no such file'],
    ['--pretty counts in the singular', ['--pretty', 'short.txt'], 0, 'stdout', '2 words, 1 sentence, 1 paragraph'],
    ['--help lists the exit codes', ['--help'], 0, 'stdout', 'Exit codes:\n  0    every input was analysed\n  1    '],
    ['--help shows examples', ['-h'], 0, 'stdout', 'Examples:\n  review-lens review.txt > analysis.json'],
    ['--help lists --max-length', ['--help'], 0, 'stdout', '--max-length N   refuse a text longer than N characters'],
    // batch: -j in every form, --jobs, --concurrency, NAME=VALUE for every value flag.
    ['batch -j2', ['batch', '-j2', 'one.jsonl'], 0, 'stderr', 'review-lens: 1 document, 0 failed'],
    ['batch -j 2', ['batch', '-j', '2', 'one.jsonl'], 0, 'stderr', 'review-lens: 1 document, 0 failed'],
    ['batch --jobs=2', ['batch', '--jobs=2', 'one.jsonl'], 0, 'stderr', 'review-lens: 1 document, 0 failed'],
    ['batch --jobs 2', ['batch', '--jobs', '2', 'one.jsonl'], 0, 'stderr', 'review-lens: 1 document, 0 failed'],
    ['batch --concurrency=2', ['batch', '--concurrency=2', 'one.jsonl'], 0, 'stderr', 'review-lens: 1 document, 0 failed'],
    ['batch -j0', ['batch', '-j0', 'one.jsonl'], 2, 'stderr', 'review-lens: expected a positive whole number after -j, got "0"'],
    ['batch -jx', ['batch', '-jx', 'one.jsonl'], 2, 'stderr', 'review-lens: expected a positive whole number after -j, got "x"'],
    ['batch --jobs= with nothing', ['batch', '--jobs=', 'one.jsonl'], 2, 'stderr', 'review-lens: expected a number after --jobs, got nothing'],
    ['batch --text-column= and --id-column=', ['batch', '--text-column=body', '--id-column=id', 'rows.csv'], 0, 'stdout', '{"id":"r1","ok":true'],
    ['batch --work=TITLE', ['batch', '--work=Gripping', '--text-column=body', 'rows.csv'], 0, 'stdout', '"title":"Gripping"'],
    ['batch --progress-every=', ['batch', '--progress-every=0', 'one.jsonl'], 2, 'stderr', 'expected a positive number of seconds after --progress-every, got "0"'],
    ['batch --max-length=N refuses a longer document', ['batch', '--max-length=40', 'long.txt', 'short.txt'], 1, 'stderr', 'review-lens: 2 documents, 1 failed'],
    ['batch --max-length N with a word', ['batch', '--max-length', 'lots', 'one.jsonl'], 2, 'stderr', 'review-lens: expected a positive whole number after --max-length, got "lots"'],
    ['batch --out into a missing folder', ['batch', 'one.jsonl', '--out', 'no-such-dir/o.jsonl'], 1, 'stderr', 'review-lens: no-such-dir/o.jsonl: cannot write (no such directory)'],
    ['batch --out= into a missing folder', ['batch', 'one.jsonl', '--out=no-such-dir/o.jsonl'], 1, 'stderr', 'cannot write (no such directory)'],
    ['batch with an unknown option', ['batch', '--colour', 'one.jsonl'], 2, 'stderr', 'review-lens: expected a known batch option, got "--colour"'],
    ['batch with no input', ['batch'], 2, 'stderr', 'review-lens: expected at least one INPUT'],
    ['batch --help lists the exit codes', ['batch', '--help'], 0, 'stdout', 'Exit codes:\n  0    every document was analysed\n  1    '],
    ['batch --help shows -j forms and examples', ['batch', '--help'], 0, 'stdout', 'also -jN, --jobs=N and --concurrency N'],
  ])('%s', { timeout: 60_000 }, (_, args, code, stream, text) => {
    const r = cli(args, dir);
    expect(r[stream]).toContain(text);
    expect(r.status).toBe(code);
    // Every message is one line of its own; a usage mistake also shows the usage.
    if (code === 2) expect(r.stderr).toMatch(/^review-lens: expected .*\n\nUsage: review-lens/);
    if (code !== 2) expect(r.stderr).not.toContain('Usage:');
  });

  it('writes --out=FILE', { timeout: 60_000 }, () => {
    const r = cli(['--out=short.json', 'short.txt'], dir);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'short.json'), 'utf8')).stats.sentences).toBe(1);
  });

  it('counts only analysed documents in the summary speed: a refused one adds no MB/s', { timeout: 60_000 }, () => {
    const r = cli(['batch', '--max-length=40', 'long.txt'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/review-lens: 1 document, 1 failed, \d+\.\d s, 0\.00 MB\/s\n$/);
  });
});

describe('progress and summary lines', () => {
  const MB = 1024 * 1024;
  const state = { done: 3, errors: 1, skipped: 0, bytes: 2 * MB, failedBytes: 6 * MB, totalBytes: 10 * MB, skippedBytes: 0, seconds: 2 };
  it('counts refused bytes as done but not in the speed', () => {
    expect(progressLine(state)).toBe('3 documents (1 failed) · 1.00 MB/s · 80.0% · ETA 2s');
    expect(summaryLine(state)).toBe('review-lens: 3 documents, 1 failed, 2.0 s, 1.00 MB/s');
  });
  it('says "1 document", not "1 documents"', () => {
    expect(progressLine({ ...state, done: 1, errors: 0 })).toMatch(/^1 document · /);
    expect(summaryLine({ ...state, done: 1, errors: 0 })).toMatch(/^review-lens: 1 document, 0 failed/);
  });
});

// A real terminal (util-linux `script` gives the command one): the bar is redrawn with ESC[K,
// except under TERM=dumb, where plain lines come instead. No colour is ever printed.
const SCRIPT = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
describe.skipIf(!SCRIPT || !existsSync(BIN))('progress on a terminal', () => {
  const dir = workspace();
  writeFileSync(join(dir, 'many.jsonl'), Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `m${i}`, text: readFileSync(FAN, 'utf8') })).join('\n'));
  const onTerminal = (env: Record<string, string>) => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} batch many.jsonl -j1 --progress-every 0.05 --out out.jsonl --force`;
    return spawnSync(SCRIPT as string, ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  };
  it.each([
    ['TERM=xterm draws a bar in place', { TERM: 'xterm' }, true],
    ['TERM=dumb prints plain lines', { TERM: 'dumb' }, false],
    ['TERM=dumb with FORCE_COLOR still prints plain lines', { TERM: 'dumb', FORCE_COLOR: '1' }, false],
  ] as const)('%s', { timeout: 90_000 }, (_, env, bar) => {
    const r = onTerminal(env);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('review-lens: 30 documents, 0 failed');
    if (bar) expect(r.stdout).toContain('\r\x1b[K[');
    else {
      expect(r.stdout).not.toContain('\x1b');
      expect(r.stdout).toMatch(/^review-lens: \d+ documents? · \d+\.\d\d MB\/s/m);
    }
  });
});

describe('runCli in process', () => {
  it('prints no escape codes at all under NO_COLOR or FORCE_COLOR', async () => {
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '3' }]) {
      let out = '';
      let err = '';
      const code = await runCli(['--pretty', FAN, 'missing.txt'], { stdout: (s) => (out += s), stderr: (s) => (err += s), env });
      expect(code).toBe(1);
      expect(out).toContain('Title: All of Us Are Dead');
      expect(`${out}${err}`).not.toContain('\x1b');
    }
  });
});

describe.skipIf(!existsSync(join(ROOT, 'dist', 'batch.js')))('analyzeReviews options', () => {
  it('names every valid option when given an unknown one', async () => {
    const { analyzeReviews } = (await import(pathToFileURL(join(ROOT, 'dist', 'batch.js')).href)) as typeof import('../src/batch/index');
    const run = async (): Promise<void> => {
      for await (const _ of analyzeReviews(['Fine.'], { jobs: 2 } as never)) void _;
    };
    await expect(run()).rejects.toThrow(new RangeError('review-lens: expected options to be one of works, knownNames, maxLength, concurrency, maxPending, allowOversubscribe, got unknown option "jobs"'));
  });
});

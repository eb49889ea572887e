import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { collectOutput } from './helpers/child-output';
import { ROOT } from './helpers/fixtures';

// `review-lens batch` runs the built worker pool: these tests run the built command.
const BIN = join(ROOT, 'dist', 'cli.js');
const FAN = join(ROOT, 'fixtures', 'fan-review-all-of-us-are-dead.txt');
const NEWS = join(ROOT, 'fixtures', 'news-all-of-us-are-dead-season-2.txt');

interface Line {
  id: string;
  ok: boolean;
  analysis?: ReturnType<typeof analyzeReview>;
  error?: string;
}

function lines(path: string): Line[] {
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Line);
}

function batch(args: string[], cwd: string) {
  return spawnSync(process.execPath, [BIN, 'batch', ...args], { cwd, encoding: 'utf8' });
}

describe.skipIf(!existsSync(BIN))('review-lens batch', () => {
  it('reads a directory, a CSV and a JSONL file, writes one line per document, reports what failed', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
    copyFileSync(FAN, join(dir, 'docs', 'fan.txt'));
    writeFileSync(join(dir, 'docs', 'sub', 'short.md'), 'I love how Cheong-San fights. 9/10');
    writeFileSync(join(dir, 'docs', 'sub', 'skip.json'), '{"not": "a review"}');
    writeFileSync(join(dir, 'reviews.csv'), 'review_id,body\nc1,"Boring, and ""long"".\nVery boring."\nc2,Great show!\n');
    writeFileSync(join(dir, 'reviews.jsonl'), '{"id":"j1","text":"Nice."}\n{"id":"j2","text":null}\n{"text":"No id."}\n');
    const r = batch(['docs', 'reviews.csv', 'reviews.jsonl', 'gone.txt', '--text-column', 'body', '--id-column', 'review_id', '-j', '2', '--out', 'out.jsonl'], dir);
    expect(r.status).toBe(1);
    const out = lines(join(dir, 'out.jsonl'));
    const byId = new Map(out.map((l) => [l.id, l]));
    // Ids of files are their paths relative to the INPUT given.
    expect([...byId.keys()].sort()).toEqual(['c1', 'c2', 'fan.txt', 'sub/short.md', 'gone.txt', 'j1', 'j2', 'reviews.jsonl:3'].sort());
    expect(out).toHaveLength(8);
    expect(byId.get('fan.txt')?.analysis).toEqual(analyzeReview(readFileSync(FAN, 'utf8')));
    // The CSV field comes through whole: comma, doubled quotes and newline inside quotes.
    expect(byId.get('c1')?.analysis).toEqual(analyzeReview('Boring, and "long".\nVery boring.'));
    expect(byId.get('c2')?.analysis?.sentiment.label).toBe('positive');
    expect(byId.get('sub/short.md')?.analysis?.characters[0]?.name).toBe('Cheong-San');
    expect(byId.get('j2')).toEqual({ id: 'j2', ok: false, error: 'review-lens: reviews.jsonl:2: expected an object with a "text" string, got "text" of type null' });
    expect(byId.get('gone.txt')).toEqual({ id: 'gone.txt', ok: false, error: 'review-lens: gone.txt: no such file' });
    expect(r.stderr).toContain('review-lens: gone.txt: no such file\n');
    expect(r.stderr).toMatch(/review-lens: 8 documents, 2 failed, \d+\.\d s, \d+\.\d\d MB\/s\n$/);
  });

  it('names a missing CSV text column and refuses --resume without --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    writeFileSync(join(dir, 'r.csv'), 'id,review\n1,Good\n');
    const r = batch(['r.csv', '--out', 'o.jsonl'], dir);
    expect(r.status).toBe(1);
    expect(lines(join(dir, 'o.jsonl'))).toEqual([{ id: 'r.csv', ok: false, error: 'review-lens: r.csv: expected a "text" column (see --text-column), got "id", "review"' }]);
    const usage = batch(['r.csv', '--resume'], dir);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('review-lens: expected --out FILE with --resume, got no --out');
  });

  it('--resume after a kill mid-run gives exactly one line per input id', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-resume-'));
    mkdirSync(join(dir, 'docs'));
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const name = `d${String(i).padStart(2, '0')}.txt`;
      copyFileSync(i % 2 ? NEWS : FAN, join(dir, 'docs', name));
      ids.push(name);
    }
    const out = join(dir, 'out.jsonl');
    const child = spawn(process.execPath, [BIN, 'batch', 'docs', '-j', '1', '--out', 'out.jsonl'], { cwd: dir, stdio: 'ignore' });
    const count = () => (existsSync(out) ? readFileSync(out, 'utf8').split('\n').length - 1 : 0);
    for (let waited = 0; count() < 4 && waited < 60_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    const before = count();
    expect(before).toBeGreaterThanOrEqual(4);
    expect(before).toBeLessThan(30);
    // A kill in the middle of a write leaves a torn last line: resume cuts it off.
    appendFileSync(out, '{"id":"d29.txt","ok":tr');
    const r = batch(['docs', '--out', 'out.jsonl', '--resume'], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('cut off a torn last line');
    expect(r.stderr).toContain(`${30 - before} documents, 0 failed, ${before} already done (skipped)`);
    const done = lines(out);
    expect(done.map((l) => l.id).sort()).toEqual(ids);
    expect(done.every((l) => l.ok)).toBe(true);
    const last = done.find((l) => l.id === 'd29.txt');
    expect(last?.analysis?.title?.text).toBe('Everything we know about ‘All Of Us Are Dead’ season 2');
  });

  it('reads JSONL from standard input for -', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    const input = '{"id":"s1","text":"I love how Cheong-San fights."}\n{"text":"Boring."}\n';
    const r = spawnSync(process.execPath, [BIN, 'batch', '-', '-j', '1'], { cwd: dir, input, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(out.map((l) => [l.id, l.ok])).toEqual([['s1', true], ['stdin:2', true]]);
    expect(out[0]?.analysis?.characters[0]?.name).toBe('Cheong-San');
  });

  it.each([
    ['the input itself', ['in.jsonl', '--out', './in.jsonl']],
    ['a .md file under an input directory', ['docs', '--out', 'docs/out.md']],
  ])('refuses an output that is also read: %s (nothing is truncated)', (_, args) => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    mkdirSync(join(dir, 'docs'));
    const jsonl = '{"id":"a","text":"Nice."}\n';
    writeFileSync(join(dir, 'in.jsonl'), jsonl);
    const r = batch(args, dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('review-lens: expected --out to be a file no INPUT is read from');
    expect(readFileSync(join(dir, 'in.jsonl'), 'utf8')).toBe(jsonl);
  });

  it('reads past a stray quote, an unclosed quote and a ragged row in a CSV: each bad row fails alone', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    const csv = [
      'id,text',
      'a,Nice phone.',
      'b,The 5" screen is too small.',
      'c,"He called it ""a brick"" and sent it back."',
      'd,"never closed, this quote',
      'e,Battery lasts two days.',
      'f,too,many,fields',
      'g,"A second line',
      'inside quotes is fine."',
      'h,Last one.',
    ].join('\n');
    writeFileSync(join(dir, 'r.csv'), `${csv}\n`);
    const r = batch(['r.csv', '-j', '1', '--out', 'out.jsonl'], dir);
    expect(r.status).toBe(1);
    const out = lines(join(dir, 'out.jsonl'));
    // Errors are written as soon as they are read, analyses as they finish: compare by id.
    expect(out.map((l) => [l.id, l.ok]).sort()).toEqual([['a', true], ['b', true], ['c', true], ['d', false], ['e', true], ['f', false], ['g', true], ['h', true]]);
    const byId = new Map(out.map((l) => [l.id, l]));
    // Every quote is kept: the one inside an unquoted field as it is, doubled ones as one.
    expect(byId.get('b')?.analysis).toEqual(analyzeReview('The 5" screen is too small.'));
    expect(byId.get('c')?.analysis).toEqual(analyzeReview('He called it "a brick" and sent it back.'));
    expect(byId.get('g')?.analysis).toEqual(analyzeReview('A second line\ninside quotes is fine.'));
    expect(byId.get('d')?.error).toBe('review-lens: r.csv:4: expected a closing quote before the end of the line, got a quoted field that never closes (row 4, line 5)');
    expect(byId.get('f')?.error).toBe('review-lens: r.csv:6: expected 2 fields, got 4 (row 6, line 7)');
  });

  it('analyses every good line of a JSONL file or standard input with a line that is not UTF-8', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    const good = (id: string, text: string): Buffer => Buffer.from(`${JSON.stringify({ id, text })}\n`);
    const input = Buffer.concat([good('j1', 'Great show.'), good('j2', 'Dull plot.'), Buffer.from('{"id":"bad","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n'), good('j4', 'Fine acting.')]);
    writeFileSync(join(dir, 'in.jsonl'), input);
    const fromFile = batch(['in.jsonl', '-j', '1'], dir);
    const fromStdin = spawnSync(process.execPath, [BIN, 'batch', '-', '-j', '1'], { cwd: dir, input, encoding: 'utf8' });
    for (const [r, name] of [[fromFile, 'in.jsonl'], [fromStdin, 'stdin']] as const) {
      expect(r.status).toBe(1);
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
      expect(out.map((l) => [l.id, l.ok ? l.analysis?.sentiment.label : l.error]).sort()).toEqual([
        [`${name}:3`, `review-lens: ${name}:3: expected UTF-8 text, got bytes that are not`],
        ['j1', 'positive'],
        ['j2', 'negative'],
        ['j4', 'positive'],
      ].sort());
    }
  });

  it('refuses to replace a results file that is not empty unless --force; --force replaces it', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    writeFileSync(join(dir, 'in.jsonl'), '{"id":"a","text":"Nice."}\n');
    const earlier = '{"id":"old","ok":true,"analysis":{}}\n';
    writeFileSync(join(dir, 'out.jsonl'), earlier);
    const refused = batch(['in.jsonl', '--out', 'out.jsonl'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`review-lens: expected --out to be a new or empty file, got out.jsonl (${earlier.length} bytes); add --resume to continue it or --force to replace it\n`);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(earlier);
    const forced = batch(['in.jsonl', '--out', 'out.jsonl', '--force', '-j', '1'], dir);
    expect(forced.status).toBe(0);
    expect(lines(join(dir, 'out.jsonl')).map((l) => [l.id, l.ok])).toEqual([['a', true]]);
  });

  it('--resume tries again the documents recorded as failed, and says so', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'a.txt'), 'Great show.');
    writeFileSync(join(dir, 'docs', 'b.txt'), 'Boring plot.');
    const okA = JSON.stringify({ id: 'a.txt', ok: true, analysis: analyzeReview('Great show.') });
    // b failed in an earlier run (its file was missing then); it is there now.
    writeFileSync(join(dir, 'out.jsonl'), `${okA}\n{"id":"b.txt","ok":false,"error":"review-lens: docs/b.txt: no such file"}\n`);
    const r = batch(['docs', '--out', 'out.jsonl', '--resume', '-j', '1'], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('review-lens: out.jsonl: 1 document recorded as failed is tried again\n');
    expect(r.stderr).toMatch(/review-lens: 1 document, 0 failed, 1 already done \(skipped\), 1 failed before and tried again, /);
    const out = lines(join(dir, 'out.jsonl'));
    expect(out.map((l) => [l.id, l.ok])).toEqual([['a.txt', true], ['b.txt', true]]);
    expect(out[1]?.analysis).toEqual(analyzeReview('Boring plot.'));
  });

  it.each([
    ['a text file', 'notes about the run\nsecond line\nno newline at the end'],
    ['JSON lines that are not results', '{"name":"x"}\n{"name":"y"}\n'],
  ])('--resume refuses %s and leaves it as it is', (_, content) => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    writeFileSync(join(dir, 'in.jsonl'), '{"id":"a","text":"Nice."}\n');
    writeFileSync(join(dir, 'notes.txt'), content);
    const r = batch(['in.jsonl', '--out', 'notes.txt', '--resume'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('review-lens: expected --out with --resume to be review-lens result lines, got notes.txt, whose line 1 is not one; it was left as it is\n');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe(content);
  });

  const places: [string, (dir: string) => string, string][] = [['a directory', (dir) => join(dir, 'sub'), 'is a directory']];
  if (existsSync('/dev/full')) places.push(['a full disk (/dev/full)', () => '/dev/full', 'no space left on device']);
  it.each(places)('names an --out on %s in one line, exit 1, no stack trace', (_, where, reason) => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'in.jsonl'), '{"id":"a","text":"Nice."}\n{"id":"b","text":"Bad."}\n');
    const out = where(dir);
    const r = batch(['in.jsonl', '--out', out, '-j', '1'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => !/^review-lens: \d+ documents/.test(l))).toEqual([
      out === '/dev/full' ? `review-lens: ${out}: cannot write (${reason}); the documents written before are kept; run again with --resume once it can be written` : `review-lens: ${out}: cannot write (${reason})`,
    ]);
    expect(r.stderr).not.toContain('    at ');
  });

  it('stops on Ctrl-C while standard input sends nothing more: exit 130 within a second, the lines done kept', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    const child = spawn(process.execPath, [BIN, 'batch', '-', '-j', '1'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    const output = collectOutput(child);
    child.stdin.on('error', () => undefined);
    child.stdin.write('{"id":"s1","text":"A first review. Great."}\n');
    await output.firstLine;
    const closed = new Promise((resolve) => child.on('close', resolve));
    const sent = performance.now();
    child.kill('SIGINT');
    const code = await closed;
    expect(performance.now() - sent).toBeLessThan(1000);
    expect(code).toBe(130);
    expect(output.out().trim().split('\n').map((l) => (JSON.parse(l) as Line).id)).toEqual(['s1']);
    expect(output.err()).toContain('review-lens: interrupted after 1 document; it is written\n');
  });

  it('stops quietly when the reader of standard output goes away', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    writeFileSync(join(dir, 'in.jsonl'), Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `r${i}`, text: 'Great show. 9/10' })).join('\n'));
    const child = spawn(process.execPath, [BIN, 'batch', 'in.jsonl', '-j', '1'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(err).not.toContain('EPIPE');
    expect(code).toBe(0);
  });

  it('prints plain progress lines when stderr is not a terminal', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-'));
    writeFileSync(join(dir, 'in.jsonl'), Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `r${i}`, text: readFileSync(FAN, 'utf8') })).join('\n'));
    const r = batch(['in.jsonl', '-j', '1', '--progress-every', '0.05'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(40);
    expect(r.stderr).toMatch(/^review-lens: \d+ documents · \d+\.\d\d MB\/s · \d+\.\d% · ETA \d+/m);
    expect(r.stderr).not.toContain('\r');
  });
});

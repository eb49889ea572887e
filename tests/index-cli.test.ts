import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import type { ReviewIndex } from '../src/review-index';
import { ROOT } from './helpers/fixtures';

const BIN = join(ROOT, 'dist', 'cli.js');
const run = (args: string[], cwd: string, input?: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', ...(input === undefined ? {} : { input }) });

/** A result line as review-lens batch writes it. */
const resultLine = (id: string, text: string, meta?: Record<string, unknown>) => JSON.stringify({ id, ok: true, ...(meta ? { meta } : {}), analysis: analyzeReview(text) });

const SHOW = 'All of Us Are Dead';
const lines = [
  resultLine('r1', 'I love how Cheong-San fights, and On-Jo is brave.', { show: SHOW }),
  resultLine('r2', 'Cheong San protects On-Jo. Lee Cheong-San is the best character.', { show: SHOW }),
  resultLine('r3', 'Cheongsan is played by Yoon Chan-young, and he is great.', { show: SHOW }),
  JSON.stringify({ id: 'r4', ok: false, error: 'review-lens: r4: no such file' }),
];

describe.skipIf(!existsSync(BIN))('review-lens index', () => {
  it('indexes batch results by the work in a meta column, as JSON and as CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-index-'));
    writeFileSync(join(dir, 'results.jsonl'), `${lines.join('\n')}\n`);
    const r = run(['index', 'results.jsonl', '--work-column', 'show', '--out', 'index.json'], dir);
    expect(r.stderr).toBe('review-lens: indexed 3 documents of 1 work: 3 entities; 1 failed result skipped\n');
    expect(r.status).toBe(0);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as ReviewIndex;
    expect(index.works.map((w) => [w.title, w.documents])).toEqual([[SHOW, 3]]);
    expect(index.works[0]?.characters.map((c) => [c.name, c.documents, c.playedBy])).toEqual([['Cheong-San', 3, 'p0'], ['On-Jo', 2, null]]);
    const csv = run(['index', '-', '--work-column=show', '--format', 'csv'], dir, `${lines.join('\n')}\n`);
    expect(csv.stdout.split('\n').slice(0, 3)).toEqual([
      'work,id,kind,name,documents,mentions,kind_confidence,forms,played_by,plays,roles,sentiment_mean,positive,negative,neutral,mixed',
      expect.stringMatching(/^All of Us Are Dead,c0,character,Cheong-San,3,\d+,[\d.]+,Cheong-San \| Cheongsan \| Lee Cheong-San,Yoon Chan-young,,,/),
      expect.stringMatching(/^All of Us Are Dead,c1,character,On-Jo,2,/),
    ]);
  });

  it('reports a line that is not a result and a missing work, indexes the rest, exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-index-'));
    writeFileSync(join(dir, 'results.jsonl'), `${lines[0]}\nnot json\n${resultLine('r5', 'I love how Cheong-San fights.')}\n`);
    const r = run(['index', 'results.jsonl', '--work-column', 'show'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('review-lens: results.jsonl:2: expected a JSON result line, got text that is not JSON\n');
    expect(r.stderr).toContain('review-lens: results.jsonl:3: expected a "show" text in "meta" (see --work-column), got undefined; indexed under the work its analysis names\n');
    // The line without its work is indexed under the work its analysis names, as batch --index does.
    expect((JSON.parse(r.stdout) as ReviewIndex).works.map((w) => [w.title, w.documents])).toEqual([
      ['All of Us Are Dead', 1],
      ['unknown work', 1],
    ]);
  });

  it.each<[string[], string]>([
    [['index'], 'review-lens: expected at least one RESULTS file (review-lens batch output), got none'],
    [['index', 'r.jsonl', '--format', 'xml'], 'review-lens: expected json or csv after --format, got "xml"'],
    [['index', 'r.jsonl', '--work-column'], 'review-lens: expected a column name after --work-column, got nothing'],
    [['index', 'r.jsonl', '--out', 'r.jsonl'], 'review-lens: expected --out to be a file no RESULTS is read from, got r.jsonl'],
  ])('refuses %j with exit code 2', (args, message) => {
    const r = run(args, tmpdir());
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
  });

  it('says a missing file in one line', () => {
    const r = run(['index', 'gone.jsonl'], mkdtempSync(join(tmpdir(), 'review-lens-index-')));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('review-lens: gone.jsonl: no such file\n');
  });
});

describe.skipIf(!existsSync(BIN))('review-lens batch keeps the other columns and fields in meta', () => {
  it('CSV columns other than the text and id, JSONL fields other than id and text', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-meta-'));
    writeFileSync(join(dir, 'in.csv'), 'review_id,show,body,stars\na,Dead Hour,"Good, really.",4\nb,Glass Bay,Dull.,\n');
    writeFileSync(join(dir, 'in.jsonl'), '{"id":"c","text":"Nice.","show":"Dead Hour","tags":["x"]}\n{"id":"d","text":"Fine."}\n');
    const r = run(['batch', 'in.csv', 'in.jsonl', '--text-column', 'body', '--id-column', 'review_id', '-j', '1', '--out', 'out.jsonl'], dir);
    expect(r.status).toBe(0);
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; meta?: unknown; analysis: unknown });
    expect(out.map((l) => [l.id, l.meta])).toEqual([
      ['a', { show: 'Dead Hour', stars: '4' }],
      ['b', { show: 'Glass Bay', stars: '' }],
      ['c', { show: 'Dead Hour', tags: ['x'] }],
      ['d', undefined],
    ]);
    expect(Object.keys(out[0] as object)).toEqual(['id', 'ok', 'meta', 'analysis']);
  });
});

describe.skipIf(!existsSync(BIN))('review-lens batch --index', () => {
  it('writes the index of the run beside the results, the work from --work-column', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-index-'));
    writeFileSync(
      join(dir, 'in.csv'),
      'id,show,text\nr1,Dead Hour,"I love how Cheong-San fights, and On-Jo is brave."\nr2,Dead Hour,Cheong San protects On-Jo. Lee Cheong-San is the best character.\nr3,Other,I love how On-Jo fights.\nr4,,On-Jo runs.\n',
    );
    const r = run(['batch', 'in.csv', '-j', '1', '--out', 'out.jsonl', '--index', 'index.json', '--work-column', 'show'], dir);
    expect(r.status).toBe(0);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as ReviewIndex;
    expect(index.works.map((w) => [w.title, w.documents, w.characters.map((c) => [c.name, c.documents])])).toEqual([
      ['Dead Hour', 2, [['Lee Cheong-San', 2], ['On-Jo', 2]]],
      ['Other', 1, [['On-Jo', 1]]],
      ['unknown work', 1, [['On-Jo', 1]]],
    ]);
    // The same index as review-lens index builds from the results, the row without a work included.
    const again = run(['index', 'out.jsonl', '--work-column', 'show'], dir);
    expect(JSON.parse(again.stdout)).toEqual(index);
    expect(again.stderr).toContain('out.jsonl:4: expected a "show" text in "meta" (see --work-column), got an empty text; indexed under the work its analysis names');
  });

  it.each<[string[], string]>([
    [['batch', 'in.csv', '--out', 'o.jsonl', '--resume', '--index', 'i.json'], 'review-lens: expected --index without --resume (index the whole output with review-lens index), got both'],
    [['batch', 'in.csv', '--out', 'o.jsonl', '--index', 'o.jsonl'], 'review-lens: expected --index to be a file neither read nor written as results, got o.jsonl'],
  ])('refuses %j with exit code 2', (args, message) => {
    const r = run(args, tmpdir());
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
  });
});

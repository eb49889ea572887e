import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewAnalysis } from '../src/index';
import { ROOT } from './helpers/fixtures';

// The tables run the built command; hyparquet (a reader of its own) reads the Parquet back.
const BIN = join(ROOT, 'dist', 'cli.js');

interface Line {
  id: string;
  ok: boolean;
  meta?: Record<string, unknown>;
  analysis?: ReviewAnalysis;
  error?: string;
}

type Row = Record<string, unknown>;

const KINDS = ['sections', 'characters', 'people', 'works', 'quotes'] as const;

async function readParquet(path: string): Promise<Row[]> {
  return (await parquetReadObjects({ file: await asyncBufferFromFile(path) })) as Row[];
}

function readCsv(path: string): Row[] {
  return parse(readFileSync(path, 'utf8'), { columns: true }) as Row[];
}

describe.skipIf(!existsSync(BIN))('batch --format parquet and csv: one table per kind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'review-lens-tables-'));
  let lines: Line[] = [];
  let stderr = '';
  beforeAll(() => {
    mkdirSync(join(dir, 'docs'));
    for (const f of ['fan-review-all-of-us-are-dead.txt', 'news-all-of-us-are-dead-season-2.txt']) copyFileSync(join(ROOT, 'fixtures', f), join(dir, 'docs', f));
    writeFileSync(join(dir, 'more.jsonl'), [
      JSON.stringify({ id: 'short', text: '"Run!" Cheong-San shouted. I loved it, 9/10.', site: 'forum' }),
      JSON.stringify({ id: 'no-text', text: 12 }),
      JSON.stringify({ id: 'plain', text: 'Nothing much happens here.' }),
    ].join('\n'));
    for (const format of ['parquet', 'csv']) {
      const r = spawnSync(process.execPath, [BIN, 'batch', 'docs', 'more.jsonl', '-j', '2', '--format', format, '--out', `out-${format}`], { cwd: dir, encoding: 'utf8' });
      expect(r.status).toBe(1);
      stderr += r.stderr;
    }
    lines = readFileSync(join(dir, 'out-parquet', 'results.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
  }, 120_000);

  it('keeps the result lines beside the tables and says what it wrote', () => {
    expect(lines.map((l) => l.id).sort()).toEqual(['fan-review-all-of-us-are-dead.txt', 'news-all-of-us-are-dead-season-2.txt', 'no-text', 'plain', 'short'].sort());
    const quotes = lines.reduce((n, l) => n + (l.analysis?.quotes.length ?? 0), 0);
    expect(stderr).toContain(`quotes.parquet (${quotes} rows)`);
    expect(stderr).toMatch(/review-lens: wrote documents\.csv \(5 rows\), sections\.csv \(\d+ rows\), characters\.csv/);
  });

  it('reads back from Parquet with a row per document and per thing, and the values of the JSONL', async () => {
    const docs = await readParquet(join(dir, 'out-parquet', 'documents.parquet'));
    expect(docs).toHaveLength(lines.length);
    const byId = new Map(docs.map((d) => [d.document_id, d]));
    const short = lines.find((l) => l.id === 'short') as Line;
    expect(byId.get('short')).toMatchObject({ ok: true, error: null, meta: '{"site":"forum"}', sentiment_label: short.analysis?.sentiment.label, rating_value: 9, rating_scale: 10, words: short.analysis?.stats.words });
    expect(byId.get('no-text')).toMatchObject({ ok: false, error: 'review-lens: more.jsonl:2: expected an object with a "text" string, got "text" of type number', title: null, words: null });
    for (const kind of KINDS) {
      const rows = await readParquet(join(dir, 'out-parquet', `${kind}.parquet`));
      // Every row names its document, in the order of the result lines.
      const expected = lines.flatMap((l) => (l.analysis?.[kind] ?? []).map((item) => [l.id, item.id]));
      expect(rows.map((r) => [r.document_id, r[`${kind === 'people' ? 'person' : kind.slice(0, -1)}_id`]]), kind).toEqual(expected);
    }
    const characters = await readParquet(join(dir, 'out-parquet', 'characters.parquet'));
    const fan = lines.find((l) => l.id === 'fan-review-all-of-us-are-dead.txt')?.analysis as ReviewAnalysis;
    const first = fan.characters[0];
    expect(characters.find((c) => c.document_id === 'fan-review-all-of-us-are-dead.txt' && c.character_id === first?.id)).toMatchObject({
      name: first?.name,
      aliases: JSON.stringify(first?.aliases),
      mentions: first?.mentions.length,
      first_start: first?.mentions[0]?.start,
      kind_confidence: first?.kindConfidence,
    });
    const quotes = await readParquet(join(dir, 'out-parquet', 'quotes.parquet'));
    const run = short.analysis?.quotes[0];
    expect(run?.text).toBe('Run!');
    expect(quotes.find((q) => q.document_id === 'short')).toMatchObject({ text: 'Run!', start: run?.start, end: run?.end, speaker: run?.speaker?.name ?? null, section_id: run?.sectionId });
  });

  it('writes the same rows as CSV, a header row first', async () => {
    for (const kind of ['documents', ...KINDS]) {
      const fromParquet = await readParquet(join(dir, 'out-parquet', `${kind}.parquet`));
      const fromCsv = readCsv(join(dir, 'out-csv', `${kind}.csv`));
      // CSV holds text: null is an empty field, true and false are words.
      const asText = fromParquet.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)])));
      expect(fromCsv, kind).toEqual(asText);
    }
  });

  it('refuses --format parquet without --out, and an --out that is a file', () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    const cases: Array<[string[], string]> = [
      [['batch', 'docs', '--format', 'parquet'], 'review-lens: expected --out DIR with --format parquet (a directory for the tables), got no --out'],
      [['batch', 'docs', '--format', 'csv', '--out', 'a-file'], 'review-lens: expected --out with --format csv to be a directory, got a-file, a file'],
    ];
    for (const [args, message] of cases) {
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(message);
    }
  });
});

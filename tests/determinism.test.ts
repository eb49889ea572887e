/**
 * An analysis is a pure function of (text, options): whatever a process read before, the JSON is
 * the JSON a fresh process gives. wink learns every new word it reads, and its tokenizer reads a
 * known word differently, so these tests read texts full of words the model lacks (abbreviations
 * with dots, codes, names, contractions without apostrophes) in many orders.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { ENGINE_LIMITS, engineStats } from '../src/wink';
import { ROOT } from './helpers/fixtures';

const DIST = join(ROOT, 'dist', 'index.js');
const BIN = join(ROOT, 'dist', 'cli.js');
const IMDB = join(ROOT, '..', 'shared', 'corpus', 'reviews', 'imdb-first-999.csv');
const ORDERS = 1000;

/** Words the model lacks, or reads differently once it has met them or a part of them. */
const ODD_WORDS = [
  'T.V', 'T.V.', 'U.K', 'U.K.', 'e.g', 'e.g.', 'Dr', 'Dr.', 'St.', 'QX9', 'QX9...', 'QX9.', 'zorbo', 'Zorbo', 'ZORBO',
  'Min-ji', 'Min-ji.', 'Kwon', 'Kwon.', 'cant', 'dont', 'wont', 'Im', 'youre', 'isnt', 'gr8', 'soooo', 'lol', 'b4',
  'co-star', 'co-star.', '2x', '4K', 'A.I', 'A.I.', 'vs', 'vs.', 'etc', 'etc.', 'ok...', 'ep.3', 'S2', 'S2E4',
];
const PLAIN_WORDS = ['I', 'the', 'show', 'was', 'great', 'boring', 'and', 'but', 'she', 'loved', 'it', 'on', 'her', 'played', 'by', 'not', 'really', 'good'];
const ENDS = ['.', '!', '?', '...', '?!', ',', ''];

/** A text of a few sentences built from `seed`: the same seed, the same text. */
function textOf(seed: number): string {
  let x = seed * 2654435761;
  const next = (n: number): number => {
    x = (x ^ (x >>> 13)) * 1274126177;
    x ^= x >>> 16;
    return Math.abs(x) % n;
  };
  const sentences: string[] = [];
  for (let s = 0, n = 1 + next(4); s < n; s++) {
    const words: string[] = [];
    for (let w = 0, m = 2 + next(9); w < m; w++) {
      words.push(next(3) === 0 ? (ODD_WORDS[next(ODD_WORDS.length)] as string) : (PLAIN_WORDS[next(PLAIN_WORDS.length)] as string));
    }
    sentences.push(words.join(' ') + (ENDS[next(ENDS.length)] as string));
  }
  return sentences.join(next(3) === 0 ? '\n\n' : ' ');
}

/** The texts every order draws from: built ones, and two that once split differently by history. */
const POOL = [
  ...Array.from({ length: 46 }, (_, i) => textOf(i + 1)),
  'She first sang on T.V. Then her brother joined the band.',
  'I liked it QX9... but it dragged on and on.',
];

/** Each text's JSON from a worker thread that analyses it alone, in a fresh copy of the package. */
async function freshJson(text: string): Promise<string> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     import(workerData.dist).then(({ analyzeReview }) => parentPort.postMessage(JSON.stringify(analyzeReview(workerData.text))));`,
    { eval: true, workerData: { dist: `file://${DIST}`, text } },
  );
  try {
    return await new Promise<string>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

describe('determinism', () => {
  it(`gives each text the JSON of a fresh process, in ${ORDERS} random orders in one process`, async () => {
    const fresh: string[] = [];
    for (let i = 0; i < POOL.length; i += 2) fresh.push(...(await Promise.all(POOL.slice(i, i + 2).map(freshJson))));
    // The pool must exercise what it is for: some texts split into more than one sentence.
    expect(fresh.filter((json) => (JSON.parse(json) as { stats: { sentences: number } }).stats.sentences > 1).length).toBeGreaterThan(10);

    fc.assert(
      fc.property(fc.array(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 6 }), (order) => {
        for (const k of order) expect(JSON.stringify(analyzeReview(POOL[k] as string))).toBe(fresh[k]);
      }),
      { numRuns: ORDERS },
    );
  }, 120_000);

  it('reads texts the same after the model is loaded afresh, and bounds what wink learns', async () => {
    const texts = POOL.slice(-4);
    const expected = await Promise.all(texts.map(freshJson));
    const limit = ENGINE_LIMITS.maxLearned;
    ENGINE_LIMITS.maxLearned = 20_000;
    try {
      const before = engineStats().loads;
      for (let d = 0; d < 6; d++) {
        let words = '';
        for (let w = 0; w < 3_000; w++) words += `Qz${d}x${w}. `;
        analyzeReview(words);
        expect(engineStats().learned).toBeLessThan(20_000 + 20_000);
        texts.forEach((text, k) => expect(JSON.stringify(analyzeReview(text))).toBe(expected[k]));
      }
      expect(engineStats().loads).toBeGreaterThan(before);
    } finally {
      ENGINE_LIMITS.maxLearned = limit;
    }
  });

  it.skipIf(!existsSync(IMDB))(
    'batch: the 999 IMDb reviews run twice, and in reverse order, give byte-identical lines (skipped without ../shared/corpus)',
    async () => {
      const [header, ...rows] = parse(readFileSync(IMDB, 'utf8'), { relax_column_count: true }) as string[][];
      const column = (header as string[]).indexOf('review');
      const docs = rows.filter((r) => r.length === (header as string[]).length).map((r, i) => ({ id: `r${i + 1}`, text: r[column] as string }));
      expect(docs.length).toBe(999);
      const dir = mkdtempSync(join(tmpdir(), 'review-lens-determinism-'));
      writeFileSync(join(dir, 'forward.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n'));
      writeFileSync(join(dir, 'reverse.jsonl'), [...docs].reverse().map((d) => JSON.stringify(d)).join('\n'));
      const run = (input: string): Map<string, string> => {
        const r = spawnSync(process.execPath, [BIN, 'batch', input, '-j', '2'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
        expect(r.status).toBe(0);
        const lines = r.stdout.split('\n').filter((l) => l !== '');
        return new Map(lines.map((l) => [(JSON.parse(l) as { id: string }).id, l]));
      };
      const first = run('forward.jsonl');
      const second = run('forward.jsonl');
      const reverse = run('reverse.jsonl');
      expect(first.size).toBe(999);
      for (const [id, line] of first) {
        expect(second.get(id), id).toBe(line);
        expect(reverse.get(id), id).toBe(line);
      }
    },
    300_000,
  );
});

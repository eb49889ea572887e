import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { fixtureText, ROOT } from './helpers/fixtures';

// analyzeReviews runs the built worker (dist/worker.js); npm test builds first.
const BUILT = existsSync(join(ROOT, 'dist', 'batch.js'));
if (!BUILT) console.warn('batch test skipped: dist/batch.js is missing (run npm run build)');
const BATCH_URL = pathToFileURL(join(ROOT, 'dist', 'batch.js')).href;
const load = async () => (await import(BATCH_URL)) as typeof import('../src/batch/index');

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe.skipIf(!BUILT)('analyzeReviews', () => {
  const fan = fixtureText('fan-review-all-of-us-are-dead.txt');
  const news = fixtureText('news-all-of-us-are-dead-season-2.txt');

  it('yields every analysis in input order, equal to analyzeReview', async () => {
    const { analyzeReviews } = await load();
    const texts = [fan, 'Short and sweet. 9/10', news, 'Boring.', fan];
    const results = await collect(analyzeReviews(texts, { concurrency: 2 }));
    expect(results.map((r) => [r.index, r.id, r.ok])).toEqual(texts.map((_, i) => [i, String(i), true]));
    results.forEach((r, i) => expect(r.ok && r.analysis).toEqual(analyzeReview(texts[i] as string)));
  }, 60_000);

  it('takes { id, text } objects and async iterables', async () => {
    const { analyzeReviews } = await load();
    async function* source() {
      yield { id: 'fan', text: fan };
      yield { id: 'news', text: news };
    }
    const results = await collect(analyzeReviews(source(), { concurrency: 1 }));
    expect(results.map((r) => [r.id, r.ok && r.analysis.title?.kind])).toEqual([
      ['fan', 'title'],
      ['news', 'title'],
    ]);
  }, 60_000);

  it('never stops for one bad document', async () => {
    const { analyzeReviews } = await load();
    const results = await collect(analyzeReviews(['fine text', 42 as never, { id: 'long', text: 'x'.repeat(50) }, 'also fine'], { concurrency: 2, maxLength: 20 }));
    expect(results.map((r) => (r.ok ? 'ok' : r.error))).toEqual([
      'ok',
      'review-lens: expected a string or { id, text }, got number',
      'review-lens: expected text of at most 20 characters (options.maxLength), got 50',
      'ok',
    ]);
    expect(results[2]?.id).toBe('long');
  }, 60_000);

  it('reads no further ahead than maxPending', async () => {
    const { analyzeReviews } = await load();
    let read = 0;
    function* many() {
      for (let i = 0; i < 100; i++) {
        read++;
        yield `Review number ${i}. It was good.`;
      }
    }
    const it = analyzeReviews(many(), { concurrency: 1, maxPending: 3 })[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.value?.index).toBe(0);
    expect(read).toBeLessThanOrEqual(3);
    await it.return?.(undefined);
  }, 60_000);

  it('never waits for an input that is not ready while results are', async () => {
    // A source that yields its next document only once the first two results were consumed (as
    // a feed answering its consumer would): waiting for a full group before yielding would hang.
    const { analyzeReviews } = await load();
    let consumed = 0;
    let wake: () => void = () => undefined;
    const twoConsumed = new Promise<void>((resolve) => {
      wake = resolve;
    });
    async function* feed() {
      yield 'First review. Great fun.';
      yield 'Second review. Dull.';
      await twoConsumed;
      yield `Third review, after ${consumed} results. Fine.`;
    }
    const out: string[] = [];
    for await (const r of analyzeReviews(feed(), { concurrency: 1 })) {
      out.push(r.ok ? `${r.index} ${r.analysis.sentiment.label} ${r.analysis.stats.words}` : r.error);
      if (++consumed === 2) wake();
    }
    // The third text was written after two results were out ("after 2 results": 6 words).
    expect(out).toEqual(['0 positive 4', '1 negative 3', '2 positive 6']);
  }, 60_000);

  it('reads a bounded amount of text ahead, however few the documents', async () => {
    const { analyzeReviews } = await load();
    let read = 0;
    const long = 'A long review sentence, with a name like Cheong-San in it. '.repeat(3500);
    function* big() {
      for (let i = 0; i < 20; i++) {
        read++;
        yield long;
      }
    }
    const it = analyzeReviews(big(), { concurrency: 1 })[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.value?.ok).toBe(true);
    // 20 documents fit maxPending (64 per worker), but not the text bound (256 K code units).
    expect(long.length).toBeGreaterThan(200_000);
    expect(read).toBe(2);
    await it.return?.(undefined);
  }, 60_000);

  it('works from CommonJS too', () => {
    const out = execFileSync(process.execPath, ['-e', `const { analyzeReviews } = require(${JSON.stringify(join(ROOT, 'dist', 'batch.cjs'))}); (async () => { for await (const r of analyzeReviews(['Great. 9/10'], { concurrency: 1 })) console.log(r.ok, r.analysis.rating.value); })();`], { encoding: 'utf8' });
    expect(out.trim()).toBe('true 9');
  }, 60_000);

  it('keeps every result read before the inputs throw, then one failed result for the throw', async () => {
    const { analyzeReviews } = await load();
    function* breaking() {
      yield 'First review. Great fun.';
      yield { id: 'b', text: 'Second review. Dull.' };
      throw new Error('the feed went down');
    }
    async function* breakingAsync() {
      yield 'First review. Great fun.';
      yield { id: 'b', text: 'Second review. Dull.' };
      throw new Error('the feed went down');
    }
    for (const source of [breaking(), breakingAsync()]) {
      const results = await collect(analyzeReviews(source, { concurrency: 1 }));
      expect(results.map((r) => [r.id, r.index, r.ok ? r.analysis.sentiment.label : r.error])).toEqual([
        ['0', 0, 'positive'],
        ['b', 1, 'negative'],
        ['2', 2, 'review-lens: expected the inputs to go on, got an error from them after 2 documents: the feed went down'],
      ]);
    }
  }, 60_000);

  it('fails alone an input whose text getter or id.toString throws', async () => {
    const { analyzeReviews } = await load();
    const badText = { id: 'getter', get text(): string {
      throw new Error('text is gone');
    } };
    const badId = { id: { toString: () => { throw new Error('no name'); } }, text: 'Fine text.' };
    const results = await collect(analyzeReviews(['Before. Good.', badText as never, badId as never, 'After. Bad.'], { concurrency: 1 }));
    expect(results.map((r) => [r.id, r.ok ? r.analysis.sentiment.label : r.error])).toEqual([
      ['0', 'positive'],
      ['getter', 'review-lens: expected a readable { id, text }, got one that threw: text is gone'],
      ['2', 'review-lens: expected a readable { id, text }, got one that threw: no name'],
      ['3', 'negative'],
    ]);
  }, 60_000);

  it('caps concurrency at the cores unless told to oversubscribe, and still gives every result', async () => {
    const { analyzeReviews } = await load();
    const results = await collect(analyzeReviews(['One. Good.', 'Two. Bad.', 'Three. Fine.'], { concurrency: 64 }));
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    await expect(collect(analyzeReviews(['x'], { allowOversubscribe: 'yes' as never }))).rejects.toThrow('review-lens: expected options.allowOversubscribe to be a boolean, got string');
  }, 60_000);

  it('refuses bad options and inputs clearly', async () => {
    await expect(collect((await load()).analyzeReviews(['x'], null as never))).rejects.toThrow('review-lens: expected options to be an object, got null');
    const { analyzeReviews } = await load();
    await expect(collect(analyzeReviews(['x'], { concurrency: 0 }))).rejects.toThrow('review-lens: expected options.concurrency to be a positive whole number, got 0');
    await expect(collect(analyzeReviews(5 as never))).rejects.toThrow('review-lens: expected inputs to be an iterable or async iterable, got number');
    await expect(collect(analyzeReviews(['x'], { works: 'no' as never }))).rejects.toThrow(TypeError);
  });
});

// The CLI's batch takes each analysis from its worker as JSON text and writes the line around it.
const CLI = join(ROOT, 'dist', 'cli.js');
describe.skipIf(!existsSync(CLI))('review-lens batch output lines', () => {
  it('writes each line exactly as JSON.stringify of { id, ok, meta?, analysis } would, on one worker and on two', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-batch-lines-'));
    const docs = [
      { id: 'plain', text: 'Moon-Young is cold at first. "Stay," she said. 8/10' },
      { id: 'with "quotes" \\ and ünïcode', text: fixtureText('fan-review-all-of-us-are-dead.txt'), site: 'blog', stars: 4 },
      { id: 'empty meta', text: '' },
    ];
    writeFileSync(join(dir, 'in.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n'));
    const expected = docs.map(({ id, text, ...meta }) => JSON.stringify({ id, ok: true, ...(Object.keys(meta).length ? { meta } : {}), analysis: analyzeReview(text) }));
    for (const jobs of ['1', '2']) {
      execFileSync(process.execPath, [CLI, 'batch', 'in.jsonl', '-j', jobs, '--out', `out-${jobs}.jsonl`], { cwd: dir, stdio: 'pipe' });
      expect(readFileSync(join(dir, `out-${jobs}.jsonl`), 'utf8').trimEnd().split('\n')).toEqual(expected);
    }
  });
});

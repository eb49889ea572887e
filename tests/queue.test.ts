import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures';
import { redisServerPath, startRedis, type TestRedis } from './helpers/redis';

// The queue commands run the built CLI and its sandboxed processor, against a real Redis.
const BIN = join(ROOT, 'dist', 'cli.js');
const REDIS = redisServerPath();
if (!REDIS) console.warn('queue tests skipped: redis-server is not installed (.ci/run installs it with apt-get; here it could not be)');

/**
 * Runs the CLI without blocking this process: the test's own BullMQ clients (an event listener, a
 * stand-in worker) go on meanwhile.
 */
function cli(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}

/** Resolves with the exit code of `child`. */
function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * 300 documents of varied length: paragraphs of the fixtures in changing combinations, every
 * tenth one long (so a worker killed while both are busy is surely in the middle of one), and
 * every seventh with a field of its own that must come back as `meta`.
 */
function documents(): string {
  const paragraphs = readdirSync(join(ROOT, 'fixtures'))
    .sort()
    .flatMap((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8').split(/\n\s*\n/))
    .filter((p) => p.trim().length > 40);
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) {
    const parts = [paragraphs[i % paragraphs.length], paragraphs[(i * 7 + 3) % paragraphs.length]];
    if (i % 10 === 0) for (let k = 0; k < 12; k++) parts.push(paragraphs[(i + k * 5) % paragraphs.length]);
    lines.push(JSON.stringify({ id: `review:${i}`, text: parts.join('\n\n'), ...(i % 7 === 0 ? { site: `forum ${i % 3}` } : {}) }));
  }
  return `${lines.join('\n')}\n`;
}

const sortedLines = (path: string): string[] => readFileSync(path, 'utf8').trimEnd().split('\n').sort();

describe.skipIf(!REDIS || !existsSync(BIN))('review-lens worker / enqueue / collect on a real Redis', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis(REDIS as string);
  }, 30_000);
  afterAll(async () => {
    await redis?.stop();
  });

  it('two worker processes, one killed with SIGKILL mid-run: collect gives each of 300 documents once, as batch does', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-queue-'));
    writeFileSync(join(dir, 'docs.jsonl'), documents());
    const queue = ['--redis', redis.url, '--queue', 'kill-test'];
    const first = await cli(['enqueue', 'docs.jsonl', ...queue], dir);
    expect(first.stderr).toBe('review-lens: queued 300 documents\n');
    expect(first.status).toBe(0);
    // The document id is the job id: a second enqueue of the same input queues nothing.
    const again = await cli(['enqueue', 'docs.jsonl', ...queue], dir);
    expect(again.stderr).toBe('review-lens: queued 0 documents (300 already queued or collected)\n');

    const { Redis } = await import('ioredis');
    const { QueueEvents } = await import('bullmq');
    const client = new Redis(redis.url);
    const events = new QueueEvents('kill-test', { connection: { host: '127.0.0.1', port: Number(new URL(redis.url).port) } });
    await events.waitUntilReady();
    let stalled = 0;
    events.on('stalled', () => stalled++);
    const jobs = await client.llen('bull:kill-test:wait');
    expect(jobs).toBe(19);
    const worker = (): ChildProcess => spawn(process.execPath, [BIN, 'worker', ...queue, '--concurrency', '1', '--lock-seconds', '2'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    const a = worker();
    const b = worker();
    try {
      // Documents travel up to 16 to a job. Kill one worker once two jobs are done and both
      // are busy: it dies holding a job of several documents.
      let completedAtKill = 0;
      for (let i = 0; i < 2400; i++) {
        const [completed, active] = await Promise.all([client.zcard('bull:kill-test:completed'), client.llen('bull:kill-test:active')]);
        if (completed >= 2 && active === 2) {
          a.kill('SIGKILL');
          completedAtKill = completed;
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await exited(a)).toBe(null);
      expect(a.signalCode).toBe('SIGKILL');
      expect(completedAtKill).toBeGreaterThanOrEqual(2);
      expect(completedAtKill).toBeLessThan(jobs);

      const collected = await cli(['collect', ...queue, '--out', 'collected.jsonl'], dir);
      expect(collected.stderr).toBe('review-lens: collected 300 results\n');
      expect(collected.status).toBe(0);
      // The killed worker's document went back to the queue and was done by the other.
      expect(stalled).toBeGreaterThanOrEqual(1);

      const batch = await cli(['batch', 'docs.jsonl', '-j', '2', '--out', 'batch.jsonl'], dir);
      expect(batch.status).toBe(0);
      const got = sortedLines(join(dir, 'collected.jsonl'));
      const ids = got.map((l) => (JSON.parse(l) as { id: string }).id);
      expect(new Set(ids).size).toBe(300);
      expect(ids).toContain('review:299');
      expect(got).toEqual(sortedLines(join(dir, 'batch.jsonl')));
      const meta = got.map((l) => JSON.parse(l) as { id: string; meta?: unknown }).find((l) => l.id === 'review:14');
      expect(meta?.meta).toEqual({ site: 'forum 2' });

      // Collected results are off Redis, and a collected document is not queued again.
      expect(await client.zcard('bull:kill-test:completed')).toBe(0);
      const third = await cli(['enqueue', 'docs.jsonl', ...queue], dir);
      expect(third.stderr).toBe('review-lens: queued 0 documents (300 already queued or collected)\n');
    } finally {
      a.kill('SIGKILL');
      b.kill('SIGTERM');
      await exited(b);
      await events.close();
      client.disconnect();
    }
  });

  it('a job whose worker fails every try is tried again document by document: the bad one is one error line, the others are analysed, and --resume skips what the file has', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-queue-'));
    writeFileSync(join(dir, 'docs.jsonl'), '{"id":"fine","text":"A fine show. 8/10"}\n{"id":"doomed","text":"It crashes every time."}\n{"id":"also fine","text":"Good cast."}\n');
    const queue = ['--redis', redis.url, '--queue', 'fail-test'];
    expect((await cli(['enqueue', 'docs.jsonl', ...queue, '--attempts', '2'], dir)).status).toBe(0);
    // A stand-in for a worker whose thread dies on "doomed", taking the job's other documents
    // with it: BullMQ's own Worker on the same queue.
    const { Worker } = await import('bullmq');
    const { Redis } = await import('ioredis');
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    const tried: string[][] = [];
    const crashing = new Worker('fail-test', async (job) => {
      const ids = (job.data as { docs: Array<{ id: string }> }).docs.map((d) => d.id);
      tried.push(ids);
      if (ids.includes('doomed')) throw new Error('worker thread exited with code 1');
      return { ids, lines: ids.map((id) => JSON.stringify({ id, ok: true, analysis: {} })).join('\n') };
    }, { connection });
    try {
      writeFileSync(join(dir, 'out.jsonl'), '{"id":"fine","ok":true,"analysis":{}}\n');
      const collected = await cli(['collect', ...queue, '--out', 'out.jsonl', '--resume'], dir);
      // The job of three, twice; then each document alone, "doomed" twice.
      expect(tried.slice(0, 2)).toEqual([['fine', 'doomed', 'also fine'], ['fine', 'doomed', 'also fine']]);
      expect(tried.slice(2).sort()).toEqual([['also fine'], ['doomed'], ['doomed'], ['fine']]);
      expect(collected.stderr).toBe('review-lens: collected 2 results, 1 failed (1 id already in out.jsonl)\n');
      expect(collected.status).toBe(1);
      expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').split('\n')).toEqual([
        '{"id":"fine","ok":true,"analysis":{}}',
        '{"id":"also fine","ok":true,"analysis":{}}',
        '{"id":"doomed","ok":false,"error":"review-lens: doomed: expected an analysis, got a job that failed 2 times: worker thread exited with code 1"}',
        '',
      ]);
      // Nothing is left on the queue.
      expect(await connection.zcard('bull:fail-test:failed')).toBe(0);
      expect(await connection.zcard('bull:fail-test:completed')).toBe(0);
    } finally {
      await crashing.close();
      connection.disconnect();
    }
  });

  it('collect --format parquet writes the tables of what it collected, beside its result lines', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-queue-'));
    const queue = ['--redis', redis.url, '--queue', 'tables-test'];
    expect((await cli(['enqueue', join(ROOT, 'fixtures'), ...queue], dir)).status).toBe(0);
    const { createWorker } = (await import(join(ROOT, 'dist', 'queue.js'))) as typeof import('../src/queue/index');
    const worker = await createWorker({ redis: redis.url, queue: 'tables-test' });
    try {
      const r = await cli(['collect', ...queue, '--format', 'parquet', '--out', 'tables'], dir);
      expect(r.status).toBe(0);
      const lines = readFileSync(join(dir, 'tables', 'results.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; analysis: { characters: Array<{ name: string }> } });
      expect(lines).toHaveLength(2);
      const { asyncBufferFromFile, parquetReadObjects } = await import('hyparquet');
      const characters = (await parquetReadObjects({ file: await asyncBufferFromFile(join(dir, 'tables', 'characters.parquet')) })) as Array<{ document_id: string; name: string }>;
      expect(characters.map((c) => [c.document_id, c.name])).toEqual(lines.flatMap((l) => l.analysis.characters.map((c) => [l.id, c.name])));
      expect(r.stderr).toContain(`characters.parquet (${characters.length} rows)`);
    } finally {
      await worker.close();
    }
  });

  it('refuses a missing --redis, a bad URL and an INPUT given to collect, with the usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-queue-'));
    const cases: Array<[string[], string]> = [
      [['worker'], 'review-lens: expected --redis URL (redis://HOST:PORT), got none'],
      [['enqueue', 'x.txt', '--redis', 'localhost:6379'], 'review-lens: expected --redis to be a URL like redis://HOST:PORT, got "localhost:6379"'],
      [['collect', 'x.txt', '--redis', redis.url], 'review-lens: expected no INPUT for collect, got "x.txt"'],
      [['worker', '--redis', redis.url, '--out', 'x'], 'review-lens: expected a known worker option, got "--out"'],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args, dir);
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(message);
    }
  });

  it('says there is no Redis server at a URL where none answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-queue-'));
    writeFileSync(join(dir, 'a.txt'), 'Fine.');
    // Port 1 on loopback: nothing listens there.
    const r = await cli(['enqueue', 'a.txt', '--redis', 'redis://127.0.0.1:1'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^review-lens: expected a Redis server at redis:\/\/127\.0\.0\.1:1, got .*ECONNREFUSED/);
  });
});

describe.skipIf(!REDIS || !existsSync(join(ROOT, 'dist', 'queue.js')))('review-lens/queue, the library', () => {
  it('createWorker, enqueue and collect give the analyses analyzeReview gives, and a refused text as a failed line', { timeout: 120_000 }, async () => {
    const redis = await startRedis(REDIS as string);
    const { createWorker, enqueue, collect } = (await import(join(ROOT, 'dist', 'queue.js'))) as typeof import('../src/queue/index');
    const { analyzeReview } = await import('../src/index');
    const texts: Record<string, string> = {
      short: 'I love how Cheong-San fights. 9/10',
      meh: 'Boring, and far too long.',
      long: 'A review that goes on and on, far past the limit this worker was given.',
    };
    const worker = await createWorker({ redis: redis.url, queue: 'library', concurrency: 2, maxLength: 60 });
    try {
      const summary = await enqueue(Object.entries(texts).map(([id, text]) => ({ id, text, ...(id === 'meh' ? { meta: { stars: 2 } } : {}) })), { redis: redis.url, queue: 'library' });
      expect(summary).toEqual({ added: 3, skipped: 0 });
      const results = new Map<string, { ok: boolean; json: string }>();
      for await (const r of collect({ redis: redis.url, queue: 'library' })) results.set(r.id, r);
      expect([...results.keys()].sort()).toEqual(['long', 'meh', 'short']);
      expect(JSON.parse(results.get('short')?.json ?? '')).toEqual({ id: 'short', ok: true, analysis: analyzeReview(texts.short as string, { maxLength: 60 }) });
      expect(JSON.parse(results.get('meh')?.json ?? '')).toEqual({ id: 'meh', ok: true, meta: { stars: 2 }, analysis: analyzeReview(texts.meh as string) });
      expect(results.get('long')?.ok).toBe(false);
      expect(() => analyzeReview(texts.long as string, { maxLength: 60 })).toThrow((JSON.parse(results.get('long')?.json ?? '') as { error: string }).error);
      expect(results.get('short')?.ok).toBe(true);
    } finally {
      await worker.close();
      await redis.stop();
    }
  });

  it('a document that ends up in two jobs is collected once, and documentsPerJob must be a positive whole number', { timeout: 120_000 }, async () => {
    const redis = await startRedis(REDIS as string);
    const { createWorker, enqueue, collect } = (await import(join(ROOT, 'dist', 'queue.js'))) as typeof import('../src/queue/index');
    const { analyzeReview } = await import('../src/index');
    const { Queue } = await import('bullmq');
    const { Redis } = await import('ioredis');
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    const texts: Record<string, string> = { first: 'A warm film. 8/10', second: 'Too long, and dull.', third: 'Great cast, weak plot.' };
    const docs = Object.entries(texts).map(([id, text]) => ({ id, text }));
    const worker = await createWorker({ redis: redis.url, queue: 'twice' });
    const queue = new Queue('twice', { connection });
    try {
      await expect(enqueue(docs, { redis: redis.url, queue: 'twice', documentsPerJob: 0 })).rejects.toThrow('review-lens: expected options.documentsPerJob to be a positive whole number, got 0');
      expect(await enqueue(docs, { redis: redis.url, queue: 'twice', documentsPerJob: 2 })).toEqual({ added: 3, skipped: 0 });
      // What two enqueues of overlapping inputs at once can leave: "second" in a job of its own as well.
      await queue.add('analyze', { docs: [docs[1]] }, { jobId: 'extra' });
      const got: Array<{ id: string; json: string }> = [];
      for await (const r of collect({ redis: redis.url, queue: 'twice' })) got.push(r);
      expect(got.map((r) => r.id).sort()).toEqual(['first', 'second', 'third']);
      // The very line batch writes.
      for (const r of got) expect(r.json).toBe(JSON.stringify({ id: r.id, ok: true, analysis: analyzeReview(texts[r.id] as string) }));
      expect(await connection.zcard('bull:twice:completed')).toBe(0);
    } finally {
      await queue.close();
      await worker.close();
      connection.disconnect();
      await redis.stop();
    }
  });
});

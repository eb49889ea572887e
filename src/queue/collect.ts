/** `collect`: the finished results of the queue, each written once, then taken off Redis. */
import { collectedKey } from './keys';
import { loadQueueModules, QUEUE_STREAMS, queueName, redisUrl, type QueueConnection } from './connect';
import { failedResult, jobIdOf, type ChunkResult, type QueueChunk, type QueueDocument } from './job';

/** Options of {@link collect}. */
export interface CollectOptions extends QueueConnection {
  /**
   * Keep waiting for more results once the queue is empty (default false: stop when nothing is
   * waiting, running or waiting for a retry and every result is out).
   */
  follow?: boolean;
  /** Ids already written elsewhere (an earlier run's output): their results are taken off Redis, not given again. */
  skip?: ReadonlySet<string>;
  /** Stops the collection after the result at hand. */
  signal?: AbortSignal;
  /** Milliseconds between looks at an empty queue (default 200). */
  pollInterval?: number;
}

/** One collected result. */
export interface CollectedResult {
  /** The document id. */
  id: string;
  /** Whether it was analysed: false for a document that could not be, or that failed every try. */
  ok: boolean;
  /**
   * The result as one line of JSON, without its newline: exactly what `review-lens batch` writes
   * for the same document (`{ id, ok: true, meta?, analysis }` or `{ id, ok: false, error }`).
   */
  json: string;
}

/** Jobs read from Redis in one round trip. */
const PAGE = 64;

/** Milliseconds to wait after a short page before reading the next. */
const GATHER_MS = 50;

/** One line of a finished job, with the job it came from. */
interface Line extends CollectedResult {
  jobId: string;
}

/** The document ids of a job's data, as stored (an empty list when it cannot be read). */
function documentsOf(data: string | null | undefined): QueueDocument[] {
  try {
    const docs = (JSON.parse(data ?? 'null') as Partial<QueueChunk> | null)?.docs;
    return Array.isArray(docs) ? docs.filter((d) => typeof d?.id === 'string') : [];
  } catch {
    return [];
  }
}

/** The lines of a job the processor finished, or null when its return value is not one. */
function linesOf(jobId: string, returnvalue: string | null): Line[] | null {
  let value: Partial<ChunkResult> | null;
  try {
    value = JSON.parse(returnvalue ?? 'null') as Partial<ChunkResult> | null;
  } catch {
    return null;
  }
  if (!value || !Array.isArray(value.ids) || typeof value.lines !== 'string') return null;
  const texts = value.lines.split('\n');
  if (texts.length !== value.ids.length) return null;
  return value.ids.map((id, i) => {
    const json = texts[i] as string;
    return { jobId, id, ok: json.startsWith(JSON.stringify({ id, ok: true }).slice(0, -1)), json };
  });
}

/**
 * The queue's finished results, as they come, one per document. A result counts as written
 * once the consumer asks for the next one: its id then goes into a set of collected ids, so it
 * is never given again, and a job is taken off Redis once all its results are written (one the
 * consumer had not written when it died is given to the next collect). A job of several
 * documents that failed every try (its worker crashed each time) is queued again as one job per
 * document, so the others are analysed all the same; a document that fails every try alone
 * comes as an `ok: false` line saying so.
 *
 * @param options - The Redis URL and queue, `follow`, `skip`, `signal` and `pollInterval`.
 * @returns An async iterable of {@link CollectedResult}s.
 * @throws TypeError for a bad URL or queue name; an Error naming the packages when bullmq or
 *   ioredis is missing.
 *
 * @example
 * ```ts
 * import { appendFileSync } from 'node:fs';
 * import { collect } from 'review-lens/queue';
 * for await (const r of collect({ redis: 'redis://127.0.0.1:6379' })) appendFileSync('results.jsonl', `${r.json}\n`);
 * ```
 */
export async function* collect(options: CollectOptions): AsyncGenerator<CollectedResult> {
  const url = redisUrl(options);
  const name = queueName(options);
  const poll = options.pollInterval ?? 200;
  const { bullmq, connect } = await loadQueueModules();
  const connection = await connect(url);
  const queue = new bullmq.Queue(name, { connection, streams: QUEUE_STREAMS });
  const collected = collectedKey(queue.opts.prefix ?? 'bull', name);
  const stopped = (): boolean => options.signal?.aborted === true;
  /** The lines of one page of completed jobs. */
  const completedPage = async (): Promise<Line[]> => {
    const jobIds = await connection.zrange(queue.keys.completed as string, '0', String(PAGE - 1));
    if (!jobIds.length) return [];
    const pipeline = connection.pipeline();
    for (const jobId of jobIds) pipeline.hget(queue.toKey(jobId), 'returnvalue');
    const values = (await pipeline.exec()) ?? [];
    const lines: Line[] = [];
    for (const [i, jobId] of jobIds.entries()) {
      const found = linesOf(jobId, (values[i]?.[1] ?? null) as string | null);
      if (found) lines.push(...found);
      else {
        const docs = documentsOf(await connection.hget(queue.toKey(jobId), 'data'));
        lines.push(...docs.map(({ id }) => ({ jobId, id, ok: false, json: JSON.stringify(failedResult(id, `${id}: expected an analysis, got a job that finished without a result`)) })));
        // A job with no document to tell of is taken off all the same.
        if (!docs.length) lines.push({ jobId, id: '', ok: false, json: '' });
      }
    }
    return lines;
  };
  /**
   * The lines of one page of failed jobs: a job of one document gives its error line; a job of
   * several is queued again as one job per document (with the same tries), and taken off.
   */
  const failedPage = async (): Promise<Line[]> => {
    const jobIds = await connection.zrange(queue.keys.failed as string, '0', String(PAGE - 1));
    if (!jobIds.length) return [];
    const pipeline = connection.pipeline();
    for (const jobId of jobIds) pipeline.hmget(queue.toKey(jobId), 'data', 'failedReason', 'attemptsMade', 'atm', 'opts');
    const fields = (await pipeline.exec()) ?? [];
    const lines: Line[] = [];
    for (const [i, jobId] of jobIds.entries()) {
      const [data, reason, made, atm, opts] = (fields[i]?.[1] ?? []) as Array<string | null>;
      const docs = documentsOf(data);
      if (docs.length > 1) {
        let attempts = 1;
        try {
          attempts = Number((JSON.parse(opts ?? '{}') as { attempts?: number }).attempts ?? 1);
        } catch {
          // Options that cannot be read: one try each.
        }
        // The ids of jobs of one document are fixed, so a collect that dies before taking the
        // failed job off queues the same jobs again, which BullMQ does not add twice.
        await queue.addBulk(docs.map((doc) => ({ name: 'analyze', data: { docs: [doc] } satisfies QueueChunk, opts: { jobId: jobIdOf(doc.id), attempts, backoff: { type: 'exponential', delay: 1000 } } })));
        await queue.remove(jobId);
        continue;
      }
      const tries = Number(atm ?? made ?? 0);
      const why = `failed ${tries === 1 ? 'once' : `${tries} times`}: ${reason ?? 'no reason given'}`;
      lines.push(...docs.map(({ id }) => ({ jobId, id, ok: false, json: JSON.stringify(failedResult(id, `${id}: expected an analysis, got a job that ${why}`)) })));
      if (!docs.length) lines.push({ jobId, id: '', ok: false, json: '' });
    }
    return lines;
  };
  /**
   * Records written lines as collected, then takes off Redis the jobs all of whose lines are
   * written (`jobs`: how many lines each job of the page has).
   */
  const acknowledge = async (done: Line[], jobs: ReadonlyMap<string, number>): Promise<void> => {
    if (!done.length) return;
    const ids = done.filter((d) => d.id !== '').map((d) => d.id);
    if (ids.length) await connection.sadd(collected, ...ids);
    const written = new Map<string, number>();
    for (const d of done) written.set(d.jobId, (written.get(d.jobId) ?? 0) + 1);
    await Promise.all([...written].filter(([jobId, n]) => jobs.get(jobId) === n).map(([jobId]) => queue.remove(jobId)));
  };
  const pending = async (): Promise<number> => {
    const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  };
  try {
    let emptyTurns = 0;
    while (!stopped()) {
      const results = [...(await completedPage()), ...(await failedPage())];
      const jobs = new Map<string, number>();
      for (const r of results) jobs.set(r.jobId, (jobs.get(r.jobId) ?? 0) + 1);
      // Lines already written (by a collect that stopped within a job, or of a document queued
      // in two jobs) are taken off without being given again.
      const written = results.length ? await connection.smismember(collected, ...results.map((r) => r.id)) : [];
      const given = new Set<string>();
      const done: Line[] = [];
      try {
        for (const [i, r] of results.entries()) {
          if (stopped()) break;
          if (r.id !== '' && written[i] === 0 && !given.has(r.id) && !options.skip?.has(r.id)) yield { id: r.id, ok: r.ok, json: r.json };
          given.add(r.id);
          done.push(r);
        }
      } finally {
        await acknowledge(done, jobs);
      }
      if (results.length) {
        emptyTurns = 0;
        // A short page means results come in one by one: a moment's wait lets them gather, so
        // each round trip to Redis serves many results rather than one.
        if (jobs.size < PAGE) await new Promise((resolve) => setTimeout(resolve, GATHER_MS));
        continue;
      }
      // Nothing finished: the end when nothing is left to finish either, looked at after a page
      // came back empty (a job moves to completed before it leaves active, so one more empty page
      // after an empty queue means nothing was missed).
      if (!options.follow && (await pending()) === 0) {
        if (++emptyTurns >= 2) break;
        continue;
      }
      emptyTurns = 0;
      await new Promise((resolve) => setTimeout(resolve, poll));
    }
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

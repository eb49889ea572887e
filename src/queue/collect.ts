/** `collect`: the finished results of the queue, each written once, then taken off Redis. */
import { collectedKey } from './keys';
import { loadQueueModules, QUEUE_STREAMS, queueName, redisUrl, type QueueConnection } from './connect';
import { failedResult } from './job';

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

/** Results read from Redis in one round trip. */
const PAGE = 128;

/** Milliseconds to wait after a short page before reading the next. */
const GATHER_MS = 50;

/** The document id of a job id made by jobIdOf. */
function documentId(jobId: string): string {
  return decodeURIComponent(jobId.slice(1));
}

/**
 * The queue's finished results, as they come. Each result is taken off Redis only once the
 * consumer asks for the next one (so a result the consumer has written is never given again, and
 * one it had not written when it died is given to the next collect); its id goes into a set that
 * keeps `enqueue` from queueing the document again. A document that failed every try (its
 * worker crashed each time) comes as an `ok: false` line saying so.
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
  /** One page of finished jobs of a kind, with what the lines need. */
  const page = async (kind: 'completed' | 'failed'): Promise<Array<CollectedResult & { jobId: string }>> => {
    const jobIds = await connection.zrange(queue.keys[kind] as string, '0', String(PAGE - 1));
    if (!jobIds.length) return [];
    const pipeline = connection.pipeline();
    for (const jobId of jobIds) pipeline.hmget(queue.toKey(jobId), 'returnvalue', 'failedReason', 'attemptsMade', 'atm');
    const fields = (await pipeline.exec()) ?? [];
    return jobIds.map((jobId, i) => {
      const id = documentId(jobId);
      const [returnvalue, reason, made, atm] = (fields[i]?.[1] ?? []) as Array<string | null>;
      if (kind === 'completed' && returnvalue) {
        // The processor returned the result line: its JSON is stored as it is written.
        const ok = returnvalue.startsWith(JSON.stringify({ id, ok: true }).slice(0, -1));
        return { jobId, id, ok, json: returnvalue };
      }
      const tries = Number(atm ?? made ?? 0);
      const why = kind === 'completed' ? 'finished without a result' : `failed ${tries === 1 ? 'once' : `${tries} times`}: ${reason ?? 'no reason given'}`;
      return { jobId, id, ok: false, json: JSON.stringify(failedResult(id, `${id}: expected an analysis, got a job that ${why}`)) };
    });
  };
  /** Takes written results off Redis, and records their ids as collected. */
  const acknowledge = async (done: Array<{ jobId: string; id: string }>): Promise<void> => {
    if (!done.length) return;
    await connection.sadd(collected, ...done.map((d) => d.id));
    await Promise.all(done.map((d) => queue.remove(d.jobId)));
  };
  const pending = async (): Promise<number> => {
    const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  };
  try {
    let emptyTurns = 0;
    while (!stopped()) {
      const results = [...(await page('completed')), ...(await page('failed'))];
      const done: Array<{ jobId: string; id: string }> = [];
      try {
        for (const r of results) {
          if (stopped()) break;
          if (!options.skip?.has(r.id)) yield { id: r.id, ok: r.ok, json: r.json };
          done.push(r);
        }
      } finally {
        await acknowledge(done);
      }
      if (results.length) {
        emptyTurns = 0;
        // A short page means results come in one by one: a moment's wait lets them gather, so
        // each round trip to Redis serves many results rather than one.
        if (results.length < PAGE) await new Promise((resolve) => setTimeout(resolve, GATHER_MS));
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

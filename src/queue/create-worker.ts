/** `createWorker`: a BullMQ worker that analyses the queue's documents in sandboxed threads. */
import { fileURLToPath } from 'node:url';
import type { Worker } from 'bullmq';
import type { AnalyzeOptions } from '../types';
import { loadQueueModules, queueName, redisUrl, type QueueConnection } from './connect';

/** Options of {@link createWorker}. */
export interface WorkerOptions extends QueueConnection, Pick<AnalyzeOptions, 'works' | 'maxLength'> {
  /** Documents analysed at once, each in a thread of its own (default 1). */
  concurrency?: number;
  /**
   * Milliseconds a job's lock lasts without being renewed (default 30000): when a worker dies,
   * its documents go back to the queue after about this long and are analysed by another.
   */
  lockDuration?: number;
  /** Times a document may lose its worker (a crash, a kill) before it is failed for good (default 2). */
  maxStalledCount?: number;
}

/** A running worker. */
export interface QueueWorker {
  /** The BullMQ worker, for its events (`completed`, `failed`, `error`). */
  readonly worker: Worker;
  /** Finishes the documents at hand, then stops and closes the connection. */
  close(): Promise<void>;
}

function positive(value: number | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`review-lens: expected ${what} to be a positive whole number, got ${String(value)}`);
  return value;
}

/**
 * Starts a worker on the queue: it takes documents put there by {@link enqueue}, analyses each in
 * a BullMQ sandboxed processor (a worker thread, so a crash or a runaway document cannot take
 * the worker's lock renewal with it), and stores each result line for {@link collect}. A thread
 * that crashes fails its job, which BullMQ retries with backoff; a worker process that is killed
 * leaves its jobs to be taken back by the other workers once their lock runs out.
 *
 * @param options - The Redis URL and queue, `concurrency`, `lockDuration`, and analyzeReview's
 *   `works` and `maxLength` for every document.
 * @returns The running worker; call `close()` to stop it.
 * @throws TypeError / RangeError for a bad URL, queue name or number; an Error naming the
 *   packages to install when bullmq or ioredis is missing.
 *
 * @example
 * ```ts
 * import { createWorker } from 'review-lens/queue';
 * const { close } = await createWorker({ redis: 'redis://127.0.0.1:6379', concurrency: 2 });
 * process.on('SIGTERM', () => void close());
 * ```
 */
export async function createWorker(options: WorkerOptions): Promise<QueueWorker> {
  const url = redisUrl(options);
  const name = queueName(options);
  const concurrency = positive(options.concurrency, 'options.concurrency') ?? 1;
  const lockDuration = positive(options.lockDuration, 'options.lockDuration') ?? 30_000;
  const maxStalledCount = positive(options.maxStalledCount, 'options.maxStalledCount') ?? 2;
  const { bullmq, connect } = await loadQueueModules();
  const connection = await connect(url);
  const analyzeOptions: AnalyzeOptions = {
    ...(options.works ? { works: options.works } : {}),
    ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
  };
  const worker = new bullmq.Worker(name, fileURLToPath(new URL('./queue-processor.js', import.meta.url)), {
    connection,
    concurrency,
    useWorkerThreads: true,
    workerThreadsOptions: { workerData: { analyzeOptions } },
    lockDuration,
    // Stalled jobs are looked for as often as locks run out, so a killed worker's documents wait
    // about one lock's time.
    stalledInterval: lockDuration,
    maxStalledCount,
  });
  // Errors of the connection are retried by ioredis; without a listener Node would throw them.
  worker.on('error', () => undefined);
  return {
    worker,
    close: async () => {
      await worker.close();
      connection.disconnect();
    },
  };
}

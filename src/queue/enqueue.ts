/** `enqueue`: puts documents on the queue, each once. */
import { queuedKey } from './keys';
import { loadQueueModules, QUEUE_STREAMS, queueName, redisUrl, type QueueConnection } from './connect';
import { chunkJobIdOf, type QueueChunk, type QueueDocument } from './job';

/** Options of {@link enqueue}. */
export interface EnqueueOptions extends QueueConnection {
  /**
   * Tries per job when its worker crashes (default 3), with exponential backoff from one second;
   * a job of several documents that fails every try is tried again one document per job.
   */
  attempts?: number;
  /**
   * Documents put in one job, at most (default 16): each job costs the same hand-offs and Redis
   * round trips, so short documents go several to a job. A job of documents longer than
   * 32,000 characters in all is closed early, so long documents are not held back together.
   */
  documentsPerJob?: number;
}

/** What {@link enqueue} did. */
export interface EnqueueSummary {
  /** Documents put on the queue. */
  added: number;
  /** Documents left out: already on the queue (waiting, running, done or failed) or already collected. */
  skipped: number;
}

/** Documents sent to Redis in one round trip. */
const CHUNK = 256;

/** Characters of text after which a job takes no more documents. */
const JOB_TEXT = 32_000;

/** Splits documents into jobs of at most `perJob` documents and about JOB_TEXT characters. */
function jobsOf(docs: readonly QueueDocument[], perJob: number): QueueDocument[][] {
  const jobs: QueueDocument[][] = [];
  let job: QueueDocument[] = [];
  let size = 0;
  for (const doc of docs) {
    job.push(doc);
    size += doc.text.length;
    if (job.length >= perJob || size >= JOB_TEXT) {
      jobs.push(job);
      job = [];
      size = 0;
    }
  }
  if (job.length) jobs.push(job);
  return jobs;
}

/**
 * Puts documents on the queue, several to a job: a document already queued (waiting, being
 * analysed, done, failed or collected) is not queued again, however often it is enqueued (its
 * id is kept in a set beside the queue). Documents are sent in chunks, so an iterable of
 * millions streams. A job whose worker crashes is tried again as a whole; one that fails every
 * try is split by `collect` into one job per document, so a document that crashes its worker
 * never takes the others with it.
 *
 * @param documents - An iterable or async iterable of `{ id, text, meta? }`.
 * @param options - The Redis URL and queue, `attempts` and `documentsPerJob`.
 * @returns How many documents were added and how many skipped.
 * @throws TypeError for a bad URL or queue name, or a document without a string `id` and `text`.
 *
 * @example
 * ```ts
 * import { enqueue } from 'review-lens/queue';
 * await enqueue([{ id: 'r1', text: 'Great show. 9/10' }], { redis: 'redis://127.0.0.1:6379' });
 * ```
 */
export async function enqueue(documents: Iterable<QueueDocument> | AsyncIterable<QueueDocument>, options: EnqueueOptions): Promise<EnqueueSummary> {
  const url = redisUrl(options);
  const name = queueName(options);
  const attempts = options.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`review-lens: expected options.attempts to be a positive whole number, got ${String(attempts)}`);
  const perJob = options.documentsPerJob ?? 16;
  if (!Number.isInteger(perJob) || perJob < 1) throw new RangeError(`review-lens: expected options.documentsPerJob to be a positive whole number, got ${String(perJob)}`);
  const { bullmq, connect } = await loadQueueModules();
  const connection = await connect(url);
  const queue = new bullmq.Queue(name, { connection, streams: QUEUE_STREAMS });
  const queued = queuedKey(queue.opts.prefix ?? 'bull', name);
  const summary: EnqueueSummary = { added: 0, skipped: 0 };
  const send = async (chunk: QueueDocument[]): Promise<void> => {
    // Which are known already, in one round trip.
    const known = await connection.smismember(queued, ...chunk.map((doc) => doc.id));
    const seen = new Set<string>();
    const fresh = chunk.filter((doc, i) => {
      const isNew = !seen.has(doc.id) && known[i] === 0;
      seen.add(doc.id);
      return isNew;
    });
    summary.skipped += chunk.length - fresh.length;
    summary.added += fresh.length;
    if (!fresh.length) return;
    // The jobs first, then the ids: an enqueue that dies in between leaves documents that the
    // next enqueue queues again, never documents marked queued that are not. Two enqueues of the
    // same documents at once make the same job ids (BullMQ keeps one); two of overlapping
    // documents may queue one twice, and collect writes it once.
    await queue.addBulk(jobsOf(fresh, perJob).map((docs) => ({
      name: 'analyze',
      data: { docs: docs.map((doc) => (doc.meta ? { id: doc.id, text: doc.text, meta: doc.meta } : { id: doc.id, text: doc.text })) } satisfies QueueChunk,
      opts: { jobId: chunkJobIdOf(docs), attempts, backoff: { type: 'exponential', delay: 1000 } },
    })));
    await connection.sadd(queued, ...fresh.map((doc) => doc.id));
  };
  try {
    let chunk: QueueDocument[] = [];
    for await (const doc of documents) {
      if (doc === null || typeof doc !== 'object' || typeof doc.id !== 'string' || typeof doc.text !== 'string') {
        // The documents before it are queued all the same.
        if (chunk.length) await send(chunk);
        throw new TypeError('review-lens: expected documents of { id: string, text: string }, got one that is not');
      }
      chunk.push(doc);
      if (chunk.length >= CHUNK) {
        await send(chunk);
        chunk = [];
      }
    }
    if (chunk.length) await send(chunk);
  } finally {
    await queue.close();
    connection.disconnect();
  }
  return summary;
}

/** `enqueue`: puts documents on the queue, each once. */
import { collectedKey } from './keys';
import { loadQueueModules, QUEUE_STREAMS, queueName, redisUrl, type QueueConnection } from './connect';
import { jobIdOf, type QueueDocument } from './job';

/** Options of {@link enqueue}. */
export interface EnqueueOptions extends QueueConnection {
  /** Tries per document when its worker crashes (default 3), with exponential backoff from one second. */
  attempts?: number;
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

/**
 * Puts documents on the queue, with the document id as the job id: a document already there
 * (waiting, being analysed, done or failed) or already collected is not queued again, however
 * often it is enqueued. Documents are sent in chunks, so an iterable of millions streams.
 *
 * @param documents - An iterable or async iterable of `{ id, text, meta? }`.
 * @param options - The Redis URL and queue, and `attempts`.
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
  const { bullmq, connect } = await loadQueueModules();
  const connection = await connect(url);
  const queue = new bullmq.Queue(name, { connection, streams: QUEUE_STREAMS });
  const collected = collectedKey(queue.opts.prefix ?? 'bull', name);
  const summary: EnqueueSummary = { added: 0, skipped: 0 };
  const send = async (chunk: QueueDocument[]): Promise<void> => {
    // Look up which are known already, in one round trip; BullMQ still refuses a job id it has
    // (two enqueues at once), this only keeps the count right and collected ones out.
    const pipeline = connection.pipeline();
    for (const doc of chunk) {
      pipeline.exists(queue.toKey(jobIdOf(doc.id)));
      pipeline.sismember(collected, doc.id);
    }
    const known = (await pipeline.exec()) ?? [];
    const seen = new Set<string>();
    const fresh = chunk.filter((doc, i) => {
      const isNew = !seen.has(doc.id) && known[2 * i]?.[1] === 0 && known[2 * i + 1]?.[1] === 0;
      seen.add(doc.id);
      return isNew;
    });
    summary.skipped += chunk.length - fresh.length;
    summary.added += fresh.length;
    if (!fresh.length) return;
    await queue.addBulk(fresh.map((doc) => ({
      name: 'analyze',
      data: doc.meta ? { id: doc.id, text: doc.text, meta: doc.meta } : { id: doc.id, text: doc.text },
      opts: { jobId: jobIdOf(doc.id), attempts, backoff: { type: 'exponential', delay: 1000 } },
    })));
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

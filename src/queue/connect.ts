/**
 * BullMQ and ioredis, loaded when a queue command or function runs: they are optional peer
 * dependencies, so the core package (and its browser build) never loads them.
 */
import type * as BullMQ from 'bullmq';
import type { Redis } from 'ioredis';
import { messageOf } from '../errors';

/** The queue name used when none is given. */
export const DEFAULT_QUEUE = 'review-lens';

/**
 * The events stream BullMQ keeps per queue, at most: each `completed` event holds the whole
 * result, so BullMQ's default (10,000 events) would keep that many results in Redis a second
 * time. Every Queue object review-lens makes sets the same value (each writes it on creation).
 */
export const QUEUE_STREAMS = { events: { maxLen: 500 } };

/** Where the queue lives: shared by {@link createWorker}, {@link enqueue} and {@link collect}. */
export interface QueueConnection {
  /** The Redis server, as a URL: `redis://HOST:PORT` (with `/DB`, `rediss://` and a password as ioredis reads them). */
  redis: string;
  /** The queue's name (default `review-lens`); the same on every worker, enqueue and collect. */
  queue?: string;
}

/** The two packages, loaded. */
export interface QueueModules {
  bullmq: typeof BullMQ;
  /**
   * Opens a connection to `url` as BullMQ wants it (once up, commands wait for a reconnect rather
   * than fail), after checking that a server answers there.
   */
  connect: (url: string) => Promise<Redis>;
}

/** Milliseconds to wait for the first answer of the Redis server. */
const FIRST_ANSWER_MS = 10_000;

/**
 * Waits for `client` to be ready, or throws the reason it is not (no server, a bad password):
 * a run that starts against the wrong address says so at once rather than retrying unseen.
 * Once connected, a dropped connection is retried by ioredis.
 */
async function ready(client: Redis, url: string): Promise<Redis> {
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer in ${FIRST_ANSWER_MS / 1000} s`)), FIRST_ANSWER_MS);
      client.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      client.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  } catch (e) {
    client.disconnect();
    throw new Error(`review-lens: expected a Redis server at ${url}, got ${messageOf(e)}`);
  }
  // Later errors (a dropped connection) are retried by ioredis; without a listener Node would throw them.
  client.on('error', () => undefined);
  return client;
}

/** Loads bullmq and ioredis, or says which to install. */
export async function loadQueueModules(): Promise<QueueModules> {
  let bullmq: typeof BullMQ;
  let RedisClass: typeof Redis;
  try {
    bullmq = await import('bullmq');
    ({ Redis: RedisClass } = await import('ioredis'));
  } catch (e) {
    throw new Error(`review-lens: expected the optional packages bullmq and ioredis for the queue (npm install bullmq ioredis), got ${messageOf(e)}`);
  }
  return { bullmq, connect: (url) => ready(new RedisClass(url, { maxRetriesPerRequest: null }), url) };
}

/** The queue name of `options`, checked: BullMQ refuses a colon in it. */
export function queueName(options: QueueConnection): string {
  const name = options.queue ?? DEFAULT_QUEUE;
  if (typeof name !== 'string' || name === '' || name.includes(':')) throw new TypeError(`review-lens: expected a queue name without ":", got ${JSON.stringify(name)}`);
  return name;
}

/** Checks that `redis` is a redis:// or rediss:// URL before anything connects. */
export function redisUrl(options: QueueConnection): string {
  const url = options.redis;
  if (typeof url !== 'string' || !/^rediss?:\/\//.test(url)) throw new TypeError(`review-lens: expected a Redis URL (redis://HOST:PORT), got ${JSON.stringify(url)}`);
  return url;
}

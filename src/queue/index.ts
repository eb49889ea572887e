/**
 * review-lens/queue: batch analysis past one machine, on BullMQ (Redis). `enqueue` puts
 * documents on a queue, workers started with `createWorker` (on as many hosts as wanted) analyse
 * them, and `collect` gives each result once. Needs the optional peer dependencies `bullmq` and
 * `ioredis`.
 *
 * @packageDocumentation
 */
export { createWorker } from './create-worker';
export type { QueueWorker, WorkerOptions } from './create-worker';
export { enqueue } from './enqueue';
export type { EnqueueOptions, EnqueueSummary } from './enqueue';
export { collect } from './collect';
export type { CollectOptions, CollectedResult } from './collect';
export { DEFAULT_QUEUE } from './connect';
export type { QueueConnection } from './connect';
export type { QueueDocument, QueueFailure, QueueResult, QueueSuccess } from './job';

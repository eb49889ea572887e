/**
 * The sandboxed processor BullMQ runs each job in (a worker thread of its own, as BullMQ asks for
 * CPU-heavy jobs: the worker's main thread keeps renewing locks while a document is analysed).
 * It returns the result line itself, so the value stored in Redis is the very JSON `collect`
 * writes, with no second pass over it.
 */
import { workerData } from 'node:worker_threads';
import { analyzeReview } from '../analyze-review';
import { messageOf } from '../errors';
import type { AnalyzeOptions } from '../types';
import { failedResult, type QueueDocument, type QueueResult } from './job';

/** What the processor reads of a job. */
interface SandboxedJob {
  data: QueueDocument;
}

/** The analysis options every job of this worker uses, handed to the thread by createWorker. */
const options: AnalyzeOptions = ((workerData as { analyzeOptions?: AnalyzeOptions } | null)?.analyzeOptions) ?? {};

/**
 * Analyses one job's document. A document that cannot be analysed (too long, not text) gives a
 * failed line at once: trying it again would fail the same way. Only a crash of the thread or
 * process (the job then fails in BullMQ) is retried.
 */
export default function processDocument(job: SandboxedJob): QueueResult {
  const { id, text, meta } = job.data;
  try {
    const analysis = analyzeReview(text, options);
    return { id, ok: true, ...(meta ? { meta } : {}), analysis };
  } catch (e) {
    // The same words as batch's line for this document.
    return failedResult(id, messageOf(e));
  }
}

/**
 * The sandboxed processor BullMQ runs each job in (a worker thread of its own, as BullMQ asks for
 * CPU-heavy jobs: the worker's main thread keeps renewing locks while documents are analysed).
 * It returns the result lines themselves as one string, so what crosses back from the thread
 * and what is stored in Redis is the very text `collect` writes, with no second pass over it.
 */
import { workerData } from 'node:worker_threads';
import { analyzeReview } from '../analyze-review';
import { messageOf } from '../errors';
import type { AnalyzeOptions } from '../types';
import { failedResult, type ChunkResult, type QueueChunk, type QueueDocument, type QueueResult } from './job';

/** What the processor reads of a job. */
interface SandboxedJob {
  data: QueueChunk;
}

/** The analysis options every job of this worker uses, handed to the thread by createWorker. */
const options: AnalyzeOptions = ((workerData as { analyzeOptions?: AnalyzeOptions } | null)?.analyzeOptions) ?? {};

/**
 * One document's line. A document that cannot be analysed (too long, not text) gives a failed
 * line at once: trying it again would fail the same way. Only a crash of the thread or process
 * (the job then fails in BullMQ) is retried.
 */
function resultOf({ id, text, meta }: QueueDocument): QueueResult {
  try {
    const analysis = analyzeReview(text, options);
    return { id, ok: true, ...(meta ? { meta } : {}), analysis };
  } catch (e) {
    // The same words as batch's line for this document.
    return failedResult(id, messageOf(e));
  }
}

/** Analyses one job's documents, one after the other, and returns their lines. */
export default function processChunk(job: SandboxedJob): ChunkResult {
  const ids: string[] = [];
  const lines: string[] = [];
  for (const doc of job.data.docs) {
    ids.push(doc.id);
    lines.push(JSON.stringify(resultOf(doc)));
  }
  return { ids, lines: lines.join('\n') };
}

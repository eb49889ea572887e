/** The batch worker: one wink instance per worker thread, loaded once, reused for every document. */
import { analyzeReview } from '../analyze-review';
import { messageOf } from '../errors';
import type { AnalyzeOptions, ReviewAnalysis } from '../types';

/** One document's outcome in a worker: its analysis, or the reason there is none. */
export type WorkerOutcome = { ok: true; analysis: ReviewAnalysis } | { ok: false; error: string };

/**
 * Analyses a group of documents in a worker thread, one after the other: a group travels as one
 * message each way, which costs both threads less per document than a message each. A document
 * that throws fails alone.
 */
export default function analyzeInWorker(task: { texts: unknown[]; options?: AnalyzeOptions }): WorkerOutcome[] {
  return task.texts.map((text): WorkerOutcome => {
    try {
      return { ok: true, analysis: analyzeReview(text as string, task.options) };
    } catch (e) {
      return { ok: false, error: messageOf(e) };
    }
  });
}

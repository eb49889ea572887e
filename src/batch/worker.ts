/** The batch worker: one wink instance per worker thread, loaded once, reused for every document. */
import { analyzeReview } from '../analyze-review';
import { messageOf } from '../errors';
import type { AnalyzeOptions, ReviewAnalysis } from '../types';

/** One document's outcome in a worker: its analysis, or the reason there is none. */
export type WorkerOutcome = { ok: true; analysis: ReviewAnalysis } | { ok: false; error: string };

/** One document's outcome in a worker, its analysis as JSON text. */
export type WorkerJsonOutcome = { ok: true; json: string } | { ok: false; error: string };

/** What a worker is sent: a group of texts, analyzeReview's options, and the form of the results. */
export interface WorkerTask {
  /** The texts, analysed in order. */
  texts: unknown[];
  /** analyzeReview's options, the same for every text. */
  options?: AnalyzeOptions;
  /**
   * Give each analysis back as its JSON text: a string crosses to the main thread as one copy,
   * where an object is cloned field by field here and rebuilt there, and a caller that writes
   * JSON would serialise the rebuilt object again.
   */
  json?: boolean;
}

/**
 * Analyses a group of documents in a worker thread, one after the other: a group travels as one
 * message each way, which costs both threads less per document than a message each. A document
 * that throws fails alone.
 */
export default function analyzeInWorker(task: WorkerTask): Array<WorkerOutcome | WorkerJsonOutcome> {
  return task.texts.map((text): WorkerOutcome | WorkerJsonOutcome => {
    try {
      const analysis = analyzeReview(text as string, task.options);
      return task.json === true ? { ok: true, json: JSON.stringify(analysis) } : { ok: true, analysis };
    } catch (e) {
      return { ok: false, error: messageOf(e) };
    }
  });
}

/** The batch worker: one wink instance per worker thread, loaded once, reused for every document. */
import { analyzeReview } from '../analyze-review';
import type { AnalyzeOptions, ReviewAnalysis } from '../types';

/** Analyses one document in a worker thread. */
export default function analyzeInWorker(task: { text: unknown; options?: AnalyzeOptions }): ReviewAnalysis {
  return analyzeReview(task.text as string, task.options);
}

/**
 * What travels through the queue: a document as job data, and the result line a worker returns.
 * Kept free of BullMQ and ioredis so the sandboxed processor loads neither.
 */
import type { ReviewAnalysis } from '../types';

/** One document on the queue: the job's data. */
export interface QueueDocument {
  /** The caller's id; it also makes the job id, so a document is queued once. */
  id: string;
  /** The text to analyse. */
  text: string;
  /** The input's other CSV columns or JSONL fields, written on the result line as `meta`. */
  meta?: Record<string, unknown>;
}

/** A document analysed, as its result line. */
export interface QueueSuccess {
  /** The document id. */
  id: string;
  /** Always true here. */
  ok: true;
  /** The input's other fields, when it had any. */
  meta?: Record<string, unknown>;
  /** What analyzeReview returned. */
  analysis: ReviewAnalysis;
}

/** A document that could not be analysed, or failed every try, as its result line. */
export interface QueueFailure {
  /** The document id. */
  id: string;
  /** Always false here. */
  ok: false;
  /** The reason, as a sentence starting "review-lens:". */
  error: string;
}

/** One collected result: the line `review-lens batch` writes for the same document. */
export type QueueResult = QueueSuccess | QueueFailure;

/**
 * The BullMQ job id of a document id. BullMQ refuses ids with a colon (`reviews.jsonl:3`) and ids
 * that read as integers (`42`): the id is percent-encoded (which maps distinct ids to distinct
 * job ids) behind a letter.
 */
export function jobIdOf(id: string): string {
  return `d${encodeURIComponent(id)}`;
}

/** The result line of a document that failed, in the words `batch` uses. */
export function failedResult(id: string, error: string): QueueResult {
  return { id, ok: false, error: error.startsWith('review-lens: ') ? error : `review-lens: ${error}` };
}

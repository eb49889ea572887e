/**
 * What travels through the queue: a few documents as one job's data, and the result lines a
 * worker returns for them. Kept free of BullMQ and ioredis so the sandboxed processor loads neither.
 */
import { createHash } from 'node:crypto';
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

/**
 * One job's data: documents analysed one after the other in the same thread. Each job costs the
 * same hand-offs and Redis round trips however small its documents are, so short documents
 * travel several to a job.
 */
export interface QueueChunk {
  /** The documents, in the order their lines come back. */
  docs: QueueDocument[];
}

/** What the processor returns for a job: one result line per document. */
export interface ChunkResult {
  /** The document ids, in the order of `lines`. */
  ids: string[];
  /**
   * The result lines joined by newlines (JSON never holds a raw newline): stored in Redis as one
   * string, so `collect` writes each line as it is, without parsing the analyses again.
   */
  lines: string;
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
 * The BullMQ job id of a job holding one document (such as each document of a job that failed
 * every try, tried alone). BullMQ refuses ids with a colon (`reviews.jsonl:3`) and ids that read
 * as integers (`42`): the id is percent-encoded (which maps distinct ids to distinct job ids)
 * behind a letter.
 */
export function jobIdOf(id: string): string {
  return `d${encodeURIComponent(id)}`;
}

/**
 * The BullMQ job id of a job of several documents: a digest of all their ids, so the same
 * documents queued twice at once make the same job (BullMQ keeps one), and jobs of other
 * documents never clash with it.
 */
export function chunkJobIdOf(docs: readonly QueueDocument[]): string {
  if (docs.length === 1) return jobIdOf((docs[0] as QueueDocument).id);
  const hash = createHash('sha256');
  // Each id as JSON: no id can run into the next.
  for (const doc of docs) hash.update(JSON.stringify(doc.id));
  return `c${hash.digest('hex')}`;
}

/** The result line of a document that failed, in the words `batch` uses. */
export function failedResult(id: string, error: string): QueueResult {
  return { id, ok: false, error: error.startsWith('review-lens: ') ? error : `review-lens: ${error}` };
}

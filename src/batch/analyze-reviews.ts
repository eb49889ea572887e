/**
 * `analyzeReviews`: many documents on a pool of worker threads (tinypool), results in input order,
 * with back-pressure: it never reads more than `maxPending` inputs ahead of what was consumed.
 */
import { availableParallelism } from 'node:os';
import { describe as describeValue, expectedType } from '../errors';
import { resolveOptions } from '../options';
import type { AnalyzeOptions, ReviewAnalysis } from '../types';

/** One document of a batch: an id of the caller's and the text. */
export interface BatchInput {
  /** The caller's id, given back with the result. */
  id: string;
  /** The text to analyse. */
  text: string;
}

/** What every batch result carries. */
export interface BatchResultBase {
  /** The input's id, or its index as a string when it had none. */
  id: string;
  /** The input's position, from 0. */
  index: number;
}

/** A document that was analysed. */
export interface BatchSuccess extends BatchResultBase {
  /** Always true here. */
  ok: true;
  /** What analyzeReview returned. */
  analysis: ReviewAnalysis;
}

/** A document that could not be analysed, and why. */
export interface BatchFailure extends BatchResultBase {
  /** Always false here. */
  ok: false;
  /** The reason, as a sentence starting "review-lens:". */
  error: string;
}

/** One result of a batch, in input order: the analysis, or why there is none. */
export type BatchResult = BatchSuccess | BatchFailure;

/** Options of {@link analyzeReviews}: those of analyzeReview, and the pool's. */
export interface BatchOptions extends AnalyzeOptions {
  /** Worker threads (default: the number of cores). */
  concurrency?: number;
  /** Documents read ahead of the consumer at most (default: four per worker). */
  maxPending?: number;
}

function positiveInteger(value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw expectedType(`${what} to be a number`, value);
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`review-lens: expected ${what} to be a positive whole number, got ${value}`);
  return value;
}

/** An input as `{ id, text }`, or the reason it is not one. */
function asInput(item: unknown, index: number): BatchInput | { id: string; error: string } {
  if (typeof item === 'string') return { id: String(index), text: item };
  if (item !== null && typeof item === 'object' && typeof (item as BatchInput).text === 'string') {
    const id = (item as { id?: unknown }).id;
    return { id: id === undefined ? String(index) : String(id), text: (item as BatchInput).text };
  }
  const id = item !== null && typeof item === 'object' && (item as { id?: unknown }).id !== undefined ? String((item as { id: unknown }).id) : String(index);
  return { id, error: `review-lens: expected a string or { id, text }, got ${describeValue(item)}` };
}

/** Tasks queued in each worker at once (one running, one waiting). */
const TASKS_PER_WORKER = 2;

/**
 * Analyses many documents on a pool of worker threads, one wink instance per worker, and yields
 * the results in input order. One bad document never stops the batch: it yields `ok: false` with
 * the reason. Memory stays bounded: at most `maxPending` documents are read ahead of the consumer.
 *
 * @param inputs - An iterable or async iterable of texts, or of `{ id, text }` objects.
 * @param options - analyzeReview's options, plus `concurrency` and `maxPending`.
 * @returns An async iterable of {@link BatchResult}s, in input order.
 * @throws TypeError / RangeError for bad options (before any work).
 *
 * @example
 * ```ts
 * import { analyzeReviews } from 'review-lens/batch';
 * for await (const r of analyzeReviews(['Great show. 9/10', { id: 'b', text: 'Boring.' }])) {
 *   if (r.ok) console.log(r.id, r.analysis.sentiment.label);
 * }
 * ```
 */
export async function* analyzeReviews(
  inputs: Iterable<string | BatchInput> | AsyncIterable<string | BatchInput>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult> {
  if (inputs === null || typeof inputs !== 'object' || !(Symbol.iterator in inputs || Symbol.asyncIterator in inputs)) {
    throw expectedType('inputs to be an iterable or async iterable', inputs);
  }
  const { concurrency: c, maxPending: m, ...analyzeOptions } = options;
  resolveOptions(analyzeOptions);
  const concurrency = positiveInteger(c, 'options.concurrency') ?? availableParallelism();
  const maxPending = positiveInteger(m, 'options.maxPending') ?? concurrency * 4;
  // tinypool ships only ES modules: a dynamic import serves the CommonJS build too.
  const { default: Tinypool } = await import('tinypool');
  // Two tasks per worker: the next document already waits in the worker's queue when one ends, so
  // no worker idles while its result travels to this thread and the next task comes back. The
  // worker runs them one after the other (analysis is synchronous).
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: concurrency,
    maxThreads: concurrency,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
  });
  const pending: Promise<BatchResult>[] = [];
  const iterator = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : (inputs as Iterable<string | BatchInput>)[Symbol.iterator]();
  let index = 0;
  let done = false;
  const submit = async (): Promise<void> => {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      return;
    }
    const i = index++;
    const input = asInput(next.value, i);
    if ('error' in input) {
      pending.push(Promise.resolve({ id: input.id, index: i, ok: false, error: input.error }));
      return;
    }
    pending.push(
      pool.run({ text: input.text, options: analyzeOptions }).then(
        (analysis: ReviewAnalysis) => ({ id: input.id, index: i, ok: true as const, analysis }),
        (e: unknown) => ({ id: input.id, index: i, ok: false as const, error: e instanceof Error ? e.message : String(e) }),
      ),
    );
  };
  try {
    for (;;) {
      while (!done && pending.length < maxPending) await submit();
      const first = pending.shift();
      if (!first) break;
      yield await first;
    }
  } finally {
    await pool.destroy();
  }
}

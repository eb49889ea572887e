/**
 * `analyzeReviews`: many documents on a pool of worker threads (tinypool), results in input order,
 * with back-pressure: it never reads more than `maxPending` inputs ahead of what was consumed.
 * Documents travel to the workers in groups (one message for up to {@link GROUP_DOCS} of them).
 */
import { availableParallelism } from 'node:os';
import { expectedType, messageOf } from '../errors';
import { resolveOptions } from '../options';
import type { AnalyzeOptions, ReviewAnalysis } from '../types';
import { poolSize } from './pool-size';
import { runGroupWithRetry } from './retry-group';
import type { WorkerJsonOutcome, WorkerOutcome, WorkerTask } from './worker';

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

/** A document that was analysed, its analysis as JSON text (from {@link analyzeReviewsAsJson}). */
export interface BatchJsonSuccess extends BatchResultBase {
  /** Always true here. */
  ok: true;
  /** `JSON.stringify` of what analyzeReview returned, made in the worker. */
  json: string;
}

/** One result of {@link analyzeReviewsAsJson}, in input order: the analysis as JSON, or why there is none. */
export type BatchJsonResult = BatchJsonSuccess | BatchFailure;

/** What a worker gives back for one document, in either form. */
type Outcome = WorkerOutcome | WorkerJsonOutcome;

/** Options of {@link analyzeReviews}: those of analyzeReview, and the pool's. */
export interface BatchOptions extends AnalyzeOptions {
  /**
   * Worker threads (default: the number of cores, `os.availableParallelism()`). More than the
   * cores is capped at the cores unless `allowOversubscribe` is set: analysis keeps a core busy,
   * so more workers add no speed, only memory (each holds its own wink model).
   */
  concurrency?: number;
  /** Run `concurrency` workers even when that is more than the cores (default false). */
  allowOversubscribe?: boolean;
  /** Documents read ahead of the consumer at most (default: 64 per worker). */
  maxPending?: number;
}

function positiveInteger(value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw expectedType(`${what} to be a number`, value);
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`review-lens: expected ${what} to be a positive whole number, got ${value}`);
  return value;
}

/**
 * An input as `{ id, text }`, or the reason it is not one. Each field is read once (a getter could
 * give another value the second time), and a getter or `toString` that throws fails this input
 * alone.
 */
function asInput(item: unknown, index: number): BatchInput | { id: string; error: string } {
  if (typeof item === 'string') return { id: String(index), text: item };
  let id = String(index);
  try {
    if (item === null || typeof item !== 'object') throw expectedType('a string or { id, text }', item);
    const rawId = (item as { id?: unknown }).id;
    if (rawId !== undefined) id = String(rawId);
    const text = (item as { text?: unknown }).text;
    if (typeof text !== 'string') throw expectedType('a string or { id, text }', item);
    return { id, text };
  } catch (e) {
    const message = messageOf(e);
    return { id, error: message.startsWith('review-lens: ') ? message : `review-lens: expected a readable { id, text }, got one that threw: ${message}` };
  }
}

/** Tasks queued in each worker at once (one running, one waiting). */
const TASKS_PER_WORKER = 2;

/**
 * Documents in one task, at most. A task is one message to a worker and one back: per document,
 * a group of sixteen costs the main thread a fifth of what a message each does, and the worker
 * less too, which is what lets two workers run near twice as fast as one.
 */
const GROUP_DOCS = 16;

/** Text in one task, at most (UTF-16 code units), unless one document is longer. */
const GROUP_CHARS = 64 * 1024;

/** Text read ahead of the consumer, at most, per worker (besides `maxPending` documents). */
const PENDING_CHARS_PER_WORKER = 2 * TASKS_PER_WORKER * GROUP_CHARS;

/** What `readyNow` gives when the next input is not there before the event loop turns. */
const LATER = Symbol('later');

/** The next input, or {@link LATER} when `next` has not settled before pending I/O is served. */
function readyNow<T>(next: Promise<T>): Promise<T | typeof LATER> {
  return Promise.race([next, new Promise<typeof LATER>((resolve) => setImmediate(resolve, LATER))]);
}

/** Documents waiting to travel to a worker together, and their outcomes once back. */
interface Group {
  texts: string[];
  chars: number;
  outcomes: Promise<Outcome[]>;
  settle: (outcomes: Promise<Outcome[]>) => void;
}

function newGroup(): Group {
  let settle!: Group['settle'];
  const outcomes = new Promise<Outcome[]>((resolve) => {
    settle = resolve;
  });
  return { texts: [], chars: 0, outcomes, settle };
}

/**
 * Analyses many documents on a pool of worker threads, one wink instance per worker, and yields
 * the results in input order. One bad document never stops the batch: it yields `ok: false` with
 * the reason (and when a worker dies on a group of documents, each is tried again on its own, so
 * only the one that killed it fails). Memory stays bounded: at most `maxPending` documents (and a
 * bounded amount of text) are read ahead of the consumer. Inputs an async iterable has ready are
 * sent to the workers in groups; one it has not produced yet is never waited for while results
 * are ready to be yielded.
 *
 * If the inputs themselves throw (an iterator's `next` fails), every result read before is still
 * yielded, then one failed result saying so, and the batch ends. An input whose `text` or `id`
 * cannot be read (a getter or `toString` that throws) fails alone.
 *
 * @param inputs - An iterable or async iterable of texts, or of `{ id, text }` objects.
 * @param options - analyzeReview's options, plus `concurrency` (capped at the cores unless
 *   `allowOversubscribe`), `allowOversubscribe` and `maxPending`.
 * @returns An async iterable of {@link BatchResult}s, in input order.
 * @throws TypeError / RangeError for bad options, `null` included (before any work).
 *
 * @example
 * ```ts
 * import { analyzeReviews } from 'review-lens/batch';
 * for await (const r of analyzeReviews(['Great show. 9/10', { id: 'b', text: 'Boring.' }])) {
 *   if (r.ok) console.log(r.id, r.analysis.sentiment.label);
 * }
 * ```
 */
export function analyzeReviews(
  inputs: Iterable<string | BatchInput> | AsyncIterable<string | BatchInput>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult> {
  return runBatch(inputs, options, false) as AsyncGenerator<BatchResult>;
}

/**
 * {@link analyzeReviews} for a caller that writes JSON (the CLI's `batch`): each analysis comes back
 * as the JSON text the worker made of it, so the main thread neither rebuilds the object from the
 * message nor serialises it again. Everything else is as analyzeReviews does.
 *
 * @param inputs - As for {@link analyzeReviews}.
 * @param options - As for {@link analyzeReviews}.
 * @returns An async iterable of {@link BatchJsonResult}s, in input order.
 * @throws TypeError / RangeError for bad options, as analyzeReviews does.
 */
export function analyzeReviewsAsJson(
  inputs: Iterable<string | BatchInput> | AsyncIterable<string | BatchInput>,
  options: BatchOptions = {},
): AsyncGenerator<BatchJsonResult> {
  return runBatch(inputs, options, true) as AsyncGenerator<BatchJsonResult>;
}

/** The batch behind both: `json` says in which form the workers give each analysis back. */
async function* runBatch(
  inputs: Iterable<string | BatchInput> | AsyncIterable<string | BatchInput>,
  options: BatchOptions,
  json: boolean,
): AsyncGenerator<BatchResult | BatchJsonResult> {
  if (inputs === null || typeof inputs !== 'object' || !(Symbol.iterator in inputs || Symbol.asyncIterator in inputs)) {
    throw expectedType('inputs to be an iterable or async iterable', inputs);
  }
  // As analyzeReview does: null is a mistake, not "no options".
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw expectedType('options to be an object', options);
  const { concurrency: c, maxPending: m, allowOversubscribe, ...analyzeOptions } = options;
  resolveOptions(analyzeOptions, ['concurrency', 'maxPending', 'allowOversubscribe']);
  if (allowOversubscribe !== undefined && typeof allowOversubscribe !== 'boolean') throw expectedType('options.allowOversubscribe to be a boolean', allowOversubscribe);
  const concurrency = poolSize(positiveInteger(c, 'options.concurrency'), availableParallelism(), allowOversubscribe === true);
  const maxPending = positiveInteger(m, 'options.maxPending') ?? concurrency * TASKS_PER_WORKER * GROUP_DOCS * 2;
  const maxPendingChars = concurrency * PENDING_CHARS_PER_WORKER;
  // Groups small enough that every worker has its two tasks within maxPending documents.
  const groupDocs = Math.max(1, Math.min(GROUP_DOCS, Math.floor(maxPending / (2 * concurrency * TASKS_PER_WORKER))));
  // tinypool ships only ES modules: a dynamic import serves the CommonJS build too.
  const { default: Tinypool } = await import('tinypool');
  // Two tasks per worker: the next group already waits in the worker's queue when one ends, so
  // no worker idles while its results travel to this thread and the next task comes back. The
  // worker runs them one after the other (analysis is synchronous).
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: concurrency,
    maxThreads: concurrency,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
  });
  const run = (texts: string[]): Promise<Outcome[]> => pool.run({ texts, options: analyzeOptions, json } satisfies WorkerTask) as Promise<Outcome[]>;
  /** A group's outcomes; if its worker died, each document's own try. */
  const runGroup = (texts: string[]): Promise<Outcome[]> => runGroupWithRetry(run, texts);

  /** Results in input order, with the text each holds in memory until yielded. */
  const pending: { result: Promise<BatchResult | BatchJsonResult>; chars: number }[] = [];
  let pendingChars = 0;
  let group: Group | null = null;
  const flush = (): void => {
    if (!group) return;
    group.settle(runGroup(group.texts));
    group = null;
  };
  const add = (item: unknown, index: number): void => {
    const input = asInput(item, index);
    if ('error' in input) {
      pending.push({ result: Promise.resolve({ id: input.id, index, ok: false, error: input.error }), chars: 0 });
      return;
    }
    const g: Group = (group ??= newGroup());
    const k = g.texts.length;
    g.texts.push(input.text);
    g.chars += input.text.length;
    const result = g.outcomes.then((outcomes): BatchResult | BatchJsonResult => {
      const o = outcomes[k] as Outcome;
      if (!o.ok) return { id: input.id, index, ok: false, error: o.error };
      return 'json' in o ? { id: input.id, index, ok: true, json: o.json } : { id: input.id, index, ok: true, analysis: o.analysis };
    });
    pending.push({ result, chars: input.text.length });
    pendingChars += input.text.length;
    if (g.texts.length >= groupDocs || g.chars >= GROUP_CHARS) flush();
  };

  const sync = !(Symbol.asyncIterator in inputs);
  let iterator: Iterator<string | BatchInput> | AsyncIterator<string | BatchInput> | null = null;
  /** The inputs failed (their iterator threw): one failed result for it, after all read before. */
  const broken = (e: unknown, at: number): void => {
    pending.push({ result: Promise.resolve({ id: String(at), index: at, ok: false, error: `review-lens: expected the inputs to go on, got an error from them after ${at} documents: ${messageOf(e)}` }), chars: 0 });
  };
  /** The async iterator's next input, asked for and not yet taken. */
  let next: Promise<IteratorResult<string | BatchInput>> | null = null;
  let index = 0;
  let done = false;
  try {
    iterator = sync ? (inputs as Iterable<string | BatchInput>)[Symbol.iterator]() : (inputs as AsyncIterable<string | BatchInput>)[Symbol.asyncIterator]();
  } catch (e) {
    broken(e, 0);
    done = true;
  }
  const full = (): boolean => pending.length >= maxPending || (pendingChars >= maxPendingChars && pending.length > 0);
  try {
    for (;;) {
      // Read on when a whole group fits (or nothing is pending): one document at a time once
      // the batch is full would make groups of one.
      if (pending.length === 0 || (pending.length + groupDocs <= maxPending && pendingChars < maxPendingChars)) {
        while (!done && !full()) {
          let r: IteratorResult<string | BatchInput> | typeof LATER;
          try {
            if (sync) r = (iterator as Iterator<string | BatchInput>).next();
            else {
              next ??= Promise.resolve((iterator as AsyncIterator<string | BatchInput>).next());
              // With results to yield, wait for no input that is not ready now.
              r = pending.length === 0 ? await next : await readyNow(next);
              if (r === LATER) break;
              next = null;
            }
            if (r.done) done = true;
          } catch (e) {
            flush();
            broken(e, index);
            done = true;
            break;
          }
          if (!r.done) add(r.value, index++);
        }
      }
      flush();
      const first = pending.shift();
      if (!first) break;
      pendingChars -= first.chars;
      yield await first.result;
    }
  } finally {
    // Stopped early by the consumer: let the source close what it holds (files, streams).
    if (!done && iterator?.return) {
      try {
        void Promise.resolve(iterator.return()).catch(() => undefined);
      } catch {
        // The source's own cleanup failed: nothing more to do here.
      }
    }
    await pool.destroy();
  }
}

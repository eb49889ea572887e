/** The Redis keys review-lens adds beside BullMQ's own for a queue. */

/*
 * BullMQ's own keys are `PREFIX:QUEUE:TYPE` with fixed types and job ids, which all start with
 * `d` or `c` followed by percent-encoding or hex digits: a name ending in `!` can be neither.
 */

/**
 * The set of document ids already written by `collect`: a document's job is removed only once
 * all its lines are written, and this set keeps a line from being given twice (a job collected
 * in part, a document queued in two jobs).
 */
export function collectedKey(prefix: string, queue: string): string {
  return `${prefix}:${queue}:collected!`;
}

/**
 * The set of document ids ever put on the queue: a document travels in a job with others, so
 * its id is not a job id, and this set keeps a later `enqueue` of the same document from
 * queueing it again.
 */
export function queuedKey(prefix: string, queue: string): string {
  return `${prefix}:${queue}:queued!`;
}

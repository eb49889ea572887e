/** The Redis key review-lens adds beside BullMQ's own for a queue. */

/**
 * The set of document ids already collected: their jobs are removed once written, and this set
 * keeps a later `enqueue` of the same document from queueing it again. BullMQ's own keys are
 * `PREFIX:QUEUE:TYPE` with fixed types and job ids, which all start with `d` followed by
 * percent-encoding: `collected!` can be neither.
 */
export function collectedKey(prefix: string, queue: string): string {
  return `${prefix}:${queue}:collected!`;
}

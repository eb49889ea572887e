/** How many worker threads a batch runs. */

/**
 * The worker threads for a batch: `asked` (default: the cores), capped at the cores unless
 * `allowOversubscribe`. Analysis keeps a core busy all the time, so a worker more than the cores
 * adds no speed, only the memory of one more wink model and its caches.
 */
export function poolSize(asked: number | undefined, cores: number, allowOversubscribe: boolean): number {
  const wanted = asked ?? cores;
  return allowOversubscribe ? wanted : Math.max(1, Math.min(wanted, cores));
}

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

/**
 * Input size (bytes) from which `review-lens batch` runs a worker per core by default. Each worker
 * thread is a V8 isolate of its own that compiles the pipeline's optimized code anew, and on new
 * text it compiles it again and again as it meets cases it had not seen: for a batch of a few MB that
 * compiling takes about as much CPU as the analysis. With one worker it runs on the otherwise idle
 * second core; with two workers it takes from their cores twice over, so two workers finish a
 * smaller batch later than one does.
 */
export const ALL_CORES_FROM_BYTES = 16 * 1024 * 1024;

/**
 * The CLI's default worker count for an input of `bytes` (`undefined`: not known beforehand, as
 * for standard input): one below {@link ALL_CORES_FROM_BYTES} or when unknown, else the cores.
 */
export function defaultWorkers(bytes: number | undefined, cores: number): number {
  return bytes !== undefined && bytes >= ALL_CORES_FROM_BYTES ? Math.max(1, cores) : 1;
}

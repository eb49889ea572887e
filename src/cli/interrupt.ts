/**
 * Stopping on Ctrl-C or SIGTERM, shared by the plain command and `review-lens batch`: `main.ts`
 * aborts one signal with the signal's name, each command stops after the document at hand, keeps
 * what it wrote, and exits with 128 + the signal's number.
 */
import { constants } from 'node:os';

/** The exit code of a run stopped by `signal`: 128 + its number, 130 (Ctrl-C) when it names none. */
export function interruptedCode(signal: AbortSignal | undefined): number {
  const reason: unknown = signal?.reason;
  const number = typeof reason === 'string' ? constants.signals[reason as NodeJS.Signals] : undefined;
  return 128 + (number ?? constants.signals.SIGINT);
}

/**
 * Resolves once pending I/O and signals have been served. Analysis is synchronous: without this
 * turn of the event loop between documents, a Ctrl-C would be seen only once everything is done.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** What {@link raceAbort} gives when the signal was aborted first. */
export const ABORTED = Symbol('aborted');

/**
 * `promise`, or {@link ABORTED} as soon as `signal` is aborted, whichever comes first: a run
 * waiting for input (a terminal, a pipe that sends nothing) stops on Ctrl-C without waiting for it.
 */
export async function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | typeof ABORTED> {
  if (!signal) return promise;
  if (signal.aborted) return ABORTED;
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<typeof ABORTED>((resolve) => {
    onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Installs the handlers: the first SIGINT or SIGTERM aborts the returned signal (its reason is
 * the signal's name); a second one exits at once. Exit handlers still run (temporary files go).
 */
export function onInterrupt(): AbortSignal {
  const controller = new AbortController();
  const handle = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(128 + constants.signals[name]);
    controller.abort(name);
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
  return controller.signal;
}

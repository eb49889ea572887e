/**
 * What every subcommand does with a parse that asked for help or went wrong, in one place, so the
 * commands print usage and exit codes alike.
 */
import type { CliIo } from './cli-io';

/**
 * The parsed arguments, or the exit code when the parse asked for help (the usage on stdout, 0) or
 * went wrong (the error and the usage on stderr, 2).
 */
export function argsOrExit<T extends object>(parsed: T | { help: true } | { error: string }, usage: string, io: CliIo): T | number {
  if ('help' in parsed) {
    io.stdout(usage);
    return 0;
  }
  if ('error' in parsed) {
    io.stderr(`review-lens: ${parsed.error}\n\n${usage}`);
    return 2;
  }
  return parsed as T;
}

/**
 * The streams the CLI reads and writes, in a module of its own so that the plain CLI and `batch`
 * both depend on it rather than on each other.
 */
/** Where the CLI reads and writes. */
export interface CliIo {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  /**
   * Reads all of standard input, as bytes: used only when `stdin` is not given (tests). Unlike
   * `stdin`, it is not stopped at the length limit.
   */
  readStdin?: () => Promise<Uint8Array>;
  /** Aborted when the user interrupts (Ctrl-C, SIGTERM; the reason names the signal): the run stops after the current file. */
  signal?: AbortSignal;
  /** Standard input as a stream of bytes: read up to the length limit, or as JSONL for `batch -`. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Whether stderr is a terminal: `batch` then draws a progress bar instead of plain lines. */
  stderrIsTTY?: boolean;
  /**
   * The environment (`process.env`): under `TERM=dumb` a terminal gets plain progress lines, not a
   * bar redrawn with escape codes. The CLI prints no colour, so `NO_COLOR` and `FORCE_COLOR` change nothing.
   */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Lines out of text that arrives in chunks of any size (JSONL input, the output read back by
 * `--resume`). A line ends at `\n`; a `\r` before it stays part of the line (JSON ignores it).
 * Linear: each character is looked at once.
 */
export class LineSplitter {
  private rest = '';

  /** Feeds a chunk; returns the lines it completed. */
  push(chunk: string): string[] {
    const lines: string[] = [];
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', from)) {
      lines.push(this.rest + chunk.slice(from, nl));
      this.rest = '';
      from = nl + 1;
    }
    this.rest += chunk.slice(from);
    return lines;
  }

  /** The text after the last line end (a last line without one), and a fresh start. */
  end(): string {
    const rest = this.rest;
    this.rest = '';
    return rest;
  }
}

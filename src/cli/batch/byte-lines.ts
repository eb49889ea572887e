/**
 * Lines out of bytes that arrive in chunks of any size (JSONL and CSV input, the output read back
 * by `--resume`), split before they are decoded: a byte 0x0A or 0x0D never occurs inside a UTF-8
 * sequence, so one line of bad UTF-8 stays that line's problem. Each line keeps its line end. A
 * line longer than the limit is not kept: it comes out as its size alone, so memory stays bounded
 * whatever the input. Linear: each byte is looked at a bounded number of times.
 */

/** One line: its bytes with its line end, or `null` when it was longer than the limit. */
export interface ByteLine {
  /** The line's bytes, line end included; null for a line over the limit (dropped as it came). */
  bytes: Uint8Array | null;
  /** Its size in bytes, line end included. */
  size: number;
}

const LF = 0x0a;
const CR = 0x0d;

/** Splits chunks of bytes into lines at `\n` (and, when asked, at `\r\n` or a lone `\r`). */
export class ByteLines {
  private parts: Uint8Array[] = [];
  private size = 0;
  /** The line so far is over the limit: its bytes are dropped until its end. */
  private over = false;
  /** The line so far ends with a CR as the last byte of a chunk: an LF may follow in the next one. */
  private afterCr = false;

  /**
   * @param maxBytes - The longest line kept, in bytes.
   * @param splitCr - Whether a lone CR ends a line too (CSV), or only LF does (JSONL).
   */
  constructor(
    private readonly maxBytes: number,
    private readonly splitCr: boolean,
  ) {}

  /** Feeds a chunk; returns the lines it completed. */
  push(chunk: Uint8Array): ByteLine[] {
    const lines: ByteLine[] = [];
    let from = 0;
    if (this.afterCr) {
      this.afterCr = false;
      if (chunk.length && chunk[0] === LF) {
        this.add(chunk.subarray(0, 1));
        from = 1;
      }
      lines.push(this.take());
    }
    // The next LF and CR at or after `from`, each searched for again only once passed.
    let lf = chunk.indexOf(LF, from);
    let cr = this.splitCr ? chunk.indexOf(CR, from) : -1;
    while (lf !== -1 || cr !== -1) {
      let end: number;
      if (cr === -1 || (lf !== -1 && lf < cr)) end = lf + 1;
      else if (cr + 1 === chunk.length) {
        // A CR at the end of the chunk: whether an LF follows is known only with the next one.
        this.add(chunk.subarray(from));
        this.afterCr = true;
        return lines;
      } else end = chunk[cr + 1] === LF ? cr + 2 : cr + 1;
      this.add(chunk.subarray(from, end));
      lines.push(this.take());
      from = end;
      if (lf !== -1 && lf < from) lf = chunk.indexOf(LF, from);
      if (cr !== -1 && cr < from) cr = chunk.indexOf(CR, from);
    }
    if (from < chunk.length) this.add(chunk.subarray(from));
    return lines;
  }

  /** Ends the input; returns the last line when it had no line end. */
  end(): ByteLine[] {
    this.afterCr = false;
    return this.size || this.over ? [this.take()] : [];
  }

  private add(piece: Uint8Array): void {
    this.size += piece.length;
    if (this.over) return;
    if (this.size > this.maxBytes) {
      this.over = true;
      this.parts = [];
    } else this.parts.push(piece);
  }

  private take(): ByteLine {
    const line: ByteLine = { bytes: this.over ? null : this.parts.length === 1 ? (this.parts[0] as Uint8Array) : Buffer.concat(this.parts), size: this.size };
    this.parts = [];
    this.size = 0;
    this.over = false;
    return line;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A line's bytes as text, or null when they are not UTF-8. A byte-order mark is dropped only when `first`. */
export function decodeLine(bytes: Uint8Array, first: boolean): string | null {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return null;
  }
  return first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

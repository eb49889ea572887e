/**
 * A streaming RFC 4180 CSV reader: quoted fields, doubled quotes, commas and newlines inside
 * quotes, CRLF or LF. Text arrives in chunks of any size; rows come out as soon as they end.
 * One pass, constant work per character.
 */
export class CsvRows {
  private row: string[] = [];
  private field = '';
  private quoted = false;
  /** A quote seen inside a quoted field: either the end of the field or the first of a doubled pair. */
  private quoteSeen = false;
  /** A CR ended the last row: a LF right after it belongs to the same line end. */
  private afterCr = false;
  /** Whether anything was read since the last row ended. */
  private started = false;

  /** Feeds a chunk; returns the rows it completed. */
  push(chunk: string): string[][] {
    const rows: string[][] = [];
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i] as string;
      if (this.afterCr) {
        this.afterCr = false;
        if (ch === '\n') continue;
      }
      if (this.quoteSeen) {
        this.quoteSeen = false;
        if (ch === '"') {
          this.field += '"';
          continue;
        }
        this.quoted = false;
      }
      if (this.quoted) {
        if (ch === '"') this.quoteSeen = true;
        else this.field += ch;
        continue;
      }
      this.started = true;
      if (ch === '"') this.quoted = true;
      else if (ch === ',') this.endField();
      else if (ch === '\n' || ch === '\r') {
        this.afterCr = ch === '\r';
        rows.push(this.endRow());
      } else this.field += ch;
    }
    return rows;
  }

  /** Ends the input; returns the last row if it had no line end. */
  end(): string[][] {
    if (this.quoteSeen) {
      this.quoteSeen = false;
      this.quoted = false;
    }
    return this.started || this.field !== '' || this.row.length ? [this.endRow()] : [];
  }

  /** Whether the input ended inside a quoted field (an unclosed quote). */
  get unclosed(): boolean {
    return this.quoted && !this.quoteSeen;
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
  }

  private endRow(): string[] {
    this.endField();
    const row = this.row;
    this.row = [];
    this.started = false;
    return row;
  }
}

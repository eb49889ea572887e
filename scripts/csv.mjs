// CSV for the evaluation scripts, read with csv-parse (the CLI's own reader): rows of fields, and
// rows as objects keyed by the header row.
import { parse } from 'csv-parse/sync';

/** Every row of `text` as an array of fields (rows may differ in length). */
export function parseCsv(text) {
  return parse(text, { relax_column_count: true });
}

/** Rows as objects keyed by the header row; a row of another length than the header is left out. */
export function csvObjects(text) {
  const [header, ...rows] = parseCsv(text);
  return rows.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

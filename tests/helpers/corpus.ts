/**
 * The texts of the shared evaluation corpus (../shared/corpus beside the repository), one entry
 * per text as the corpus README defines its items: a .txt or .md file is one text, but for the
 * line-per-item sentiment files each line's text column; every distinct non-empty field of a .csv
 * row; every string value of a .jsonl line; a .tsv table as one text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Where the corpus sits in a checkout with ../shared beside it. */
export const CORPUS_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

export const corpusPresent = existsSync(CORPUS_DIR);

/** One text to analyse and where it came from (file, and line or row when the file holds many). */
export interface CorpusText {
  where: string;
  text: string;
}

/** Every file of the corpus, in a fixed order, as paths relative to {@link CORPUS_DIR}. */
export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(CORPUS_DIR, path));
    }
  };
  walk(CORPUS_DIR);
  return out;
}

/**
 * Line-per-item files (see the corpus README): which tab-separated column holds each line's text.
 * VADER's ground truth is `id<TAB>mean<TAB>text` (CRLF, some with a BOM); the UCI sentences are
 * `sentence<TAB>label`, split on `\n` only (IMDb's has U+0085 inside lines).
 */
function lineItemColumn(file: string): ((fields: string[]) => string) | null {
  if (/sentiment\/vader-icwsm2014\/\w+_GroundTruth\.txt$/.test(file)) return (f) => f.slice(2).join('\t');
  if (/sentiment\/uci-labelled-sentences\/\w+_labelled\.txt$/.test(file)) return (f) => f.slice(0, -1).join('\t');
  return null;
}

/** The texts of one corpus file (see the module comment); identical texts of one file once. */
export function textsOf(file: string): CorpusText[] {
  const raw = readFileSync(join(CORPUS_DIR, file), 'utf8');
  const out: CorpusText[] = [];
  const seen = new Set<string>();
  const add = (where: string, text: string): void => {
    if (text.trim() === '' || seen.has(text)) return;
    seen.add(text);
    out.push({ where, text });
  };
  const column = lineItemColumn(file);
  if (column) {
    raw.replace(/^\uFEFF/, '').split('\n').forEach((line, i) => {
      const fields = line.replace(/\r$/, '').split('\t');
      if (fields.length > 1) add(`${file}:${i + 1}`, column(fields));
    });
  } else if (file.endsWith('.csv')) {
    (parse(raw, { relax_column_count: true }) as string[][]).forEach((row, i) => {
      if (i > 0) row.forEach((field, k) => add(`${file} row ${i + 1} field ${k + 1}`, field));
    });
  } else if (file.endsWith('.jsonl')) {
    raw.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const value: unknown = JSON.parse(line);
      const strings = typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).filter((v) => typeof v === 'string') : [];
      for (const s of strings) add(`${file}:${i + 1}`, s);
    });
  } else add(file, raw);
  return out;
}

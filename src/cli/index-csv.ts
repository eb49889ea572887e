/** `review-lens index --format csv`: the index as one flat table, one row per entity. */
import type { IndexEntity, ReviewIndex } from '../index-build/index-types';

/** The table's columns, in order. */
export const INDEX_CSV_COLUMNS = [
  'work', 'id', 'kind', 'name', 'documents', 'mentions', 'kind_confidence', 'forms', 'played_by', 'plays', 'roles',
  'sentiment_mean', 'positive', 'negative', 'neutral', 'mixed',
] as const;

/** A field quoted as RFC 4180 asks when it holds a comma, quote or line break. */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The index as CSV (RFC 4180, LF line ends, a header row): per work, its characters then its
 * people. `forms` joins the forms with ` | `; `played_by` and `plays` give names, not ids.
 */
export function indexCsv(index: ReviewIndex): string {
  const rows = [INDEX_CSV_COLUMNS.join(',')];
  for (const work of index.works) {
    const all: IndexEntity[] = [...work.characters, ...work.people];
    const nameOf = new Map(all.map((e) => [e.id, e.name]));
    for (const e of all) {
      rows.push(
        [
          work.title, e.id, e.kind, e.name, e.documents, e.mentions, e.kindConfidence,
          e.forms.map((f) => f.text).join(' | '),
          e.playedBy ? (nameOf.get(e.playedBy) ?? '') : '',
          (e.plays ?? []).map((id) => nameOf.get(id) ?? id).join(' | '),
          (e.roles ?? []).join(' | '),
          e.sentiment.mean, e.sentiment.positive, e.sentiment.negative, e.sentiment.neutral, e.sentiment.mixed,
        ].map(field).join(','),
      );
    }
  }
  return `${rows.join('\n')}\n`;
}

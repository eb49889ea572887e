/**
 * The tables `--format parquet` and `--format csv` write: one per kind of thing an analysis holds
 * (documents, sections, characters, people, works, quotes), one row per thing, the document id on
 * every row so the tables join. Lists (aliases, roles, ids) are JSON arrays in a text column, as
 * is a document's `meta`; mentions are counted, with the first one's offsets.
 */
import type { ReviewAnalysis, Sentiment, Span } from '../../types';

/** A column's type, as Parquet stores it (CSV writes every value as text). */
export type ColumnType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';

/** A cell: null where the value is absent. */
export type Cell = string | number | boolean | null;

/** One column: its name, type and how a row gives its value. */
export interface Column<Row> {
  name: string;
  type: ColumnType;
  get: (row: Row) => Cell;
}

/** One result line, as batch and collect write it. */
export interface ResultLine {
  id: string;
  ok: boolean;
  meta?: Record<string, unknown>;
  analysis?: ReviewAnalysis;
  error?: string;
}

/** A table: its name (the file's) and columns, and the rows a result gives it. */
export interface Table<Row = never> {
  name: string;
  columns: ReadonlyArray<Column<Row>>;
  rows: (line: ResultLine) => Iterable<Row>;
}

/** A thing of an analysis, with the id of the document it is in. */
type In<T> = { documentId: string; item: T };

const json = (value: readonly unknown[] | Record<string, unknown> | undefined): string | null => (value === undefined ? null : JSON.stringify(value));

/** The sentiment columns of a thing that has one, under `prefix`. */
function sentimentColumns<Row>(of: (row: Row) => Sentiment | undefined, prefix = 'sentiment'): Array<Column<Row>> {
  return [
    { name: `${prefix}_label`, type: 'STRING', get: (r) => of(r)?.label ?? null },
    { name: `${prefix}_score`, type: 'DOUBLE', get: (r) => of(r)?.score ?? null },
    { name: `${prefix}_confidence`, type: 'DOUBLE', get: (r) => of(r)?.confidence ?? null },
  ];
}

/** The mention columns: how many, and where the first is. */
function mentionColumns<Row>(of: (row: Row) => readonly Span[]): Array<Column<Row>> {
  return [
    { name: 'mentions', type: 'INT32', get: (r) => of(r).length },
    { name: 'first_start', type: 'INT32', get: (r) => of(r)[0]?.start ?? null },
    { name: 'first_end', type: 'INT32', get: (r) => of(r)[0]?.end ?? null },
  ];
}

const documentId = <T>(): Column<In<T>> => ({ name: 'document_id', type: 'STRING', get: (r) => r.documentId });

/** The things of kind `key` in a result line, each with its document id. */
function each<K extends 'sections' | 'characters' | 'people' | 'works' | 'quotes'>(key: K) {
  return (line: ResultLine): Array<In<ReviewAnalysis[K][number]>> => (line.analysis?.[key] ?? []).map((item) => ({ documentId: line.id, item }));
}

const documents: Table<ResultLine> = {
  name: 'documents',
  rows: (line) => [line],
  columns: [
    { name: 'document_id', type: 'STRING', get: (l) => l.id },
    { name: 'ok', type: 'BOOLEAN', get: (l) => l.ok },
    { name: 'error', type: 'STRING', get: (l) => l.error ?? null },
    { name: 'meta', type: 'STRING', get: (l) => json(l.meta) },
    { name: 'title', type: 'STRING', get: (l) => l.analysis?.title?.text ?? null },
    ...sentimentColumns<ResultLine>((l) => l.analysis?.sentiment),
    { name: 'rating_value', type: 'DOUBLE', get: (l) => l.analysis?.rating?.value ?? null },
    { name: 'rating_scale', type: 'DOUBLE', get: (l) => l.analysis?.rating?.scale ?? null },
    { name: 'characters', type: 'INT32', get: (l) => l.analysis?.stats.characters ?? null },
    { name: 'words', type: 'INT32', get: (l) => l.analysis?.stats.words ?? null },
    { name: 'sentences', type: 'INT32', get: (l) => l.analysis?.stats.sentences ?? null },
    { name: 'paragraphs', type: 'INT32', get: (l) => l.analysis?.stats.paragraphs ?? null },
    { name: 'warnings', type: 'INT32', get: (l) => l.analysis?.warnings.length ?? null },
    { name: 'text_checksum', type: 'STRING', get: (l) => l.analysis?.textChecksum ?? null },
  ],
};

type SectionRow = In<ReviewAnalysis['sections'][number]>;
const sections: Table<SectionRow> = {
  name: 'sections',
  rows: each('sections'),
  columns: [
    documentId(),
    { name: 'section_id', type: 'STRING', get: (r) => r.item.id },
    { name: 'start', type: 'INT32', get: (r) => r.item.start },
    { name: 'end', type: 'INT32', get: (r) => r.item.end },
    { name: 'heading', type: 'STRING', get: (r) => r.item.heading?.text ?? null },
    { name: 'heading_kind', type: 'STRING', get: (r) => r.item.heading?.kind ?? null },
    { name: 'paragraphs', type: 'INT32', get: (r) => r.item.paragraphs.length },
    ...sentimentColumns<SectionRow>((r) => r.item.sentiment),
    { name: 'character_ids', type: 'STRING', get: (r) => json(r.item.characterIds) },
    { name: 'quote_ids', type: 'STRING', get: (r) => json(r.item.quoteIds) },
  ],
};

type CharacterRow = In<ReviewAnalysis['characters'][number]>;
const characters: Table<CharacterRow> = {
  name: 'characters',
  rows: each('characters'),
  columns: [
    documentId(),
    { name: 'character_id', type: 'STRING', get: (r) => r.item.id },
    { name: 'name', type: 'STRING', get: (r) => r.item.name },
    { name: 'aliases', type: 'STRING', get: (r) => json(r.item.aliases) },
    ...mentionColumns<CharacterRow>((r) => r.item.mentions),
    { name: 'descriptors', type: 'STRING', get: (r) => json(r.item.descriptors) },
    { name: 'played_by', type: 'STRING', get: (r) => r.item.playedBy },
    { name: 'kind_confidence', type: 'DOUBLE', get: (r) => r.item.kindConfidence },
    ...sentimentColumns<CharacterRow>((r) => r.item.sentiment),
  ],
};

type PersonRow = In<ReviewAnalysis['people'][number]>;
const people: Table<PersonRow> = {
  name: 'people',
  rows: each('people'),
  columns: [
    documentId(),
    { name: 'person_id', type: 'STRING', get: (r) => r.item.id },
    { name: 'name', type: 'STRING', get: (r) => r.item.name },
    { name: 'aliases', type: 'STRING', get: (r) => json(r.item.aliases) },
    ...mentionColumns<PersonRow>((r) => r.item.mentions),
    { name: 'roles', type: 'STRING', get: (r) => json(r.item.roles) },
    { name: 'plays', type: 'STRING', get: (r) => json(r.item.plays) },
    { name: 'kind_confidence', type: 'DOUBLE', get: (r) => r.item.kindConfidence },
  ],
};

type WorkRow = In<ReviewAnalysis['works'][number]>;
const works: Table<WorkRow> = {
  name: 'works',
  rows: each('works'),
  columns: [
    documentId(),
    { name: 'work_id', type: 'STRING', get: (r) => r.item.id },
    { name: 'title', type: 'STRING', get: (r) => r.item.title },
    { name: 'aliases', type: 'STRING', get: (r) => json(r.item.aliases) },
    ...mentionColumns<WorkRow>((r) => r.item.mentions),
  ],
};

type QuoteRow = In<ReviewAnalysis['quotes'][number]>;
const quotes: Table<QuoteRow> = {
  name: 'quotes',
  rows: each('quotes'),
  columns: [
    documentId(),
    { name: 'quote_id', type: 'STRING', get: (r) => r.item.id },
    { name: 'section_id', type: 'STRING', get: (r) => r.item.sectionId },
    { name: 'start', type: 'INT32', get: (r) => r.item.start },
    { name: 'end', type: 'INT32', get: (r) => r.item.end },
    { name: 'text', type: 'STRING', get: (r) => r.item.text },
    { name: 'kind', type: 'STRING', get: (r) => r.item.kind },
    { name: 'speaker', type: 'STRING', get: (r) => r.item.speaker?.name ?? null },
    { name: 'speaker_character_id', type: 'STRING', get: (r) => r.item.speaker?.characterId ?? null },
    { name: 'speaker_person_id', type: 'STRING', get: (r) => r.item.speaker?.personId ?? null },
    { name: 'speaker_via', type: 'STRING', get: (r) => r.item.speaker?.via ?? null },
    ...sentimentColumns<QuoteRow>((r) => r.item.sentiment),
  ],
};

/** Every table, in the order they are written. */
export const TABLES = [documents, sections, characters, people, works, quotes] as unknown as ReadonlyArray<Table<unknown>>;

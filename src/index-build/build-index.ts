/**
 * `buildIndex`: one list of characters and real people per work, merged across every analysed
 * review of it. The steps, in order:
 * 1. `form-key.ts`: each name form read into its merge key and content words;
 * 2. `distinct-count.ts`: documents per form counted in bounded memory;
 * 3. `collect-document.ts`: each document added to its work's tally as it streams in;
 * 4. `merge-forms.ts`: a work's forms merged into entities;
 * 5. `make-entities.ts`: each entity's forms, name, kind by vote, sentiment, quotes;
 * 6. `finish-work.ts`: titles left out, ids given, actor links and co-occurrences resolved.
 */
import { describe, expectedType } from '../errors';
import { textChecksum } from '../text/checksum';
import type { ReviewAnalysis } from '../types';
import { collectDocument } from './collect-document';
import { finishWork } from './finish-work';
import { formWords } from './form-key';
import { INDEX_SCHEMA_VERSION, type IndexInput, type IndexOptions, type ReviewIndex } from './index-types';
import type { WorkTally } from './tally';
import { allTitleKeys } from './weak-forms';
import { WordCounts } from './word-counts';

/** The work a document is about when the caller does not say: the one its analysis names most. */
function workOf(analysis: ReviewAnalysis): string {
  const named = analysis.works.slice().sort((a, b) => b.mentions.length - a.mentions.length)[0];
  return named ? named.title : 'unknown work';
}

function count(value: unknown, what: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`review-lens: expected ${what} to be a whole number of 0 or more, got ${typeof value === 'number' ? value : describe(value)}`);
  }
  return value;
}

/** Checks one input; throws for a caller's mistake, saying which input. */
function checkInput(item: unknown, at: number): asserts item is IndexInput {
  const where = `input ${at}`;
  if (item === null || typeof item !== 'object') throw expectedType(`${where} to be { id, work?, analysis }`, item);
  const { id, work, workAliases, analysis, text } = item as Record<string, unknown>;
  if (typeof id !== 'string') throw expectedType(`${where}.id to be a string`, id);
  if (work !== undefined && typeof work !== 'string') throw expectedType(`${where}.work to be a string`, work);
  if (workAliases !== undefined && !(Array.isArray(workAliases) && workAliases.every((a) => typeof a === 'string'))) {
    throw expectedType(`${where}.workAliases to be an array of strings`, workAliases);
  }
  const a = analysis as Partial<ReviewAnalysis> | null;
  if (a === null || typeof a !== 'object' || !Array.isArray(a.characters) || !Array.isArray(a.people) || !Array.isArray(a.sections) || !Array.isArray(a.quotes) || !Array.isArray(a.works)) {
    throw expectedType(`${where}.analysis to be a review-lens analysis`, analysis);
  }
  const badWork = a.works.findIndex((w) => w === null || typeof w !== 'object' || !Array.isArray((w as { mentions?: unknown }).mentions));
  if (badWork >= 0) throw expectedType(`${where}.analysis.works[${badWork}].mentions to be an array`, a.works[badWork]);
  if (text === undefined) return;
  if (typeof text !== 'string') throw expectedType(`${where}.text to be a string`, text);
  const chars = a.stats?.characters;
  if (chars !== undefined && chars !== text.length) throw new RangeError(`review-lens: expected ${where}.text to be the text analysed (${chars} characters), got ${text.length} characters`);
  if (a.textChecksum !== undefined && textChecksum(text) !== a.textChecksum) {
    throw new RangeError(`review-lens: expected ${where}.text to be the text analysed (checksum ${a.textChecksum}), got another text (checksum ${textChecksum(text)})`);
  }
}

/** What the index keeps to, resolved from {@link IndexOptions}. */
type Caps = Required<{ [K in keyof IndexOptions]-?: number }>;

function capsOf(options: IndexOptions): Caps {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw expectedType('options to be an object', options);
  return {
    maxQuotes: count(options.maxQuotes, 'options.maxQuotes', 5),
    maxDocumentIds: count(options.maxDocumentIds, 'options.maxDocumentIds', 20),
    maxCooccurrences: count(options.maxCooccurrences, 'options.maxCooccurrences', 200),
    minDocuments: count(options.minDocuments, 'options.minDocuments', 1),
  };
}

/**
 * The index built one document at a time, for a caller that gets documents pushed to it (the
 * batch command): `add` each, then `finish` once. {@link buildIndex} is this over an iterable.
 */
export class IndexBuilder {
  private readonly caps: Caps;
  private readonly works = new Map<string, WorkTally>();
  private ordinal = 0;

  /** @param options - as for {@link buildIndex}. */
  constructor(options: IndexOptions = {}) {
    this.caps = capsOf(options);
  }

  /** Adds one document; throws a TypeError for an input that is not `{ id, work?, analysis }`. */
  add(item: IndexInput): void {
    checkInput(item, this.ordinal);
    const title = item.work ?? workOf(item.analysis);
    const key = formWords(title).join('') || title;
    let work = this.works.get(key);
    if (!work) {
      work = { title, aliases: new Map(), documents: 0, forms: new Map(), ties: new Map(), cooccurrence: new Map(), workTitles: new Map(), parsed: new Map(), namesNoOne: new Map(), firstWords: new Set(), twoSpellings: new Map(), weak: new Map(), weakPruned: -1, lowerWords: new WordCounts() };
      this.works.set(key, work);
    }
    for (const alias of [title, ...(item.workAliases ?? [])]) if (alias !== work.title && !work.aliases.has(alias)) work.aliases.set(alias, alias);
    collectDocument(work, item.id, this.ordinal, item.analysis, { quotes: this.caps.maxQuotes, documentIds: this.caps.maxDocumentIds }, item.text);
    this.ordinal++;
  }

  /** The index of the documents added so far. */
  finish(): ReviewIndex {
    const caps = { quotes: this.caps.maxQuotes, documentIds: this.caps.maxDocumentIds, cooccurrences: this.caps.maxCooccurrences, minDocuments: this.caps.minDocuments };
    const titles = allTitleKeys(this.works.values());
    return { schemaVersion: INDEX_SCHEMA_VERSION, works: [...this.works.values()].map((w) => finishWork(w, caps, titles)) };
  }
}

/**
 * Builds the cross-review index of analysed documents: per work, one entity per character and
 * real person with every name form reviewers used, how many documents name them, the kind the
 * documents' votes give, who plays whom, sentiment counts, quoted lines and co-occurrences.
 * Reads the inputs once, as they come; memory grows with the distinct name forms per work, not
 * with the number of documents.
 *
 * @param results - An iterable or async iterable of `{ id, work?, workAliases?, analysis, text? }`,
 *   e.g. the lines of `review-lens batch` with the work taken from a column (and the text, when
 *   the caller has it, for the words around each name).
 * @param options - Caps on quotes, document ids and co-occurrences, and a floor on documents.
 * @returns The {@link ReviewIndex}, works in order of first appearance.
 * @throws TypeError / RangeError for a bad input or option, saying which.
 *
 * @example
 * ```ts
 * import { analyzeReview } from 'review-lens';
 * import { buildIndex } from 'review-lens/index';
 * const texts = ['I love how Cheong-San fights.', 'Cheong San is brave, and On-Jo too.'];
 * const index = await buildIndex(texts.map((t, i) => ({ id: `r${i}`, work: 'All of Us Are Dead', analysis: analyzeReview(t) })));
 * console.log(index.works[0]?.characters[0]?.name); // Cheong-San
 * ```
 */
export async function buildIndex(results: Iterable<IndexInput> | AsyncIterable<IndexInput>, options: IndexOptions = {}): Promise<ReviewIndex> {
  if (results === null || typeof results !== 'object' || !(Symbol.iterator in results || Symbol.asyncIterator in results)) {
    throw expectedType('results to be an iterable or async iterable', results);
  }
  const builder = new IndexBuilder(options);
  for await (const item of results) builder.add(item);
  return builder.finish();
}

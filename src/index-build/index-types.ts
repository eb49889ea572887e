/**
 * The output contract of the cross-review index ({@link ReviewIndex}, schema version 1): one list of
 * characters and real people per work, merged across every review of it.
 * @packageDocumentation
 */
import type { PersonRole, ReviewAnalysis } from '../types';

/** The version of the index contract that {@link ReviewIndex} follows. */
export const INDEX_SCHEMA_VERSION = 1 as const;

/** One surface form of an entity and how many documents use it. */
export interface IndexForm {
  /** The form exactly as reviewers wrote it (the most used spelling when only case differs). */
  text: string;
  /**
   * Documents that name the entity with this form.
   * @minimum 1
   */
  count: number;
}

/** How the documents that name an entity feel about it: counts of document readings by label. */
export interface IndexSentiment {
  /**
   * Mean of the per-document scores, -1..1 (0 when no document gave one).
   * @minimum -1
   * @maximum 1
   */
  mean: number;
  /** Readings labelled positive. */
  positive: number;
  /** Readings labelled negative. */
  negative: number;
  /** Readings labelled neutral. */
  neutral: number;
  /** Readings labelled mixed. */
  mixed: number;
}

/** A line attributed to an entity in one document. */
export interface IndexQuote {
  /** The id of the document it is quoted in. */
  document: string;
  /** The quoted words, as in the document. */
  text: string;
}

/** One character or real person of a work, merged across its documents. */
export interface IndexEntity {
  /** `c0`, `c1`, … for characters and `p0`, `p1`, … for people, stable within one work of one index. */
  id: string;
  /** Canonical form: the fullest name that two or more documents use, in any word order (else the most used one), in its most used spelling. */
  name: string;
  /** Every surface form, most used first. */
  forms: IndexForm[];
  /**
   * Documents that name the entity (exact up to 1,024 per entity, estimated above); with the texts,
   * also the documents that write one of its forms, capitalised, that three documents or more
   * accept, without accepting it themselves.
   */
  documents: number;
  /** Mentions over all documents (with the texts, the plain mentions counted in `documents` too). */
  mentions: number;
  /** What the documents' votes make it. */
  kind: 'character' | 'person';
  /**
   * The share of the kind votes that went to `kind`, 0.5..1, three decimals: the documents' votes,
   * each weighted by its own confidence, and the work's own mix of kinds worth two more.
   * @minimum 0
   * @maximum 1
   */
  kindConfidence: number;
  /** For people: the roles documents give them, most given first. */
  roles?: PersonRole[];
  /** For characters: the id of the person the documents most often say plays them, or null. */
  playedBy?: string | null;
  /** For people: ids of the characters the documents say they play. */
  plays?: string[];
  /** Sentiment of the sentences (characters) or sections (people) that name the entity, per document. */
  sentiment: IndexSentiment;
  /** Lines attributed to the entity, best first (speech before scare quotes, surer speakers first), capped. */
  quotes: IndexQuote[];
  /** Ids of documents that name the entity, in input order, capped (the total is `documents`). */
  documentIds: string[];
}

/** Two entities named in the same section, and in how many sections. */
export interface IndexCooccurrence {
  /** The id of one entity. */
  a: string;
  /** The id of the other. */
  b: string;
  /**
   * Sections that name both.
   * @minimum 1
   */
  sections: number;
}

/** One work and the entities its documents name. */
export interface IndexWork {
  /** The work's title, as the caller gave it or as its documents name it most. */
  title: string;
  /** Other titles of the work (given by the caller, or other spellings seen). */
  aliases: string[];
  /** Documents about this work. */
  documents: number;
  /** Characters, most documents first. */
  characters: IndexEntity[];
  /** Real people, most documents first. */
  people: IndexEntity[];
  /** Entity pairs named in the same section, most sections first. */
  cooccurrence: IndexCooccurrence[];
}

/** A cross-review index: what {@link buildIndex} returns. */
export interface ReviewIndex {
  /** Always 1 for this contract. */
  schemaVersion: typeof INDEX_SCHEMA_VERSION;
  /** Works in order of first appearance. */
  works: IndexWork[];
}

/** One analysed document given to {@link buildIndex}. */
export interface IndexInput {
  /** The document's id (kept in `documentIds` and quotes). */
  id: string;
  /** The work it reviews; when absent, the work its analysis names most (else `unknown work`). */
  work?: string;
  /** Other titles of the work (e.g. an English title), gathered into the work's `aliases`. */
  workAliases?: readonly string[];
  /** What analyzeReview returned for it. */
  analysis: ReviewAnalysis;
  /**
   * The analysed text itself, when the caller has it. The index then also reads the words around
   * each name ("in the X", "X's mother", "X said", "he" or "it" after it) and leaves out, per work,
   * forms that its documents use as a place, a group or a power rather than for someone, and counts
   * a form three documents accept in the documents that write it without accepting it, and adds
   * minor names several reviews write mid-sentence that no analysis accepted (weak forms). New
   * names come only from texts, never from result lines alone. It must be the very text analysed
   * (its length and `textChecksum` are checked).
   */
  text?: string;
}

/** Options of {@link buildIndex}. Every option is optional. */
export interface IndexOptions {
  /** Quotes kept per entity, best first (default 5). */
  maxQuotes?: number;
  /** Document ids kept per entity (default 20). */
  maxDocumentIds?: number;
  /** Co-occurrence pairs kept per work, most sections first (default 200). */
  maxCooccurrences?: number;
  /** Entities named in fewer documents are left out (default 1: every entity). */
  minDocuments?: number;
}

/**
 * The types the speaker sieves share: in a module of their own, which imports no sieve, so the
 * modules that use them do not import one another for types alone.
 */
import type { Span } from '../../types';
import type { Annotation, Block, EntityDraft, MarkedQuoteDraft, NormalizedText, QuoteDraft, SpeakerDraft } from '../stage-types';

/** A gender read from titles, given names and pronouns; null when unknown. */
export type Gender = 'm' | 'f' | null;

/** A mention of an entity, in text order. */
export interface Mention extends Span {
  entity: number;
  /** True when the mention stands inside a quotation (not a script line). */
  quoted: boolean;
}

/** What every sieve reads: the text, its tokens, mentions and entities, and what was found so far. */
export interface Context {
  input: NormalizedText;
  ann: Annotation;
  /** Headings and paragraphs in document order. */
  blocks: readonly Block[];
  mentions: Mention[];
  entities: readonly EntityDraft[];
  quotes: readonly QuoteDraft[];
  /**
   * The last named speaker so far, the block of their quote (news: "he said" is them), and where
   * that quote or the speaker's name after it ends: names after it may be the ones meant instead.
   */
  lastSpeaker: { speaker: SpeakerDraft; block: number; end: number } | null;
  /**
   * The one person every speech quote given a speaker so far was given, and how many such quotes;
   * `mixed` once two people (or a speaker no entity holds) were given one.
   */
  voice: { speaker: SpeakerDraft | null; count: number; mixed: boolean };
  /** True for dialogue-heavy text (fiction), where speakers take turns paragraph by paragraph. */
  dialogueHeavy: boolean;
  /** Each entity's gender, worked out once (`genderOf` reads all its mentions). */
  genders: Map<number, Gender>;
  /** For each mention, the last one at or before it that is outside quotes (-1: none). */
  lastUnquoted: Int32Array;
  /** For each token, the last speech verb at or before it (-1: none); made when first asked. */
  lastVerb: Int32Array | null;
  /** Per quote, the clause joined after it and the last such quote at or before it; made when first asked. */
  joined: JoinedClauses | null;
  /** Per job in the making of a work ("director"), the people the text gave it, in text order; made when first asked. */
  jobHolders: ReadonlyMap<string, readonly JobHolder[]> | null;
  /** Per role, the mentions (indices, rising) whose entity has it; made when first asked. */
  byRole: Map<string, number[]> | null;
  /** The one person an interview's intro names (null: none or several); made when first asked. */
  interviewee: Mention | null | undefined;
  /** The entities most recently named, for "he" / "she"; null when the mentions overlap. */
  recent: RecentNames | null;
  /**
   * Names (lower-cased) the text uses only as outlets: every mention of their entity stands after
   * "told the", "in an interview with the", "writing in the" ("told the Herald-Mail").
   */
  outlets: ReadonlySet<string>;
  /** The entity the last "he" / "she" read was taken to mean, and that pronoun's gender. */
  pronounMet: { entity: number; gender: Gender } | null;
}

/**
 * The two entities most recently named outside quotes, for each kind (person or not) and gender,
 * as a sweep over the mentions in order brings them: "he said" needs only to know whether one or
 * more persons (else entities) of the right gender were named in the last paragraphs, so the two
 * latest of each kind and gender answer it without reading every mention of those paragraphs.
 */
export interface RecentNames {
  /** Mentions before this index have been swept, for a question at this offset. */
  swept: number;
  offset: number;
  /** Per class (see `classOf` in pronoun.ts), the two latest: entity, its mention index, that mention's block. */
  latest: { entity: number; mention: number; block: number }[][];
}

/**
 * The clauses joined after colon-introduced quotes ("X said: “…” but Y was not sure"), read once
 * per text so that asking about any stretch of it costs no walk over the quotes inside.
 */
export interface JoinedClauses {
  /** Per quote, the token opening the clause joined right after it with a subject of its own; -1: none. */
  token: Int32Array;
  /** Per quote, the index of the last quote at or before it that has such a clause; -1: none. */
  lastAt: Int32Array;
}

/**
 * One job given: the mention of the person it went to, and whether that person alone was given
 * the job up to there (so a quote asks once, by halving, not by walking back over the text).
 */
export interface JobHolder {
  mention: Mention;
  alone: boolean;
}

/** Where a quote stands, and the speech quote before it with what it was given. */
export interface QuoteAt<Q extends QuoteDraft = QuoteDraft> {
  quote: Q;
  /** The sentence and paragraph (block) of the quote's opening mark; -1 when none. */
  sentence: number;
  block: number;
  /** The speech quote before this one, its sentence, block and speaker (null / -1 before the first). */
  previous: { quote: MarkedQuoteDraft | null; sentence: number; block: number; speaker: SpeakerDraft | null };
}

/**
 * Finds the subject of the speech verb at token `v` (subject.ts's `subjectOf`). The pronoun search
 * takes it as an argument, as a sentence opened by a speech verb ("The director said …") names
 * whom a later "he" means, and subjectOf itself asks the pronoun search about "he said": passing
 * it keeps the two modules from importing each other.
 */
export type SubjectFinder = (ctx: Context, v: number, quoteStart: number) => SpeakerDraft | null;

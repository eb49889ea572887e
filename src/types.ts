/**
 * The public output contract of review-lens (schema version 1).
 *
 * Field names here are public: datasets are built from them. Add fields freely,
 * never rename or drop one without bumping {@link SCHEMA_VERSION}.
 *
 * Offsets are UTF-16 code-unit indices into the exact input string, `end`
 * exclusive, so `text.slice(start, end)` gives the item back.
 * @packageDocumentation
 */

/** The version of the output contract that {@link ReviewAnalysis} follows. */
export const SCHEMA_VERSION = 1 as const;

/** A half-open range `[start, end)` of UTF-16 code units in the input text. */
export interface Span {
  /**
   * Index of the first code unit.
   * @minimum 0
   */
  start: number;
  /**
   * Index one past the last code unit.
   * @minimum 0
   */
  end: number;
}

/** What kind of line a heading is. */
export type HeadingKind = 'title' | 'question' | 'heading';

/** A heading line: the document title, a question line or a sub-heading. */
export interface Heading extends Span {
  /** The heading's text, trimmed, exactly as in the input (markdown `#` marks left out). */
  text: string;
  /** `title` for the document's own title line, `question` for question lines, else `heading`. */
  kind: HeadingKind;
}

/**
 * The four sentiment labels: `positive` / `negative` the overall verdict, `mixed` praise and blame
 * both strong and balanced, `neutral` almost no opinion (a report, a factual answer, a plot summary).
 */
export type SentimentLabel = 'positive' | 'negative' | 'neutral' | 'mixed';

/** A sentiment reading of some stretch of text. */
export interface Sentiment {
  /**
   * From -1 (most negative) to +1 (most positive).
   * @minimum -1
   * @maximum 1
   */
  score: number;
  /** The label by the policy in the README (Sentiment labels). */
  label: SentimentLabel;
  /**
   * How sure the label is, 0..1: for `positive` / `negative` the chance the verdict is right
   * (calibrated on IMDb reviews), for `neutral` how little opinion there is (or how surely the text
   * is a report), for `mixed` how even praise and blame are. Keep only labels above a cut-off to
   * build a cleaner data set.
   * @minimum 0
   * @maximum 1
   */
  confidence: number;
}

/** A section: a heading and the paragraphs under it, up to the next heading. */
export interface Section extends Span {
  /** Stable within one analysis: `s0`, `s1`, … */
  id: string;
  /** The section's heading; `null` only for text before the first heading. */
  heading: Heading | null;
  /** The body paragraphs, in order (the heading is not one of them). */
  paragraphs: Span[];
  /** Sentiment of the heading and body together, work titles masked. */
  sentiment: Sentiment;
  /** Ids of the characters mentioned in this section. */
  characterIds: string[];
  /** Ids of the quotes that stand in this section. */
  quoteIds: string[];
}

/** A fictional person in the work under review. */
export interface Character {
  /** `c0`, `c1`, … */
  id: string;
  /** Canonical display form: the fullest form seen (e.g. `Cheong-San`). */
  name: string;
  /** Every other distinct surface form seen (`Cheong San`, `Cheongsan`). */
  aliases: string[];
  /** Every mention, in document order. */
  mentions: Span[];
  /** Role phrases the text ties to the character (`English Teacher`). */
  descriptors: string[];
  /** Id of the {@link Person} who plays the character, when the text says so. */
  playedBy: string | null;
  /**
   * How sure the names stage is that this is a character and not a real person, 0..1, three
   * decimals: the learned kind model's probability (for a kind explicit evidence settles, how often
   * that evidence is right on the training reviews; 1 when `knownNames` gave the kind). Near 0.5:
   * the text gave little evidence either way.
   */
  kindConfidence: number;
  /** Sentiment of the sentences that mention the character. */
  sentiment: Sentiment;
}

/** The roles a real person can have. */
export type PersonRole = 'actor' | 'director' | 'writer' | 'author' | 'other';

/** A real person: cast, crew, author, critic, someone quoted in news. */
export interface Person {
  /** `p0`, `p1`, … */
  id: string;
  /** Canonical display form, the fullest form seen. */
  name: string;
  /** Every other distinct surface form seen. */
  aliases: string[];
  /** Every mention, in document order. */
  mentions: Span[];
  /** What the text says they are. */
  roles: PersonRole[];
  /** Ids of the {@link Character}s they play. */
  plays: string[];
  /**
   * How sure the names stage is that this is a real person and not a character, 0..1, three
   * decimals: the learned kind model's probability (1 when `knownNames` gave the kind). Near 0.5:
   * the text gave little evidence either way.
   */
  kindConfidence: number;
}

/** A named work: a show, film, book, webtoon, album. */
export interface Work {
  /** `w0`, `w1`, … */
  id: string;
  /** The most used surface form of the title. */
  title: string;
  /** Every other distinct surface form seen. */
  aliases: string[];
  /** Every mention, in document order. */
  mentions: Span[];
}

/** What kind of quotation a {@link Quote} is. */
export type QuoteKind = 'speech' | 'dialogue' | 'term' | 'title';

/** How a speaker was found. */
export type SpeakerVia = 'dash' | 'verb' | 'script' | 'pronoun' | 'context';

/** Who said a quote. */
export interface Speaker {
  /** The speaker as the text names them. */
  name: string;
  /** The {@link Character} this speaker is, if any. */
  characterId: string | null;
  /** The {@link Person} this speaker is, if any. */
  personId: string | null;
  /** How the speaker was found. */
  via: SpeakerVia;
}

/** A quotation: the quoted words, without the quote marks. */
export interface Quote extends Span {
  /** `q0`, `q1`, … */
  id: string;
  /** The quoted words exactly as in the input (equals `text.slice(start, end)`). */
  text: string;
  /** speech, dialogue (script line), term (scare quotes) or title (a work's name). */
  kind: QuoteKind;
  /** Who said it; `null` when the text does not say. */
  speaker: Speaker | null;
  /** Id of the section the quote stands in. */
  sectionId: string;
  /** Sentiment of the quoted words. */
  sentiment: Sentiment;
}

/** Counts over the whole input. */
export interface Stats {
  /** Length of the input in UTF-16 code units. */
  characters: number;
  /** Words (runs of letters or digits). */
  words: number;
  /** Sentences, as wink-nlp finds them, split at paragraph ends. */
  sentences: number;
  /** Body paragraphs over all sections (headings not counted). */
  paragraphs: number;
}

/** The writer's explicit rating ("8/10", "4 stars", "★★★★☆"). */
export interface Rating extends Span {
  /** The rating given (8 in "8/10"). */
  value: number;
  /** The scale's top (10 in "8/10"; 5 for stars; 12 for letter grades, where F is 0, C 5, A 11, A+ 12). */
  scale: number;
}

/** What a {@link Warning} is about. */
export type WarningCode = 'unclosed-quote' | 'control-characters' | 'lone-surrogate';

/** Odd text found on the way: never an error, always a note with where it is. */
export interface Warning extends Span {
  /** What kind of oddity. */
  code: WarningCode;
  /** A sentence for people. */
  message: string;
}

/** The whole analysis of one text: what {@link analyzeReview} returns. */
export interface ReviewAnalysis {
  /** Always 1 for this contract. */
  schemaVersion: typeof SCHEMA_VERSION;
  /** The document's own title line, when it has one. */
  title: Heading | null;
  /** In document order; every non-blank character belongs to exactly one. */
  sections: Section[];
  /** Fictional people in the work under review. */
  characters: Character[];
  /** Real people: cast, crew, authors, critics. */
  people: Person[];
  /** Titles of shows, films, books, webtoons named in the text. */
  works: Work[];
  /** Quotations, in document order. */
  quotes: Quote[];
  /** Sentiment of the whole document (an explicit rating weighs in strongly). */
  sentiment: Sentiment;
  /** The writer's explicit rating, the last one in the text, or null. */
  rating: Rating | null;
  /** Counts over the input. */
  stats: Stats;
  /** Odd text met on the way (at most {@link MAX_WARNINGS}, in document order). */
  warnings: Warning[];
  /**
   * A hash of the analysed text's UTF-16 code units, 16 lower-case hex digits (a 64-bit
   * multiply-xorshift hash, not a cryptographic one). {@link renderReport} compares it to refuse a
   * text that is not the one analysed; equal texts always give equal checksums.
   * @pattern ^[0-9a-f]{16}$
   */
  textChecksum: string;
}

/** The most warnings one analysis lists. */
export const MAX_WARNINGS = 100;

/** The default of {@link AnalyzeOptions.maxLength}: ten million UTF-16 code units. */
export const DEFAULT_MAX_LENGTH = 10_000_000;

/** A name the caller already knows (from a cast list), with its other forms. */
export interface KnownName {
  /** The canonical form ("Cheong-San"). */
  name: string;
  /** Other forms the text may use ("Cheong San", "Cheongsan"). */
  aliases?: readonly string[];
  /** Whether it is a fictional character or a real person. Left to the text when absent. */
  kind?: 'character' | 'person';
}

/** Options of {@link analyzeReview}. Every option is optional. */
export interface AnalyzeOptions {
  /**
   * Names the caller already knows (a cast list). Used as extra evidence: their forms are found
   * wherever they occur and merged into one entity each. Never required.
   */
  knownNames?: readonly KnownName[];
  /**
   * Titles of works the caller already knows of (e.g. the show a review is about).
   * They are found wherever they occur, listed in `works` and masked for sentiment.
   */
  works?: readonly string[];
  /**
   * The longest text accepted, in UTF-16 code units (default {@link DEFAULT_MAX_LENGTH}); a longer
   * one is refused with a RangeError before any work, instead of exhausting memory.
   */
  maxLength?: number;
}

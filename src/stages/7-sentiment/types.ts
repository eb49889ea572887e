/**
 * The data of the sentiment stage: what it read in each hit and each sentence (stage 7), and what
 * the aggregation makes of them for every stretch of the text. Internal: not exported from the
 * package.
 */
import type { Sentiment, Span } from '../../types';

/** An opinion hit after the review rules: where it is and what it counts in its sentence. */
export interface ScoredHit extends Span {
  /** Index of its sentence in the annotation. */
  sentence: number;
  /** The lexicon's (or a review rule's) score, -1..1, before negation. */
  score: number;
  /** True when a negator before it or a word of absence right before it turns it round. */
  negated: boolean;
  /** Its word and contrast factors: intensifier, hedge, plot vocabulary, "but" / "although". */
  factor: number;
  /**
   * What it counts: `score` (a single word's shifted by its learned `WORD_SHIFTS` entry), turned
   * round when negated, times `factor`.
   */
  value: number;
  /** True when it lies in quoted speech: not the writer's own words. */
  quoted: boolean;
  /** True when it lies in the clause its sentence concedes: before "but", or in a clause an opening "although" leads (see `CONTRAST_BEFORE`). */
  conceded: boolean;
}

/**
 * How a sentence speaks, for telling a report (news that tells what others did and said) from the
 * writer's own opinion.
 */
export interface SentenceVoice {
  /** The writer speaks in the first person, outside quoted or reported speech. */
  firstPerson: boolean;
  /** It holds a reporting word ("said", "told", "according"). */
  reported: boolean;
  /** It holds quoted speech. */
  quoting: boolean;
  /** It addresses the reader ("you") outside quoted speech. */
  addressed: boolean;
  /** It points at the work ("this film", "that show"). */
  pointing: boolean;
  /** It exclaims or ends in a question. */
  exclaims: boolean;
  /** It holds a negator. */
  negated: boolean;
  /** The writer speaks for a group of readers or viewers ("we", "us", "our") outside quoted speech. */
  plural: boolean;
  /**
   * It says what something is like: a linking verb and, past at most `PREDICATE_GAP` adverbs and
   * determiners, an adjective ("the script is clumsy", "it was a truly gripping film").
   */
  predicates: boolean;
  /** Capitalised words after its first word ("I" aside). */
  capitals: number;
  /** Tokens with a digit. */
  digits: number;
}

/** What the stage read in one sentence of the annotation. */
export interface SentenceScore extends Span {
  /**
   * Opinion hits it holds. A sentence without any that holds a negator counts one, scoring
   * `NEGATION_CUE_SCORE`; 0 means the sentence has no score.
   */
  hits: number;
  /** Sum of its hits' values, negative ones weighed `NEGATIVE_WEIGHT` times. */
  leaned: number;
  /** Sum of the values of its hits outside quoted speech (unweighed). */
  writer: number;
  /** How many of its hits lie outside quoted speech. */
  writerHits: number;
  /**
   * Sum of the values of the writer's hits in the clause the sentence concedes ("The cast is
   * fine, but …"; "Although the cast is fine, …"): with the rest, the two sides of a judgement
   * that turns inside the sentence.
   */
  conceded: number;
  /** How many of the writer's hits lie in that conceded clause. */
  concededHits: number;
  /** How much it counts toward the score of a stretch: its `stress`, times `QUOTING_SENTENCE_WEIGHT` when it holds quoted speech. */
  weight: number;
  /**
   * How much the writer stresses it: a heading or a verdict (a sentence opening "Overall, …" or
   * holding a verdict phrase not negated nor narrowed: "a must-see", "I loved it") counts more
   * than 1. It weighs the writer's own praise and blame, which leave quoted hits out already.
   */
  stress: number;
  /** True when it is (part of) a heading. */
  heading: boolean;
  /** True when it reads as plot description (no first person, no word for the work or a part of it, no heading) or reports what other people think of it. */
  plot: boolean;
  /**
   * True when it reports what other people think of the work ("people say it drags", "some would
   * call it a mess") and does not turn to the writer's answer: someone else's view, which the
   * aggregation weighs `OTHERS_VIEW_WEIGHT` where it would weigh plot description less.
   */
  others: boolean;
  /** Word tokens. */
  words: number;
  /** True when it is a line that opens the readers' comments below a post ("Leave a Reply"). */
  opensComments: boolean;
  /** How it speaks: see {@link SentenceVoice}. */
  voice: SentenceVoice;
}

/** Output of stage 7: plain data the aggregation sums over any stretch. */
export interface SentimentData {
  /** One per sentence of the annotation, in the same order. */
  sentences: SentenceScore[];
  /** Every opinion hit kept, sorted by start. */
  hits: ScoredHit[];
  /** Where each word token starts, in order: the word count of any span. */
  wordStarts: number[];
}

/** What the label of a stretch is read from. */
export interface StretchReading {
  /** The stretch's score, -1..1. */
  score: number;
  /** Opinion words (lexicon hits) in the writer's own words: outside quoted speech. */
  hits: number;
  /** Words in the stretch. */
  words: number;
  /** Sums of the positive and of the negative (as a positive number) sentence means, writer's words only. */
  praise: number;
  blame: number;
  /** The strongest positive and negative sentence means (0 when none). */
  max: number;
  min: number;
  /** Sentences with opinion words of the writer's own. */
  sentences: number;
}

/** The sentiment of every stretch the analysis reports: the aggregation's output. */
export interface SentimentSummary {
  /** One per section, in order. */
  sections: Sentiment[];
  /** One per entity, in order: the sentences its mentions are in, for characters; `null` for people. */
  characters: (Sentiment | null)[];
  /** One per quote, in order: its own hits. */
  quotes: Sentiment[];
  /** The whole document, with the writer's explicit rating if any. */
  document: Sentiment;
}

/**
 * The aggregation step: the sentiment of every stretch the analysis reports, from the stage's
 * data, so the assembler only reads it.
 */
import type { Rating, Span } from '../../types';
import type { EntityDraft, SectionDraft } from '../stage-types';
import { sentimentAround, sentimentInside, sentimentOver } from './aggregate';
import { documentSentiment } from './document';
import type { SentimentData, SentimentSummary } from './types';

/** The stretches to score: the segmentation's sections and blocks, the entities, the quotes, the rating. */
export interface Stretches {
  /** The sections: each is scored over its heading and paragraphs. */
  sections: readonly SectionDraft[];
  /** Headings and paragraphs in document order: the whole document. */
  blocks: readonly Span[];
  /** The characters and people: a character is scored over the sentences of its mentions. */
  entities: readonly EntityDraft[];
  /** The quotes, each scored over its own hits. */
  quotes: readonly Span[];
  /** The writer's explicit rating, which decides the document's verdict. */
  rating: Rating | null;
  /**
   * The lean (-1..1) each section's heading gives it, by section: its part's score ("Sound: 4/10")
   * or the pole it names ("The bad"); null for none (and all none when left out).
   */
  sectionLeans?: readonly (number | null)[];
}

/**
 * Sentiment of each section (its heading and paragraphs, and the lean its heading gives), each character (the sentences its
 * mentions are in), each quote (its own hits) and the document.
 */
export function summarizeSentiment(data: SentimentData, r: Stretches): SentimentSummary {
  return {
    sections: r.sections.map((s, k) => sentimentOver(data, s.heading ? [s.heading, ...s.paragraphs] : s.paragraphs, r.sectionLeans?.[k] ?? null)),
    characters: r.entities.map((e) => (e.kind === 'character' ? sentimentAround(data, e.mentions) : null)),
    quotes: r.quotes.map((q) => sentimentInside(data, q)),
    document: documentSentiment(data, r.blocks, r.rating),
  };
}

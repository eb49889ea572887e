export { analyzeReview } from './analyze-review';
export { SCHEMA_VERSION } from './types';
export type {
  AnalyzeOptions,
  Character,
  Heading,
  HeadingKind,
  KnownName,
  Person,
  PersonRole,
  Quote,
  QuoteKind,
  ReviewAnalysis,
  Section,
  Sentiment,
  SentimentLabel,
  Span,
  Speaker,
  SpeakerVia,
  Stats,
  Work,
} from './types';

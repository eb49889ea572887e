export { analyzeReview } from './analyze-review';
export { renderReport } from './report/render-report';
export { DEFAULT_MAX_LENGTH, MAX_WARNINGS, SCHEMA_VERSION } from './types';
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
  Rating,
  ReviewAnalysis,
  Section,
  Sentiment,
  SentimentLabel,
  Span,
  Speaker,
  SpeakerVia,
  Stats,
  Warning,
  WarningCode,
  Work,
} from './types';

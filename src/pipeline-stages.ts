/**
 * The pipeline's stages, for the benchmark's per-stage timing only. Not part of the package's
 * API: `src/index.ts` does not export this module, and it is built into `bench/build/` alone.
 */
export { normalize } from './stages/normalize';
export { segmentSections } from './stages/segment-sections';
export { annotate } from './stages/annotate';
export { findWorks } from './stages/find-works';
export { findNames } from './stages/find-names';
export { findQuotes } from './stages/find-quotes';
export { attributeSpeakers } from './stages/attribute-speakers';
export { scoreSentiment } from './stages/score-sentiment';
export { assemble } from './stages/assemble';
export { scanWords } from './text/words';
export { WORK_NOUNS } from './data/work-cues';
export { findRating } from './stages/find-rating';

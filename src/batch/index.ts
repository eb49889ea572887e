export { analyzeReviews } from './analyze-reviews';
export type { BatchInput, BatchOptions, BatchResult } from './analyze-reviews';

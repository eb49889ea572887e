export { analyzeReviews } from './analyze-reviews';
export type { BatchFailure, BatchInput, BatchOptions, BatchResult, BatchResultBase, BatchSuccess } from './analyze-reviews';

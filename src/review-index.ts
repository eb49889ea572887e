/**
 * `review-lens/index`: the cross-review index, one list of characters and real people per work
 * merged across every analysed review of it.
 * @packageDocumentation
 */
export { buildIndex } from './index-build/build-index';
export { INDEX_SCHEMA_VERSION } from './index-build/index-types';
export type { IndexCooccurrence, IndexEntity, IndexForm, IndexInput, IndexOptions, IndexQuote, IndexSentiment, IndexWork, ReviewIndex } from './index-build/index-types';
export { renderIndexReport } from './report/render-index-report';

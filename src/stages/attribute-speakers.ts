/**
 * Stage 6: attribute speakers. The sieves, in order, are in `./speakers/index.ts` ({@link SIEVES}).
 */
export { attributeSpeakers, SIEVES, type Sieve } from './speakers/index';
export type { QuoteAt } from './speakers/types';

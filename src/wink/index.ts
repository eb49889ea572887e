/**
 * The wink adapter: loads wink-nlp and its English model once, and turns its reading of a text
 * into plain data (token columns, sentences, sentiment lexicon hits). The only part of review-lens
 * that imports wink-nlp; the stages read what it returns.
 */
export { ENGINE_LIMITS, engineStats } from './engine';
export { isModelWord, lexiconHits, readWink, wordLexiconHits, type WinkRead } from './read';
export type { TokenText } from './lexeme-cache';
export { MAX_MARK_RUN } from './wink-text';

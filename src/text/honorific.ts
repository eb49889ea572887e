/** Whether a word is a title that goes before a name, as written with or without its closing dot. */
import { HONORIFICS } from '../data/honorifics';
import { bareTitle } from './bare-title';

/**
 * True when `word` (lower case) is one of {@link HONORIFICS}, with or without its closing dot
 * (`mr.`, `mr`, `dr.`).
 *
 * @param word - One word, in lower case.
 */
export const isHonorific = (word: string): boolean => HONORIFICS.has(bareTitle(word));

/**
 * Every text of the shared evaluation corpus is analysed without throwing and keeps the contract.
 * The corpus is not part of the repository: without ../shared/corpus beside the checkout the suite
 * is skipped, and its title says why.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { contractProblems } from './helpers/invariants';
import { CORPUS_DIR, corpusFiles, corpusPresent, textsOf } from './helpers/corpus';

const files = corpusPresent ? corpusFiles() : ['(no corpus)'];
const title = corpusPresent ? `every text of ${CORPUS_DIR}` : `every text of the shared corpus: skipped, ${CORPUS_DIR} is not beside this checkout`;

describe.skipIf(!corpusPresent)(title, () => {
  it.each(files)('%s: every text is analysed and keeps the contract', (file) => {
    const texts = textsOf(file);
    expect(texts.length).toBeGreaterThan(0);
    // Every text is tried, and every failure listed, not only the first.
    const failures: string[] = [];
    for (const { where, text } of texts) {
      try {
        const problems = contractProblems(text, analyzeReview(text));
        if (problems.length) failures.push(`${where}: ${problems.slice(0, 3).join('; ')}`);
      } catch (e) {
        failures.push(`${where}: threw ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

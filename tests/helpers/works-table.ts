/**
 * The found / none table the works tests share: each case a text, the titles that must be found in
 * it (none at all when the list is empty), and titles that must not be.
 */
import { expect, it } from 'vitest';
import { analyzeReview } from '../../src/index';

/** Titles of the works found in `text`, in order of first mention. */
export const titles = (text: string): string[] => analyzeReview(text).works.map((w) => w.title);

/** One case of a works table. */
export interface WorksCase {
  text: string;
  found: readonly string[];
  none?: readonly string[];
}

/** One test per case, named by its text. */
export const worksTable = (cases: readonly WorksCase[]): void => {
  it.each(cases)('$text', ({ text, found, none = [] }) => {
    const got = titles(text);
    for (const f of found) expect(got).toContain(f);
    if (found.length === 0) expect(got).toEqual([]);
    for (const n of none) expect(got).not.toContain(n);
  });
};

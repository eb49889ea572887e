/**
 * `analyzeReview`: checks its arguments and runs the pipeline (`src/pipeline.ts`, the stages in
 * order).
 */
import { expectedType } from './errors';
import { resolveOptions } from './options';
import { runPipeline } from './pipeline';
import type { AnalyzeOptions, ReviewAnalysis } from './types';

/**
 * Analyses one review-style text: sections, characters, people, works, quotes with speakers, and
 * sentiment per section and for the whole text.
 *
 * Synchronous and pure: the same text and options always give the same JSON. The wink-nlp model
 * is loaded on the first call and reused.
 *
 * @param text - The text to analyse, exactly as the caller has it. Offsets in the result index it.
 * @param options - See {@link AnalyzeOptions}.
 * @returns The analysis; see {@link ReviewAnalysis} and the README's Output format.
 * @throws TypeError when `text` is not a string or an option has the wrong type.
 * @throws RangeError for an unknown option, or a text longer than `options.maxLength`.
 *
 * @example
 * ```ts
 * import { analyzeReview } from 'review-lens';
 * const a = analyzeReview('Best Scene\n\nI love how On-Jo says, “Hope is more important now than logic.”');
 * a.sections[0].heading?.text; // 'Best Scene'
 * a.quotes[0].speaker?.name;   // 'On-Jo'
 * ```
 */
export function analyzeReview(text: string, options?: AnalyzeOptions): ReviewAnalysis {
  if (typeof text !== 'string') throw expectedType('text to be a string', text);
  const opts = resolveOptions(options);
  if (text.length > opts.maxLength) {
    throw new RangeError(`review-lens: expected text of at most ${opts.maxLength} characters (options.maxLength), got ${text.length}`);
  }

  return runPipeline(text, opts).analysis;
}

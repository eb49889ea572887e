/**
 * `analyzeReview`: the pipeline, in order. Each stage is a pure function in `src/stages/`.
 */
import { expectedType } from './errors';
import { resolveOptions } from './options';
import { annotate } from './stages/annotate';
import { assemble } from './stages/assemble';
import { attributeSpeakers } from './stages/attribute-speakers';
import { findNames } from './stages/names';
import { tieNames } from './stages/names/tie-names';
import { findQuotes } from './stages/find-quotes';
import { findRating } from './stages/find-rating';
import { findWorks } from './stages/find-works';
import { normalize } from './stages/normalize';
import { scoreSentiment } from './stages/score-sentiment';
import { segmentSections } from './stages/segment-sections';
import { WORK_NOUNS } from './data/work-cues';
import { scanWords } from './text/words';
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

  // 1. normalize: a same-length view; offsets never move.
  const input = normalize(text);
  // 2. segment sections: title, headings, paragraphs, script lines.
  const segmentation = segmentSections(input);
  // 3. annotate with wink: tokens with offsets, sentences, sentiment hits.
  const annotation = annotate(input, segmentation.blocks);
  // 4. find names: works first (they are masked everywhere after), then characters and people,
  // then their names tied (descriptors, romanisations, the names the caller knows).
  const words = scanWords(input.view, input.lower, WORK_NOUNS);
  const works = findWorks(input, words, annotation, segmentation.title, opts.works);
  const names = findNames(input, words, annotation, segmentation, works);
  const entities = tieNames(input, names.entities, opts.knownNames, names.blocked);
  // 5. find quotes.
  const { quotes, unclosed } = findQuotes(input, segmentation, annotation, works);
  // 6. attribute speakers.
  const speakers = attributeSpeakers(input, annotation, segmentation.blocks, entities, quotes);
  // 7. score sentiment, work titles and names masked, quoted speech kept apart from the writer's
  //    own words (script lines may be misread: they count as the writer's); the writer's explicit
  //    rating, if any.
  const masked = [...works.flatMap((w) => w.mentions), ...entities.flatMap((e) => e.mentions)];
  const speech = quotes.filter((q) => q.kind === 'speech');
  const sentiment = scoreSentiment(annotation, segmentation.blocks, masked, speech);
  const rating = findRating(input.view, input.lower);
  // 8. assemble.
  return assemble({ input, segmentation, annotation, works, entities, quotes, unclosed, speakers, sentiment, rating, wordCount: words.length });
}

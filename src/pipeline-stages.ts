/**
 * The pipeline's stages, for the benchmark's per-stage timing only. Not part of the package's
 * API: `src/index.ts` does not export this module, and it is built into `bench/build/` alone.
 */
export { normalize } from './stages/normalize';
export { segmentSections } from './stages/segment-sections';
export { annotate } from './stages/annotate';
export { findWorks } from './stages/find-works';
export { findNames } from './stages/names';
export { tieNames } from './stages/names/tie-names';
export { findQuotes } from './stages/find-quotes';
export { attributeSpeakers } from './stages/attribute-speakers';
export { scoreSentiment } from './stages/score-sentiment';
export { assemble } from './stages/assemble';
export { scanWords } from './text/words';
export { WORK_NOUNS } from './data/work-cues';
export { findRating } from './stages/find-rating';
export { KIND_FEATURES } from './data/name-kind-features';

import { annotate as annotateStage } from './stages/annotate';
import { findNames as findNamesStage } from './stages/names';
import { settledAsCharacter } from './stages/names/kind-features';
import { findWorks as findWorksStage } from './stages/find-works';
import { normalize as normalizeStage } from './stages/normalize';
import { segmentSections as segmentStage } from './stages/segment-sections';
import { WORK_NOUNS as workNouns } from './data/work-cues';
import { scanWords as scanWordsStage } from './text/words';
import { tieNames as tieNamesStage } from './stages/names/tie-names';
import { findQuotes as findQuotesStage } from './stages/find-quotes';
import { scoreSentiment as scoreSentimentStage, type StretchReading } from './stages/score-sentiment';
import { resolveOptions } from './options';

/** One entity of the names stage before names are tied: its surface forms and its kind features. */
export interface NameKindRow {
  /** Distinct surface forms of its mentions, in order of first use. */
  forms: string[];
  /** Its feature vector, in `KIND_FEATURES` order. */
  features: number[];
  /** The kind the shipped model gave it. */
  kind: 'character' | 'person';
  /** Explicit evidence settles it as a character: the model is not asked. */
  settled: boolean;
}

/**
 * Runs the pipeline up to the names stage on `text` and returns every entity's forms and kind
 * features: what `scripts/train-names.mjs` labels against gold readings and fits the kind model on.
 */
export function nameKindRows(text: string): NameKindRow[] {
  const input = normalizeStage(text);
  const seg = segmentStage(input);
  const ann = annotateStage(input, seg.blocks);
  const words = scanWordsStage(input.view, input.lower, workNouns);
  const works = findWorksStage(input, words, ann, seg.title, []);
  const { entities, features } = findNamesStage(input, words, ann, seg, works);
  return entities.map((e, i) => ({
    forms: [...new Set(e.mentions.map((m) => text.slice(m.start, m.end)))],
    features: features[i] as number[],
    kind: e.kind,
    settled: settledAsCharacter(features[i] as number[]),
  }));
}

/**
 * What the document's sentiment label of `text` is read from (the pipeline up to stage 7): the
 * reading of its sentences and its report features. `scripts/eval-sentiment.mjs --fit` fits the
 * label confidence and the report model on these.
 */
export function sentimentRow(text: string): { reading: StretchReading; report: number[] } {
  const opts = resolveOptions(undefined);
  const input = normalizeStage(text);
  const seg = segmentStage(input);
  const ann = annotateStage(input, seg.blocks);
  const words = scanWordsStage(input.view, input.lower, workNouns);
  const works = findWorksStage(input, words, ann, seg.title, opts.works);
  const names = findNamesStage(input, words, ann, seg, works);
  const entities = tieNamesStage(input, names.entities, opts.knownNames, names.blocked);
  const { quotes } = findQuotesStage(input, seg, ann, works);
  const masked = [...works.flatMap((w) => w.mentions), ...entities.flatMap((e) => e.mentions)];
  const speech = quotes.filter((q) => q.kind === 'speech');
  return scoreSentimentStage(ann, seg.blocks, masked, speech).documentReading(seg.blocks);
}

/**
 * The pipeline's stage list and the rows the fitting scripts learn from, for the benchmark and
 * `scripts/` only. Not part of the package's API: `src/index.ts` does not export this module, and
 * it is built into `bench/build/` alone.
 */
import { resolveOptions } from './options';
import { runPipeline } from './pipeline';
import { kindDecider } from './stages/4-names/kind-decision';
import { documentReading } from './stages/7-sentiment/document';
import type { StretchReading } from './stages/7-sentiment';
import { normalize } from './stages/1-normalize';
import { segmentSections } from './stages/2-segment';
import { annotate } from './stages/3-annotate';
import { stronglyCuedTitles } from './stages/4-works';
import { WORK_NOUNS } from './data/work-cues';
import { scanWords } from './text/words';
import { WordFacts } from './stages/word-facts';

export { runPipeline, STAGES, type OnStage, type PipelineRun, type StageName } from './pipeline';
export { resolveOptions } from './options';
export { findRating } from './stages/7-rating';
export { NEGATED_BLAME_WEIGHT, NEGATIVE_WEIGHT } from './data/sentiment-rules';
export { KIND_FEATURES } from './data/name-kind-features';
export { NAME_KIND_WEIGHTS } from './data/name-kind-weights';
export { kindDecider } from './stages/4-names/kind-decision';
export { setJoinedFeatures } from './stages/4-names/kind-joined';
export { learnedTitleFault } from './stages/4-works/learned-titles';
export { titleReadsAsHero } from './stages/4-works/5-hero-mentions';
export { BAND_MEMBER_NOUNS, BAND_NOUNS } from './data/work-cues';
export { realPersonCued } from './stages/4-names/learned-parts';
export { partNameKey, withoutKnownParts } from './stages/4-names/known-parts';
export { isListedFirstName } from './text/listed-first-name';
export { NAME_SUFFIXES, PLACE_LEADS } from './data/name-cue-words';

/** One entity of the names stage before names are tied: its surface forms and its kind features. */
export interface NameKindRow {
  /** Distinct surface forms of its mentions, in order of first use. */
  forms: string[];
  /** Its feature vector, in `KIND_FEATURES` order. */
  features: number[];
  /** The kind the shipped model gave it. */
  kind: 'character' | 'person';
  /**
   * What decides its kind (`kindDecider`): `person` or `character` when explicit evidence settles
   * it, `unmarked` when nothing tells it (the kind such names mostly have), in these three cases
   * without the model; `model` otherwise, the only rows the model is fitted on.
   */
  decider: 'person' | 'character' | 'unmarked' | 'model';
  /**
   * The rows (places in the list `nameKindRows` returns) this one is joined to in a list or a
   * match-up: whose kinds, as a model is sure of them, set its `joinedCharacter` and
   * `joinedPerson` features (`setJoinedFeatures`).
   */
  joinedTo: number[];
}

/**
 * Runs the pipeline on `text` and returns every entity the names stage found (before names are
 * tied) with its forms and kind features: what `scripts/train-names.mjs` labels against gold
 * readings and fits the kind model on.
 */
export function nameKindRows(text: string): NameKindRow[] {
  const { names } = runPipeline(text, resolveOptions(undefined));
  return names.entities.map((e, i) => ({
    forms: [...new Set(e.mentions.map((m) => text.slice(m.start, m.end)))],
    features: names.features[i] as number[],
    kind: e.kind,
    decider: kindDecider(names.features[i] as number[]),
    joinedTo: names.joinedTo[i] as number[],
  }));
}

/**
 * What the document's sentiment label of `text` is read from: the reading of its sentences and its
 * report features. `scripts/eval-sentiment.mjs --fit` fits the label confidence and the report
 * model on these.
 */
export function sentimentRow(text: string): { reading: StretchReading; report: number[] } {
  const { sentiment, segmentation } = runPipeline(text, resolveOptions(undefined));
  return documentReading(sentiment, segmentation.blocks);
}

/**
 * The titles a strong cue names a work in `text` (quote marks, "the anime X", "X (2004)", "X
 * season 2", a maker's possessive, ...), read by the pipeline's first stages and the works
 * stage's passes: what `scripts/learn-work-titles.mjs` counts over the unlabelled corpus.
 */
export function stronglyCuedWorkTitles(text: string): string[] {
  const input = normalize(text);
  const segmentation = segmentSections(input);
  const annotation = annotate(input, segmentation.blocks);
  const facts = new WordFacts(scanWords(input.view, input.lower, WORK_NOUNS), annotation, input.view);
  return stronglyCuedTitles(input, facts, segmentation.title);
}

/**
 * The pipeline, in order, in one place: `analyzeReview` runs it, and the benchmark's per-stage
 * timing and the fitting scripts run the same list (through `onStage`), so no copy of the order
 * can drift. Each stage is a pure function in `src/stages/` that returns data.
 */
import type { ResolvedOptions } from './options';
import { annotate } from './stages/3-annotate';
import { assemble } from './stages/8-assemble';
import { attributeSpeakers } from './stages/6-speakers';
import { findNames } from './stages/4-names';
import { tieNames } from './stages/4-names/tie-names';
import { findQuotes } from './stages/5-quotes/index';
import { headingLean } from './stages/7-heading-lean';
import { findRating } from './stages/7-rating';
import { calledUntakenWorks, findWorks, heroTitledWorks } from './stages/4-works';
import { compact } from './stages/4-names/tie-merge';
import { normalize } from './stages/1-normalize';
import { scoreSentiment, summarizeSentiment } from './stages/7-sentiment';
import { segmentSections } from './stages/2-segment';
import { WORK_NOUNS } from './data/work-cues';
import { scanWords } from './text/words';
import { WordFacts } from './stages/word-facts';
import type { ReviewAnalysis, Span } from './types';

/** The stages' names, in the order they run, as the benchmark prints them. */
export const STAGES = [
  '1 normalize',
  '2 segment sections',
  '3 annotate (wink)',
  '4 scan words',
  '4 find works',
  '4 find names',
  '4 tie names',
  '4 hero titles',
  '5 find quotes',
  '6 attribute speakers',
  '7 score sentiment',
  '7 find rating',
  '7 sum sentiment',
  '8 assemble',
] as const;

/** One stage's name. */
export type StageName = (typeof STAGES)[number];

/**
 * Called once per stage with the stage's name and the call that runs it; it must return what the
 * call returns (the benchmark times the call). The default just runs it.
 */
export type OnStage = <T>(stage: StageName, run: () => T) => T;

const runStage: OnStage = (_stage, run) => run();

/** What each stage gave, for one text: the analysis and every intermediate result on the way. */
export interface PipelineRun {
  input: ReturnType<typeof normalize>;
  segmentation: ReturnType<typeof segmentSections>;
  annotation: ReturnType<typeof annotate>;
  words: WordFacts['words'];
  /** The facts of the words the works and names stages read. */
  wordFacts: WordFacts;
  works: ReturnType<typeof findWorks>;
  names: ReturnType<typeof findNames>;
  entities: ReturnType<typeof tieNames>;
  quotes: ReturnType<typeof findQuotes>;
  speakers: ReturnType<typeof attributeSpeakers>;
  sentiment: ReturnType<typeof scoreSentiment>;
  rating: ReturnType<typeof findRating>;
  sentimentSummary: ReturnType<typeof summarizeSentiment>;
  analysis: ReviewAnalysis;
}

/**
 * Runs every stage on `text` in order. The options are already checked (`resolveOptions`); the
 * text is a string within `opts.maxLength`.
 */
export function runPipeline(text: string, opts: ResolvedOptions, onStage: OnStage = runStage): PipelineRun {
  // 1. normalize: a same-length view; offsets never move.
  const input = onStage('1 normalize', () => normalize(text));
  // 2. segment sections: title, headings, paragraphs, script lines.
  const segmentation = onStage('2 segment sections', () => segmentSections(input));
  // 3. annotate with wink: tokens with offsets, sentences, sentiment hits.
  const annotation = onStage('3 annotate (wink)', () => annotate(input, segmentation.blocks));
  // 4. find names: works first (they are masked everywhere after), then characters and people,
  //    then their names tied (descriptors, romanisations, casting over entities, known names).
  //    The words' facts both read (lower-case words, sentence starts, tags) are made once, here.
  const wordFacts = onStage('4 scan words', () => new WordFacts(scanWords(input.view, input.lower, WORK_NOUNS), annotation, input.view));
  const { words } = wordFacts;
  const foundWorks = onStage('4 find works', () => findWorks(input, wordFacts, segmentation.title, opts.works));
  const names = onStage('4 find names', () => findNames(input, wordFacts, segmentation, foundWorks));
  //    A character's name its neighbours use as a work's title there is the work named after it
  //    (`I watched Shrek with my kids`, `the first Shrek movie`): those mentions move to the work.
  const tied = onStage('4 tie names', () => tieNames(input, words, names.entities, opts.knownNames, names.blocked, foundWorks, names.news));
  const { works, entities } = onStage('4 hero titles', () => {
    const hero = heroTitledWorks(input.view, wordFacts, foundWorks, tied);
    const heroEntities = hero.works === foundWorks ? hero.entities : compact(hero.entities);
    //  A run no stage took that a sentence calls a film (`Jaws is a film about …`) is one too.
    return { works: calledUntakenWorks(input.view, wordFacts, hero.works, heroEntities), entities: heroEntities };
  });
  // 5. find quotes.
  const quotes = onStage('5 find quotes', () => findQuotes(input, segmentation, annotation, works));
  // 6. attribute speakers.
  const speakers = onStage('6 attribute speakers', () => attributeSpeakers(input, annotation, segmentation.blocks, entities, quotes.quotes));
  // 7. score sentiment, work titles and names masked, quoted speech kept apart from the writer's
  //    own words (script lines may be misread: they count as the writer's); the writer's explicit
  //    rating, if any.
  const sentiment = onStage('7 score sentiment', () => {
    // Pushed in a loop: spreading the flatMap results copies every mention twice more.
    const masked: Span[] = [];
    for (const w of works) for (const m of w.mentions) masked.push(m);
    for (const e of entities) for (const m of e.mentions) masked.push(m);
    const speech = quotes.quotes.filter((q) => q.kind === 'speech');
    return scoreSentiment(annotation, segmentation.blocks, masked, speech);
  });
  //    A heading's own score ("Sound: 4/10") or the pole it names ("The bad") leans its section.
  const { rating, sectionLeans } = onStage('7 find rating', () => ({
    rating: findRating(input.view, input.lower),
    sectionLeans: segmentation.sections.map((s) => (s.heading ? headingLean(input.view.slice(s.heading.start, s.heading.end)) : null)),
  }));
  //    The sentiment of each section, character, quote and the document, summed from the scores.
  const sentimentSummary = onStage('7 sum sentiment', () =>
    summarizeSentiment(sentiment, { sections: segmentation.sections, blocks: segmentation.blocks, entities, quotes: quotes.quotes, rating, sectionLeans }),
  );
  // 8. assemble.
  const analysis = onStage('8 assemble', () =>
    assemble({ input, segmentation, annotation, works, entities, quotes: quotes.quotes, unclosed: quotes.unclosed, speakers, sentiment: sentimentSummary, rating, wordCount: words.length }),
  );
  return { input, segmentation, annotation, words, wordFacts, works, names, entities, quotes, speakers, sentiment, rating, sentimentSummary, analysis };
}

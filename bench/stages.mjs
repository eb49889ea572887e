// Per-stage timing of the pipeline over a corpus: the share of each stage in the whole analysis.
import * as S from './build/stages.js';

/** Rounds over the corpus before timing starts: V8 compiles the stages fully only after a few. */
const WARM_UP_ROUNDS = 4;

/** Runs every stage by hand, as analyzeReview does, and adds up each stage's time. */
export function stageShares(docs, rounds = 5) {
  const times = new Map();
  const time = (name, fn) => {
    const t0 = performance.now();
    const out = fn();
    times.set(name, (times.get(name) ?? 0) + performance.now() - t0);
    return out;
  };
  // Warm up the model and the JIT of these stage functions (a copy of the pipeline's, built apart
  // from dist/): the first rounds are untimed, as warm-up is for the throughput figures.
  for (let r = -WARM_UP_ROUNDS; r < rounds; r++) {
    if (r === 0) times.clear();
    for (const text of docs) {
      const input = time('1 normalize', () => S.normalize(text));
      const seg = time('2 segment sections', () => S.segmentSections(input));
      const ann = time('3 annotate (wink)', () => S.annotate(input, seg.blocks));
      const words = time('4 find names (words)', () => S.scanWords(input.view, input.lower, S.WORK_NOUNS));
      const works = time('4 find works', () => S.findWorks(input, words, ann, seg.title, []));
      const names = time('4 find names (names)', () => S.findNames(input, words, ann, seg, works));
      const entities = time('4 tie names', () => S.tieNames(input, names.entities, [], names.blocked));
      const { quotes, unclosed } = time('5 find quotes', () => S.findQuotes(input, seg, ann, works));
      const speakers = time('6 attribute speakers', () => S.attributeSpeakers(input, ann, seg.blocks, entities, quotes));
      const masked = [...works.flatMap((w) => w.mentions), ...entities.flatMap((e) => e.mentions)];
      const sentiment = time('7 score sentiment', () => S.scoreSentiment(ann, seg.blocks, masked));
      time('8 assemble', () => S.assemble({ input, segmentation: seg, annotation: ann, works, entities, quotes, unclosed, speakers, sentiment, rating: null, wordCount: words.length }));
    }
  }
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  return [...times.entries()].sort().map(([stage, ms]) => ({ stage, ms, share: ms / total }));
}

// Per-stage timing of the pipeline over a corpus: the share of each stage in the whole analysis.
import * as S from './build/stages.js';

/** Rounds over the corpus before timing starts: V8 compiles the stages fully only after a few. */
const WARM_UP_ROUNDS = 4;

/**
 * Runs the pipeline's own stage list (`runPipeline` of src/pipeline.ts, built apart from dist/ into
 * bench/build/) over the documents and adds up each stage's time, through its `onStage` hook.
 */
export function stageShares(docs, rounds = 5) {
  const times = new Map();
  const onStage = (stage, run) => {
    const t0 = performance.now();
    const out = run();
    times.set(stage, (times.get(stage) ?? 0) + performance.now() - t0);
    return out;
  };
  const opts = S.resolveOptions(undefined);
  // Warm up the model and the JIT of the stage functions: the first rounds are untimed, as warm-up
  // is for the throughput figures.
  for (let r = -WARM_UP_ROUNDS; r < rounds; r++) {
    if (r === 0) times.clear();
    for (const text of docs) S.runPipeline(text, opts, onStage);
  }
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  return S.STAGES.filter((stage) => times.has(stage)).map((stage) => ({ stage, ms: times.get(stage), share: times.get(stage) / total }));
}

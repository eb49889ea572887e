import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * esbuild rewrites a regular expression literal with a Unicode property escape (`/\p{L}/u`) into
 * `new RegExp(...)` for a Node target, and a `new RegExp` inside a function is made again at every
 * call (the stages test one character at a time with such literals). Node 20 reads these escapes
 * itself, so esbuild is told to keep the literals.
 */
const keepRegexLiterals: NonNullable<Options['esbuildOptions']> = (options) => {
  options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
};

const configs: Options[] = [
  {
    // The library: ESM and CJS, each with its own type declarations.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // No `clean` here: tsup's declaration step with `clean` removes every .d.ts in dist when it
    // starts, and it runs beside the other entries' builds, so on a slow machine it removed
    // declarations another entry had already written. `npm run build` empties dist first instead.
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    // The command-line tool: ESM only, run by Node.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    define: { __VERSION__: JSON.stringify(version) },
    // One file: the batch mode, loaded only when asked for, is inlined rather than a chunk.
    splitting: false,
    // tinypool finds its own worker file next to itself: it must stay a package, not be bundled.
    // csv-parse (batch CSV input) is a runtime dependency, installed with the package.
    // bullmq and ioredis (the queue commands) are optional peers, imported only when used.
    // hyparquet-writer and csv-stringify write the tables of --format parquet and csv.
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'tinypool', 'csv-parse', 'csv-stringify', 'hyparquet-writer', 'bullmq', 'ioredis'],
  },
  {
    // Batch analysis on worker threads: Node only, its own entry (review-lens/batch).
    entry: { batch: 'src/batch/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    shims: true,
    splitting: false,
    sourcemap: true,
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'tinypool'],
  },
  {
    // The queue (review-lens/queue): BullMQ and ioredis are optional peers, loaded when used.
    entry: { queue: 'src/queue/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    shims: true,
    splitting: false,
    sourcemap: true,
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'bullmq', 'ioredis'],
  },
  {
    // The queue's sandboxed processor (ESM; BullMQ imports it in a worker thread per job slot).
    entry: { 'queue-processor': 'src/queue/processor.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    splitting: false,
    sourcemap: true,
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    // The cross-review index (review-lens/index): ESM and CJS, no dependency of its own.
    entry: { 'review-index': 'src/review-index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'neutral',
    sourcemap: true,
  },
  {
    // The batch worker (ESM; the CJS entry loads it too): one wink instance per thread.
    entry: { worker: 'src/batch/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    splitting: false,
    sourcemap: true,
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    // One file for browsers: the library with wink-nlp and its model inside, no bare imports left.
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    minify: true,
  },
  {
    // The stages one by one, for `npm run bench` only: never published (outside dist/).
    entry: { stages: 'src/pipeline-stages.ts' },
    format: ['esm'],
    outDir: 'bench/build',
    target: 'node20',
    platform: 'node',
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
  },
];

/**
 * Every file under dist/ is minified, identifiers too: Node reads and pre-parses the whole bundle at
 * import and parses each function again at its first call, both in proportion to the text, which
 * is a fixed part of every process's start (a worker's too). The source maps beside each file give
 * stack traces their source names back (`node --enable-source-maps`). The benchmark's stages build
 * stays as written: its tools find the stage functions by name.
 */
const minified = (config: Options): Options => (config.outDir === undefined ? { ...config, minify: true } : config);

export default defineConfig(configs.map((config) => ({ ...minified(config), esbuildOptions: keepRegexLiterals })));

/**
 * Loads wink and its model, once per process (and again past {@link ENGINE_LIMITS}). With
 * ./read, the only module that imports wink-nlp and its model.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { SentimentMachine } from '../text/sentiment-machine';
import { coreReader } from './core-model';
import { LearnedWords, type FeatureTable, type WinkWordCache } from './learned-words';
import { LexemeCache } from './lexeme-cache';
import { textNumbers, type TextNumbers } from './map-record';
import { sentimentTables } from './sentiment-tables';

/** wink loaded with review-lens's pipes, and what the adapter keeps beside it. */
export interface Engine {
  nlp: ReturnType<typeof winkNLP>;
  /** wink's sentiment lexicon machine, run by the adapter rather than as wink's 'sentiment' pipe. */
  machine: SentimentMachine;
  /** wink's lexeme ids by text (the model's own table, which wink extends with new words). */
  lexemeIds: TextNumbers;
  /** Keeps the words wink learned in earlier reads out of each read: see {@link LearnedWords}. */
  learned: LearnedWords;
  /**
   * What is known of each wink lexeme (text, type, normal form …), by wink's id for it. Kept from
   * one document to the next, and still no analysis depends on what the process read before: each
   * fact is wink's for that lexeme in every read with this load of the model (wink keeps one
   * lexicon and adds new words to it), so each is asked of wink once. A reload numbers learned
   * words anew, so it starts afresh.
   */
  lexemes: LexemeCache;
  /**
   * The normal form of the model's own lexeme `id`, as wink gives it for a token of that lexeme
   * that is no contraction ("cosy": "cozy").
   */
  normalOf(id: number): string;
}

/** wink's word cache as the adapter reads it besides {@link WinkWordCache}: a lexeme's normal form. */
interface WinkLexicon extends WinkWordCache {
  /** The number of lexeme `index`'s normal form (a mapped spelling's normal form too). */
  normal(index: number): number;
  /** The text of lexeme `index`. */
  value(index: number): unknown;
}

/** One read of wink (the type `nlp.readDoc` returns). */
export type WinkDoc = ReturnType<Engine['nlp']['readDoc']>;

/**
 * One read of wink with its raw document data, which wink's `its` functions take by token index:
 * reading a token's facts through them asks for no collection of every token per fact.
 */
export interface FreshRead {
  doc: WinkDoc;
  /** wink's raw document data of {@link FreshRead.doc} (opaque: only wink's `its` functions read it). */
  data: unknown;
}

/** Which of wink's feature tables {@link LearnedWords} watches; the lexemes come first. */
const LEARNED_TABLES = ['lexeme', 'prefix', 'suffix', 'shape'] as const;

/**
 * `maxLearned`: how many learned values wink's tables may hold before the model is loaded afresh
 * (wink keeps every word it meets, so a process that reads millions of reviews would otherwise grow
 * with its vocabulary, every typo and name, without end). Tests lower it to see a reload.
 */
export const ENGINE_LIMITS = { maxLearned: 500_000 };

/** A word no model has: read once at load, so that wink hands over its word cache. */
const UNKNOWN_WORD = 'qzxvrl';

/** A wink machine with no patterns: `[version, last state, states, terminals, marked, custom]`. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** The loaded model, shared by every read of the process: see {@link Engine.lexemes}. */
let engine: Engine | null = null;
/** How many times this process loaded the model. */
let loads = 0;
/** The raw document data of wink's latest read, handed over by its part-of-speech setter. */
let lastData: unknown = null;

/**
 * How many times this process loaded wink's model, and how many values wink has learned since the
 * last load: for tests and the benchmark's memory figures; not part of the package's API.
 */
export function engineStats(): { loads: number; learned: number } {
  return { loads, learned: engine?.learned.grown ?? 0 };
}

/**
 * wink and its model, loaded once per process. wink's 'sentiment' pipe is not run: its lexicon
 * machine, as a {@link SentimentMachine} (the same hits, faster tables: pre-built ones where they
 * fit the loaded model, see {@link sentimentTables}), runs over the tokens wink gives; the model's
 * lexeme table is kept from wink's load for it.
 */
export function getEngine(): Engine {
  if (engine && engine.learned.grown < ENGINE_LIMITS.maxLearned) return engine;
  loads++;
  const loadCore = coreReader(model as unknown as { core: () => { features: Record<(typeof LEARNED_TABLES)[number], FeatureTable> } });
  let lexemeIds: Record<string, number | undefined> | null = null;
  let tables: FeatureTable[] = [];
  let lexiconSize = 0;
  let lexemeWords: unknown[] = [];
  let wordCache: WinkWordCache | null = null;
  // wink does not expose its word cache, but passes it to the model's feature functions as it
  // learns a word: the first one it learns hands it over.
  const features = (config: unknown) => {
    const made = (model.featureFn as unknown as (c: unknown) => { pos: (word: string, category: number, cache: WinkWordCache) => unknown })(config);
    const pos = made.pos;
    made.pos = (word, category, cache) => {
      wordCache ??= cache;
      made.pos = pos;
      return pos(word, category, cache);
    };
    return made;
  };
  // wink builds every machine of its model when it loads, used or not: the ones review-lens never
  // runs (entities, negation, and sentiment, which SentimentMachine reads itself) get an empty
  // machine, which saves parsing them at start-up.
  const unused = () => ({ machines: [EMPTY_MACHINE], transformers: [], setter: () => undefined });
  // wink hands its part-of-speech setter the read's raw document data, the last step of a read
  // with review-lens's pipes: it is kept for `its` functions (see FreshRead).
  type PosSetter = (data: unknown, ...rest: unknown[]) => unknown;
  const loadPos = model.pos as unknown as () => { setter: PosSetter };
  const pos = () => {
    const made = loadPos();
    const setter = made.setter;
    return {
      ...made,
      setter: (data: unknown, ...rest: unknown[]) => {
        lastData = data;
        return setter(data, ...rest);
      },
    };
  };
  const wrapped = Object.assign(Object.create(null) as object, model, {
    core() {
      const core = loadCore();
      lexemeIds = core.features.lexeme.hash;
      lexiconSize = core.features.lexeme.list.length;
      lexemeWords = core.features.lexeme.list;
      tables = LEARNED_TABLES.map((name) => core.features[name]);
      return core;
    },
    featureFn: features,
    pos,
    ner: () => ({ machines: [], transformers: [] }),
    negation: unused,
    sa: unused,
  }) as typeof model;
  // No 'negation' pipe either: the sentiment stage reads negation itself, over three words (wink's
  // runs to the next punctuation).
  const nlp = winkNLP(wrapped, ['sbd', 'pos']);
  nlp.readDoc(UNKNOWN_WORD);
  if (!lexemeIds || !wordCache) throw new Error(`review-lens: expected wink to hand over its lexeme table and word cache, got ${lexemeIds ? 'no word cache' : 'no lexeme table'}`);
  const ids: Engine['lexemeIds'] = textNumbers(lexemeIds);
  // A reload (see ENGINE_LIMITS) keeps the sentiment machine: the model's own lexeme ids do not
  // change from one load to the next.
  const modelMachine = () => (model.sa as unknown as () => { machines: string[] })().machines[0] as string;
  const machine = engine?.machine ?? new SentimentMachine(sentimentTables(lexemeWords, lexiconSize, modelMachine), ids.get('\n') ?? -1);
  const learned = new LearnedWords(wordCache, tables[0] as FeatureTable, tables);
  const lexicon = wordCache as WinkLexicon;
  const normalOf = (id: number): string => lexicon.value(lexicon.normal(id)) as string;
  engine = { nlp, machine, lexemeIds: ids, learned, lexemes: new LexemeCache(lexiconSize), normalOf };
  return engine;
}

/**
 * wink's reading of `text` as a freshly loaded model would read it: a new read for
 * {@link LearnedWords}, so that no analysis depends on what the process analysed before.
 */
export function readFresh(state: Engine, text: string): FreshRead {
  state.learned.beginRead();
  lastData = null;
  const doc = state.nlp.readDoc(text);
  const data = lastData;
  lastData = null;
  if (data === null) throw new Error('review-lens: expected wink to hand its part-of-speech setter the document it read, got no document');
  return { doc, data };
}

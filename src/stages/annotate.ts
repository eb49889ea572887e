/**
 * Stage 3: annotate with wink.
 *
 * The only module that imports wink-nlp. It runs wink over the normalized view (a long one in
 * pieces of whole blocks), turns wink's token indexes into character offsets into the caller's
 * text, captures the sentiment lexicon's hits token by token, and splits wink's sentences where a
 * heading or paragraph ends.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { FIRST_PERSON_LOWER } from '../data/pronouns';
import { REVIEW_LEXICON } from '../data/review-lexicon';
import { MIN_PREFIXED_LENGTH, NEGATING_PREFIXES } from '../data/sentiment-rules';
import { isSpace } from '../text/chars';
import { LearnedWords, type FeatureTable, type WinkWordCache } from '../text/learned-words';
import { LexemeCache, NORMAL, NORMAL_ID, TYPE, VALUE, VERB_SCORE } from '../text/lexeme-cache';
import { SentimentMachine } from '../text/sentiment-machine';
import { ShapeFilter } from '../text/words';
import type { Annotation, Block, NormalizedText, Sentence, SentimentHit, Token } from './stage-types';


interface Engine {
  nlp: ReturnType<typeof winkNLP>;
  /** wink's sentiment lexicon machine, run here rather than as wink's 'sentiment' pipe. */
  machine: SentimentMachine;
  /** wink's lexeme ids by text (the model's own table, which wink extends with new words). */
  lexemeIds: Record<string, number | undefined>;
  /** Keeps the words wink learned in earlier reads out of each read: see {@link LearnedWords}. */
  learned: LearnedWords;
  /**
   * What is known of each wink lexeme (text, type, normal form …), by wink's id for it: the same in
   * every document read with this load of the model (wink keeps one lexicon and adds new words to
   * it), so each is asked of wink once. A reload numbers learned words anew, so it starts afresh.
   */
  lexemes: LexemeCache;
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

let engine: Engine | null = null;
/** How many times this process loaded the model. */
let loads = 0;

/**
 * How many times this process loaded wink's model, and how many values wink has learned since the
 * last load: for tests and the benchmark's memory figures; not part of the package's API.
 */
export function engineStats(): { loads: number; learned: number } {
  return { loads, learned: engine?.learned.grown ?? 0 };
}

/** Lexicon scores of single words, looked up once per process. */
const lexiconCache = new Map<string, number>();

/**
 * The most words a per-process cache holds: a process that reads millions of reviews meets ever
 * new word forms (typos, names), so a full cache starts again rather than grow without end.
 */
const MAX_CACHED_WORDS = 200_000;

/** Remembers `value` for `key`, emptying the cache first when it is full. */
function remember(cache: Map<string, number>, key: string, value: number): void {
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  cache.set(key, value);
}

/** The lexicon's score of one word (0 when it has none). */
function lexiconScore(state: Engine, word: string): number {
  let score = lexiconCache.get(word);
  if (score === undefined) {
    const hits = lexiconHitsOf(state, word);
    const [first, last, thousandths] = hits;
    score = hits.length === 3 && first === 0 && last === 0 ? (thousandths as number) / 1000 : 0;
    remember(lexiconCache, word, score);
  }
  return score;
}

/** A word like "unimportant": minus its stem's score when only the stem is in the lexicon. */
function prefixedScore(state: Engine, normal: string): number {
  if (normal.length < MIN_PREFIXED_LENGTH) return 0;
  for (const prefix of NEGATING_PREFIXES) {
    if (normal.startsWith(prefix) && /^[a-z]+$/.test(normal)) return -lexiconScore(state, normal.slice(prefix.length));
  }
  return 0;
}

/**
 * Scores of inflected verbs by their lemma, once per verb form and lemma and process: "lacks",
 * "lacked", "lacking" score as "lack" when the lexicon lacks the form itself. A form the lexicon
 * has, which wink left unscored in one place (inside one of its phrases), scores 0 here. Nouns are
 * not looked up by lemma: wink scores nouns in senses their plurals seldom have ("star", "fan", but
 * "the film stars", "fans"). Keyed by form and lemma together: a contraction's form has the lemma
 * of its place, so a form alone would keep whichever lemma came first.
 */
const verbScores = new Map<string, number>();

/**
 * The score of a verb form by its wink lemma, remembered in {@link verbScores}. wink gives no lemma
 * for a few forms it tags as verbs ("cant", "dont"): they score as written, that is 0.
 */
function verbScoreOf(state: Engine, normal: string, lemma: string | undefined): number {
  if (lemma === undefined || lemma === normal) return 0;
  const key = `${normal}\u0000${lemma}`;
  let score = verbScores.get(key);
  if (score === undefined) {
    score = lexiconScore(state, normal) !== 0 ? 0 : (REVIEW_LEXICON.get(lemma) ?? lexiconScore(state, lemma));
    remember(verbScores, key, score);
  }
  return score;
}

/** A wink machine with no patterns: `[version, last state, states, terminals, marked, custom]`. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/**
 * Loads wink and its model once per process. wink's 'sentiment' pipe is not run: its lexicon
 * machine is read from the model into a {@link SentimentMachine} (the same hits, faster tables),
 * run over the tokens wink gives; the model's lexeme table is kept from wink's load for it.
 */
function getEngine(): Engine {
  if (engine && engine.learned.grown < ENGINE_LIMITS.maxLearned) return engine;
  loads++;
  const loadCore = model.core as unknown as () => { features: Record<(typeof LEARNED_TABLES)[number], FeatureTable> };
  let lexemeIds: Engine['lexemeIds'] | null = null;
  let tables: FeatureTable[] = [];
  let lexiconSize = 0;
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
  const wrapped = Object.assign(Object.create(null) as object, model, {
    core() {
      const core = loadCore();
      lexemeIds = core.features.lexeme.hash;
      lexiconSize = core.features.lexeme.list.length;
      tables = LEARNED_TABLES.map((name) => core.features[name]);
      return core;
    },
    featureFn: features,
    ner: () => ({ machines: [], transformers: [] }),
    negation: unused,
    sa: unused,
  }) as typeof model;
  // No 'negation' pipe either: stage 7 reads negation itself, over three words (wink's runs to the
  // next punctuation).
  const nlp = winkNLP(wrapped, ['sbd', 'pos']);
  nlp.readDoc(UNKNOWN_WORD);
  if (!lexemeIds || !wordCache) throw new Error(`review-lens: expected wink to hand over its lexeme table and word cache, got ${lexemeIds ? 'no word cache' : 'no lexeme table'}`);
  const ids: Engine['lexemeIds'] = lexemeIds;
  // A reload (see ENGINE_LIMITS) keeps the sentiment machine: the model's own lexeme ids do not
  // change from one load to the next.
  const machine = engine?.machine ?? new SentimentMachine((model.sa as unknown as () => { machines: string[] })().machines[0] as string, ids['\n'] ?? -1);
  const learned = new LearnedWords(wordCache, tables[0] as FeatureTable, tables);
  engine = { nlp, machine, lexemeIds: ids, learned, lexemes: new LexemeCache(lexiconSize) };
  return engine;
}

type WinkTokens = ReturnType<ReturnType<Engine['nlp']['readDoc']>['tokens']>;
type WinkIts = Engine['nlp']['its'];

/**
 * Each token's text, normal form and type, as `tokens.out(its.value)` and the others would give
 * them, but read through the process's {@link LexemeCache} by the token's lexeme id: one cheap
 * pass for the ids (and one for contraction flags, whose normal form depends on the place), wink
 * asked only for lexemes not met before, and no arrays of strings built.
 */
class LexemeReader {
  private readonly ids: number[];
  private readonly contracted: boolean[];
  /** Normal forms of this read's contractions, by token (asked of wink once each). */
  private readonly contractions = new Map<number, string>();
  private readonly cache: LexemeCache;
  private readonly learned: LearnedWords;
  private readonly lexemeIds: Engine['lexemeIds'];
  constructor(
    engine: Engine,
    private readonly tokens: WinkTokens,
    private readonly its: WinkIts,
  ) {
    this.cache = engine.lexemes;
    this.learned = engine.learned;
    this.lexemeIds = engine.lexemeIds;
    this.ids = tokens.out(its.uniqueId) as unknown as number[];
    this.contracted = tokens.out(its.contractionFlag) as unknown as boolean[];
  }

  /** Tokens in the read. */
  get length(): number {
    return this.ids.length;
  }

  /** Token `w`'s text. */
  value(w: number): string {
    return (this.cache.get(this.ids[w] as number, VALUE) as string | undefined) ?? this.learn(w).value;
  }

  /** Token `w`'s wink type ("word", "punctuation" …). */
  type(w: number): string {
    return (this.cache.get(this.ids[w] as number, TYPE) as string | undefined) ?? this.learn(w).type;
  }

  /** Token `w`'s normal form (a contraction's depends on its place, so is kept for this read only). */
  normal(w: number): string {
    const id = this.ids[w] as number;
    if (this.contracted[w]) {
      let normal = this.contractions.get(w);
      if (normal === undefined) {
        normal = this.tokens.itemAt(w).out(this.its.normal) as string;
        this.contractions.set(w, normal);
      }
      return normal;
    }
    let normal = this.cache.get(id, NORMAL) as string | undefined;
    if (normal === undefined) {
      normal = this.tokens.itemAt(w).out(this.its.normal) as string;
      this.cache.set(id, NORMAL, normal);
    }
    return normal;
  }

  /**
   * The lexeme id of each token's normal form, as wink's machines read them: -1 for none, and for a
   * word wink learned (no machine of the model knows it, and its number depends on what the
   * process read before). Remembered per lexeme but for contractions (whose normal form depends on
   * the place).
   */
  normalIds(): Int32Array {
    const out = new Int32Array(this.ids.length);
    for (let w = 0; w < out.length; w++) {
      const id = this.ids[w] as number;
      let normalId = this.contracted[w] ? undefined : (this.cache.get(id, NORMAL_ID) as number | undefined);
      if (normalId === undefined) {
        normalId = this.lexemeIds[this.normal(w)] ?? -1;
        if (!this.learned.isShipped(normalId)) normalId = -1;
        if (!this.contracted[w]) this.cache.set(id, NORMAL_ID, normalId);
      }
      out[w] = normalId;
    }
    return out;
  }

  /** Token `w`'s verb score by its lemma, when one was remembered for its lexeme. */
  verbScore(w: number): number | undefined {
    return this.contracted[w] ? undefined : (this.cache.get(this.ids[w] as number, VERB_SCORE) as number | undefined);
  }

  /** Remembers `score` as token `w`'s verb score (not for contractions), and returns it. */
  rememberVerbScore(w: number, score: number): number {
    const id = this.ids[w] as number;
    if (!this.contracted[w]) this.cache.set(id, VERB_SCORE, score);
    return score;
  }

  /** Asks wink for token `w`'s text and type, and remembers them. */
  private learn(w: number): { value: string; type: string } {
    const id = this.ids[w] as number;
    const item = this.tokens.itemAt(w);
    const value = item.out(this.its.value) as string;
    const type = item.out(this.its.type) as string;
    this.cache.set(id, VALUE, value);
    this.cache.set(id, TYPE, type);
    return { value, type };
  }
}

/**
 * wink's sentiment lexicon hits in `text`, flat (first token, last token, score in thousandths),
 * token indexes into wink's own tokens of `text`. For tests, which compare them with what wink's
 * own 'sentiment' pipe finds; not part of the package's API.
 */
export function lexiconHits(text: string): number[] {
  return lexiconHitsOf(getEngine(), text);
}

/** {@link lexiconHits} with the engine in hand (stage 3 scores single words with it). */
function lexiconHitsOf(state: Engine, text: string): number[] {
  return state.machine.recognize(new LexemeReader(state, readFresh(state, text).tokens(), state.nlp.its).normalIds());
}

/**
 * wink's reading of `text` as a freshly loaded model would read it: a new read for
 * {@link LearnedWords}, so that no analysis depends on what the process analysed before.
 */
function readFresh(state: Engine, text: string): ReturnType<Engine['nlp']['readDoc']> {
  state.learned.beginRead();
  return state.nlp.readDoc(text);
}

/** A cheap first test for {@link REVIEW_LEXICON}, read at every word: most words fail it. */
const REVIEW_SHAPES = new ShapeFilter(REVIEW_LEXICON.keys());

/** How far past the expected place the adapter looks for a token wink reported. */
const ALIGN_WINDOW = 64;

/** Finds `value` at or just after `pos` in the text wink read; -1 when wink's token is not there. */
function align(text: string, value: string, pos: number): number {
  let p = pos;
  while (p < text.length && isSpace(text[p])) p++;
  if (text.startsWith(value, p)) return p;
  const k = text.slice(p, p + ALIGN_WINDOW + value.length).indexOf(value);
  return k < 0 ? -1 : p + k;
}

/** The longest run without white space wink is given: its tokenizer is quadratic in token length. */
const MAX_RUN = 100;

/**
 * The longest run of punctuation marks wink is given: wink makes a token of nearly every mark, so a
 * long run costs several times what text of its length costs, and carries no word a stage reads.
 */
export const MAX_MARK_RUN = 64;

/** True for a punctuation mark: ASCII's, general punctuation (quotes, dashes, …), « », CJK brackets. */
function isPunctuationCode(c: number): boolean {
  if (c < 128) return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
  return (c >= 0x2010 && c <= 0x205e) || c === 0xab || c === 0xbb || (c >= 0x3008 && c <= 0x3011);
}

/**
 * The text wink reads: the view, of the same length, with a space put into every run of more than
 * {@link MAX_RUN} characters without white space (a 1 MB line of base64 would otherwise take
 * minutes), and every run of {@link MAX_MARK_RUN} or more punctuation marks blanked (a line of
 * quote marks or dashes). Tokens stay substrings of the view, so they still align. Linear.
 */
function winkText(view: string): string {
  let out = '';
  let from = 0;
  let run = 0;
  let marks = 0;
  for (let i = 0; i < view.length; i++) {
    const c = view.charCodeAt(i);
    const mark = isPunctuationCode(c);
    // A blanked run of marks ends here: its characters go out as spaces.
    if (!mark && marks >= MAX_MARK_RUN) {
      out += ' '.repeat(i - from);
      from = i;
    }
    marks = mark ? marks + 1 : 0;
    if (c === 32 || c === 10 || c === 9) {
      run = 0;
      continue;
    }
    if (marks === MAX_MARK_RUN) {
      // Copy the text before the run (a break below may already have copied part of it).
      const first = Math.max(i + 1 - MAX_MARK_RUN, from);
      out += view.slice(from, first);
      from = first;
    }
    if (marks >= MAX_MARK_RUN) {
      run = 0;
      continue;
    }
    run++;
    // Never split a surrogate pair: wait for its second half.
    if (run > MAX_RUN && !(c >= 0xdc00 && c <= 0xdfff)) {
      out += `${view.slice(from, i)} `;
      from = i + 1;
      run = 0;
    }
  }
  if (marks >= MAX_MARK_RUN) {
    out += ' '.repeat(view.length - from);
    from = view.length;
  }
  return from === 0 ? view : out + view.slice(from);
}

/**
 * Text wink reads at once, at most (in UTF-16 code units), unless one block is longer. A long
 * document is read in pieces that end where a block ends: sentences never cross blocks, so the
 * result is the same, and wink's memory for one piece is freed before the next (a 10 MB document
 * would otherwise hold wink's whole-document arrays and ours at the same time).
 */
export const WINK_PIECE = 256 * 1024;

/** Where each piece ends: after the block that takes it past {@link WINK_PIECE}, and at the end. */
function pieceEnds(length: number, blocks: readonly Block[], piece: number): number[] {
  const ends: number[] = [];
  let from = 0;
  for (const block of blocks) {
    if (block.end - from >= piece && block.end < length) {
      ends.push(block.end);
      from = block.end;
    }
  }
  ends.push(length);
  return ends;
}

/**
 * Stage 3: tokens with offsets, sentences inside blocks, sentiment hits.
 *
 * @param piece - The most text wink reads at once (tests set it small to check that pieces give
 *   the same result as one read).
 */
export function annotate(input: NormalizedText, blocks: readonly Block[], piece = WINK_PIECE): Annotation {
  const state = getEngine();
  const its = state.nlp.its;
  const out: Token[] = [];
  const sentences: Sentence[] = [];
  const hits: SentimentHit[] = [];
  const voiceTokens: number[] = [];
  /** Scores of the inflected verbs of `out` by their lemma, by index ("lacked" = "lack"). */
  const verbScoreAt = new Map<number, number>();
  let wordCount = 0;
  let pos = 0;
  let block = 0;
  let lastBlock = -2;
  let pieceStart = 0;
  for (const pieceEnd of pieceEnds(input.view.length, blocks, piece)) {
    const offset = pieceStart;
    const text = winkText(input.view.slice(pieceStart, pieceEnd));
    pieceStart = pieceEnd;
    const doc = readFresh(state, text);
    const tokens = doc.tokens();
    const lexemes = new LexemeReader(state, tokens, its);
    const rawHits = state.machine.recognize(lexemes.normalIds());
    const tags = tokens.out(its.pos) as string[];
    const winkSentenceOf = new Int32Array(lexemes.length);
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    for (let k = 0; k < spans.length; k++) {
      const [a, b] = spans[k] as [number, number];
      for (let t = a; t <= b; t++) winkSentenceOf[t] = k;
    }

    const indexOf = new Int32Array(lexemes.length).fill(-1);
    // A new piece starts a new wink sentence.
    let lastWinkSentence = -1;
    for (let w = 0; w < lexemes.length; w++) {
      const value = lexemes.value(w);
      const type = lexemes.type(w);
      if (type === 'tabCRLF' || (value.charCodeAt(0) <= 32 && value.trim() === '')) continue;
      // Aligned in the text wink read, whose blanked runs are skipped like white space.
      const found = align(text, value, Math.max(0, pos - offset));
      if (found < 0) continue;
      const at = offset + found;
      pos = at + value.length;
      while (block < blocks.length && (blocks[block] as Block).end <= at) block++;
      const inBlock = block < blocks.length && (blocks[block] as Block).start <= at ? block : -1;
      const winkSentence = winkSentenceOf[w] as number;
      if (winkSentence !== lastWinkSentence || inBlock !== lastBlock) {
        sentences.push({ start: at, end: pos, firstToken: out.length, lastToken: out.length, block: inBlock, firstWord: -1 });
        lastWinkSentence = winkSentence;
        lastBlock = inBlock;
      }
      const sentence = sentences[sentences.length - 1] as Sentence;
      sentence.end = pos;
      sentence.lastToken = out.length;
      if (sentence.firstWord < 0 && type === 'word') sentence.firstWord = at;
      indexOf[w] = out.length;
      const normal = lexemes.normal(w);
      if (tags[w] === 'VERB') {
        const score =
          lexemes.verbScore(w) ?? lexemes.rememberVerbScore(w, verbScoreOf(state, normal, tokens.itemAt(w).out(its.lemma as unknown as typeof its.value) as string | undefined));
        if (score !== 0) verbScoreAt.set(out.length, score);
      }
      if (type === 'word') wordCount++;
      if (isVoiceToken(value, type)) voiceTokens.push(out.length);
      out.push({
        start: at,
        end: pos,
        // wink's own string: the text as written, but for the few characters the view blanked out.
        value,
        normal,
        pos: tags[w] as string,
        type,
        sentence: sentences.length - 1,
      });
    }

    for (let h = 0; h < rawHits.length; h += 3) {
      const a = rawHits[h] as number;
      const b = rawHits[h + 1] as number;
      const score = (rawHits[h + 2] as number) / 1000;
      const first = indexOf[a] ?? -1;
      const last = indexOf[b] ?? -1;
      if (first < 0 || last < 0) continue;
      const t0 = out[first] as Token;
      hits.push({ start: t0.start, end: (out[last] as Token).end, firstToken: first, lastToken: last, score, negated: false });
    }
  }

  const isHit = new Uint8Array(out.length);
  for (const hit of hits) isHit.fill(1, hit.firstToken, hit.lastToken + 1);
  // Review words wink's lexicon lacks ("predictable", "tasty"), words it lacks whose stem it has,
  // negated by a prefix ("unimportant"), and inflected verbs whose lemma it has ("lacked").
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    if (isHit[i] || t.type !== 'word') continue;
    const review = REVIEW_SHAPES.has(t.normal) ? REVIEW_LEXICON.get(t.normal) : undefined;
    const score = review ?? (prefixedScore(state, t.normal) || (verbScoreAt.get(i) ?? 0));
    if (score !== 0) hits.push({ start: t.start, end: t.end, firstToken: i, lastToken: i, score, negated: false });
  }
  hits.sort((x, y) => x.start - y.start);
  return { tokens: out, sentences, hits, wordCount, voiceTokens };
}

/** A quote mark, or a first-person word ("I", "I’m", "me", "my"): see {@link Annotation.voiceTokens}. */
function isVoiceToken(value: string, type: string): boolean {
  const c = value.charCodeAt(0);
  if (value.length === 1 && (c === 0x201c || c === 0x201d || c === 0x22)) return true;
  if (type !== 'word') return false;
  if (c === 73) return value.length === 1 || value[1] === '’' || value[1] === "'";
  return c === 109 && value.length <= 6 && FIRST_PERSON_LOWER.has(value);
}

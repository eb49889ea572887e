/**
 * One read of wink, turned into plain data: per-token columns, wink's sentence of each token and
 * the sentiment lexicon's hits. With ./engine, the only module that asks wink-nlp anything.
 */
import { getEngine, readFresh, type Engine, type FreshRead } from './engine';
import { wordNumber } from '../text/word-numbers';
import { NORMAL_ID, TOKEN_TEXT, TYPE, VALUE, VERB_LEMMA, type TokenText } from './lexeme-cache';
import { winkText } from './wink-text';

/** What wink read in a text, one entry per wink token in every column (plain arrays). */
export interface WinkRead {
  /** The text wink read: the caller's, of the same length, with over-long runs broken (see `winkText`). */
  text: string;
  /** Each token's wink type: word, punctuation, number, emoji, tabCRLF … */
  types: string[];
  /**
   * Each token's text as wink has it (a substring of {@link WinkRead.text}; white space tokens
   * too), its normal form (lower case; a contraction's part in its expanded form) and that form's
   * word number (`wordNumber` of src/text/word-numbers), in one record shared by the tokens of a
   * lexeme (one column rather than three: a long piece's columns are large).
   */
  texts: TokenText[];
  /** Each token's universal POS tag. */
  tags: string[];
  /** Each token's lemma where wink tags it VERB and gives one ("lacked": "lack"); undefined elsewhere. */
  verbLemmas: (string | undefined)[];
  /** The index of wink's sentence each token is in. */
  sentenceOf: number[];
  /** The sentiment lexicon's hits, flat: first token, last token, score in thousandths, … */
  hits: number[];
}

/** An array of `length` slots, filled by the caller. */
const columnOf = <T>(length: number): T[] => new Array<T>(length);

/** The lexeme id of `normal` as wink's machines read it: -1 for none and for a word wink learned. */
function machineId(state: Engine, normal: string): number {
  const id = state.lexemeIds.get(normal) ?? -1;
  // A learned word: no machine of the model knows it, and its number depends on what the process
  // read before.
  return state.learned.isShipped(id) ? id : -1;
}

/**
 * Reads a read's token columns. Strings come through the process's lexeme cache by the token's
 * lexeme id (see `Engine.lexemes`): wink is asked only for a lexeme not met before, and for the
 * normal form and lemma of a contraction, which depend on its place. Also each token's normal
 * form's id, for the sentiment machine, and its word number, for the word lists. Each token's facts are read with wink's `its` functions
 * by its index, in one pass (no collection of every token per fact).
 */
function readTokens(state: Engine, { doc, data }: FreshRead): Omit<WinkRead, 'text' | 'sentenceOf' | 'hits'> & { normalIds: number[] } {
  const its = state.nlp.its;
  const cache = state.lexemes;
  const tokens = doc.tokens();
  const count = tokens.length();
  const lemmaOf = (w: number) => tokens.itemAt(w).out(its.lemma as unknown as typeof its.value) as string | undefined;
  // Made at their final length, not grown by pushes: a long piece's columns are large objects, and
  // each step of growing one would leave a copy for the major collector.
  const tags = columnOf<string>(count);
  const types = columnOf<string>(count);
  const verbLemmas = columnOf<string | undefined>(count);
  const normalIds = columnOf<number>(count);
  const texts = columnOf<TokenText>(count);
  for (let w = 0; w < count; w++) {
    const id = its.uniqueId(w, data);
    const tag: string = its.pos(w, data);
    let base = cache.base(id);
    let value = cache.at(base, VALUE) as string | undefined;
    let type: string;
    if (value === undefined) {
      value = its.value(w, data);
      type = its.type(w, data);
      cache.set(id, VALUE, value);
      cache.set(id, TYPE, type);
      base = cache.base(id);
    } else type = cache.at(base, TYPE) as string;
    let normalId: number;
    let shared: TokenText | undefined;
    let lemma: string | undefined;
    const verb = tag === 'VERB';
    if (its.contractionFlag(w, data)) {
      const normal = its.normal(w, data);
      normalId = machineId(state, normal);
      shared = { value, normal, number: wordNumber(normal) };
      if (verb) lemma = lemmaOf(w);
    } else {
      // The record and the normal form's id are remembered together, at the lexeme's first token
      // that is no contraction's part; past the cache's last lexeme wink's ids are not remembered,
      // so both are made again.
      shared = cache.at(base, TOKEN_TEXT) as TokenText | undefined;
      if (shared === undefined) {
        const normal = its.normal(w, data);
        shared = { value, normal, number: wordNumber(normal) };
        normalId = machineId(state, normal);
        cache.set(id, TOKEN_TEXT, shared);
        cache.set(id, NORMAL_ID, normalId);
        base = cache.base(id);
      } else normalId = cache.at(base, NORMAL_ID) as number;
      if (verb) {
        // A lexeme tagged VERB has one lemma in every read: wink derives it from the lexeme and
        // the tag alone (null: wink gives none).
        const known = cache.at(base, VERB_LEMMA) as string | null | undefined;
        if (known === undefined) {
          lemma = lemmaOf(w);
          cache.set(id, VERB_LEMMA, lemma ?? null);
        } else lemma = known ?? undefined;
      }
    }
    tags[w] = tag;
    types[w] = type;
    verbLemmas[w] = lemma;
    normalIds[w] = normalId;
    texts[w] = shared;
  }
  return { types, texts, tags, verbLemmas, normalIds };
}

/**
 * Reads `view` with wink: its tokens, sentences and sentiment lexicon hits as plain data. The same
 * text always gives the same read, whatever the process read before (see `LearnedWords`).
 */
export function readWink(view: string): WinkRead {
  const state = getEngine();
  const text = winkText(view);
  const read = readFresh(state, text);
  const { types, texts, tags, verbLemmas, normalIds } = readTokens(state, read);
  const sentenceOf = columnOf<number>(texts.length);
  sentenceOf.fill(0);
  const spans = read.doc.sentences().out(state.nlp.its.span) as unknown as [number, number][];
  for (let k = 0; k < spans.length; k++) {
    const [a, b] = spans[k] as [number, number];
    for (let t = a; t <= b && t < sentenceOf.length; t++) sentenceOf[t] = k;
  }
  return { text, types, texts, tags, verbLemmas, sentenceOf, hits: state.machine.recognize(normalIds) };
}

/**
 * wink's sentiment lexicon hits in `text`, flat (first token, last token, score in thousandths),
 * token indexes into wink's own tokens of `text` (read as given, without `winkText`'s guards).
 * The sentiment stage scores single words with it; tests compare it with wink's own 'sentiment'
 * pipe.
 */
export function lexiconHits(text: string): number[] {
  const state = getEngine();
  return state.machine.recognize(readTokens(state, readFresh(state, text)).normalIds);
}

/** A word {@link wordLexiconHits} may read without wink: lower-case ASCII letters only. */
const PLAIN_WORD = /^[a-z]+$/;

/**
 * {@link lexiconHits} of one lower-case word. Read alone, a word of ASCII letters that is one of
 * the model's own lexemes (no contraction) is one token of it, whose normal form is the lexeme's:
 * its hits are the machine's over that form, without a read of wink (which costs as much as
 * reading a short sentence). Any other word is read by wink. `tests/perf-word-lexicon.test.ts`
 * holds the two equal over the model's words.
 */
export function wordLexiconHits(word: string): number[] {
  const state = getEngine();
  const id = state.lexemeIds.get(word);
  if (id === undefined || !PLAIN_WORD.test(word) || !state.learned.isOneShippedLexeme(id, word)) return lexiconHits(word);
  return state.machine.recognize([machineId(state, state.normalOf(id))]);
}

/**
 * True when lower-case `word` is one of the English model's own words, not one a read taught it:
 * the model ships common words (`war`, `court`, `moss`) and few names (`kurosaki`, `llewelyn` are
 * not among them). What a process read before does not change the answer.
 */
export function isModelWord(word: string): boolean {
  const state = getEngine();
  const id = state.lexemeIds.get(word);
  return typeof id === 'number' && state.learned.isShipped(id);
}

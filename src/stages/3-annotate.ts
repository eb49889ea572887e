/**
 * Stage 3: annotate with wink.
 *
 * Reads the normalized view with the wink adapter (a long view in pieces of whole blocks), turns
 * wink's tokens into tokens with character offsets into the caller's text, splits wink's
 * sentences where a heading or paragraph ends, and places the sentiment lexicon's hits on the
 * tokens, with the single-word hits the sentiment stage adds (see `sentiment/lexicon-hits`).
 */
import { ABBREVIATED_NAME_SUFFIXES } from '../data/name-cue-words';
import { FIRST_PERSON_LOWER } from '../data/pronouns';
import { hasAsciiDigit, isLower, isSpace, isUpper, startsWithAsciiCapital } from '../text/chars';
import { KeptArray } from '../text/kept-array';
import { readWink, type TokenText } from '../wink';
import { wordHits } from './7-sentiment/lexicon-hits';
import { PackedToken } from './packed-token';
import type { Annotation, Block, NormalizedText, Sentence, SentimentHit, Token } from './stage-types';

/** {@link annotate}'s index of each wink token among the kept tokens, kept from one piece to the next. */
const TOKEN_INDEXES = new KeptArray((n) => new Int32Array(n));

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
  const out: Token[] = [];
  const sentences: Sentence[] = [];
  const hits: SentimentHit[] = [];
  const voiceTokens: number[] = [];
  /** The lemma of each verb of `out` that has one, by index. */
  const verbLemmas = new Map<number, string>();
  let wordCount = 0;
  let pos = 0;
  let block = 0;
  let lastBlock = -2;
  let pieceStart = 0;
  for (const pieceEnd of pieceEnds(input.view.length, blocks, piece)) {
    const offset = pieceStart;
    const read = readWink(input.view.slice(pieceStart, pieceEnd));
    const { text, types, texts, tags, verbLemmas: lemmas, sentenceOf } = read;
    pieceStart = pieceEnd;
    /** Each wink token's index in `out` (-1: not kept). */
    const indexOf = TOKEN_INDEXES.take(texts.length, -1);
    // A new piece starts a new wink sentence.
    let lastWinkSentence = -1;
    for (let w = 0; w < texts.length; w++) {
      const tokenText = texts[w] as TokenText;
      const value = tokenText.value;
      const type = types[w] as string;
      if (type === 'tabCRLF' || (value.length > 0 && value.charCodeAt(0) <= 32 && value.trim() === '')) continue;
      // Aligned in the text wink read, whose blanked runs are skipped like white space.
      const found = align(text, value, Math.max(0, pos - offset));
      if (found < 0) continue;
      const at = offset + found;
      pos = at + value.length;
      while (block < blocks.length && (blocks[block] as Block).end <= at) block++;
      const inBlock = block < blocks.length && (blocks[block] as Block).start <= at ? block : -1;
      const winkSentence = sentenceOf[w] as number;
      if (winkSentence !== lastWinkSentence || inBlock !== lastBlock) {
        if (inBlock !== lastBlock || !afterNameSuffix(out, value, type)) sentences.push({ start: at, end: pos, firstToken: out.length, lastToken: out.length, block: inBlock, firstWord: -1, digits: 0, capitals: 0 });
        lastWinkSentence = winkSentence;
        lastBlock = inBlock;
      }
      const sentence = sentences[sentences.length - 1] as Sentence;
      sentence.end = pos;
      sentence.lastToken = out.length;
      if (sentence.firstWord < 0 && type === 'word') sentence.firstWord = at;
      if (hasAsciiDigit(value)) sentence.digits++;
      if (type === 'word' && out.length > sentence.firstToken && startsWithAsciiCapital(value) && tokenText.normal !== 'i') sentence.capitals++;
      indexOf[w] = out.length;
      const lemma = lemmas[w];
      if (lemma !== undefined) verbLemmas.set(out.length, lemma);
      if (type === 'word') wordCount++;
      if (isVoiceToken(value, type)) voiceTokens.push(out.length);
      // wink's own string: the text as written, but for the few characters the view blanked out.
      out.push(new PackedToken(at, tokenText, tags[w] as string, type, sentences.length - 1));
    }
    for (let h = 0; h < read.hits.length; h += 3) {
      const first = indexOf[read.hits[h] as number] ?? -1;
      const last = indexOf[read.hits[h + 1] as number] ?? -1;
      if (first < 0 || last < 0 || wordOntoMark(out, first, last) || noFace(input.view, out[first] as Token)) continue;
      const score = (read.hits[h + 2] as number) / 1000;
      hits.push({ start: (out[first] as Token).start, end: (out[last] as Token).end, firstToken: first, lastToken: last, score, negated: false });
    }
  }
  hits.push(...wordHits(out, hits, verbLemmas));
  hits.sort((x, y) => x.start - y.start);
  return { tokens: out, sentences, hits, wordCount, voiceTokens };
}

/** True when the UTF-16 code `c` is an ASCII letter or digit. */
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * True when an emoticon token of wink is no face: its ")" closes a bracket opened before it on
 * its line ("Story (8): the plot …", "Art (9/10):"), or it sits inside a word, a letter right
 * before and after it ("Killer:Stain"). The walk back stops at the first bracket or line end, so
 * over a line's emoticons it reads each character once.
 */
function noFace(view: string, t: Token): boolean {
  if (t.type !== 'emoticon') return false;
  if (t.start > 0 && t.end < view.length && isWordCode(view.charCodeAt(t.start - 1)) && isWordCode(view.charCodeAt(t.end))) return true;
  if (view.charCodeAt(t.start) !== 41) return false;
  for (let k = t.start - 1; k >= 0; k--) {
    const c = view.charCodeAt(k);
    if (c === 40) return true;
    if (c === 41 || c === 10) return false;
  }
  return false;
}

/**
 * True when a hit of wink's lexicon runs from a word onto a punctuation mark. wink's machine holds
 * such a pattern ("off" before a full stop, comma or semicolon, at -1), which scores "it paid off."
 * as blame: an artefact of the lexicon, not an opinion. Emoticons are marks from their first
 * token, and the lexicon's words and phrases end on a word.
 */
function wordOntoMark(tokens: readonly Token[], first: number, last: number): boolean {
  return last > first && (tokens[first] as Token).type === 'word' && (tokens[last] as Token).type === 'punctuation';
}

/**
 * True when wink ends a sentence at the dot of a name's suffix ("Tom Vale Jnr. plays") and the
 * word `value` after it is in lower case: the dot was the suffix's, and the sentence goes on.
 */
function afterNameSuffix(out: readonly Token[], value: string, type: string): boolean {
  if (type !== 'word' || !isLower(value[0])) return false;
  const last = out[out.length - 1];
  if (last === undefined) return false;
  // wink writes the suffix with its dot as one token ("Jr.") or as the word and a dot of its own.
  const dot = last.value === '.';
  const suffix = dot ? out[out.length - 2] : last;
  const name = dot ? out[out.length - 3] : out[out.length - 2];
  if (suffix === undefined || name === undefined || (dot && suffix.end !== last.start)) return false;
  const word = dot ? suffix.value : suffix.value.endsWith('.') ? suffix.value.slice(0, -1) : '';
  return isUpper(word[0]) && isUpper(name.value[0]) && ABBREVIATED_NAME_SUFFIXES.has(word.toLowerCase());
}

/** A quote mark, or a first-person word ("I", "I’m", "me", "my"): see {@link Annotation.voiceTokens}. */
function isVoiceToken(value: string, type: string): boolean {
  // Code units, read in bounds (-1 past the end), so the tests compare small integers in every text.
  const c = value.length > 0 ? value.charCodeAt(0) : -1;
  if (value.length === 1 && (c === 0x201c || c === 0x201d || c === 0x22)) return true;
  if (type !== 'word') return false;
  if (c === 73) return value.length === 1 || value.charCodeAt(1) === 0x2019 || value.charCodeAt(1) === 39;
  return c === 109 && value.length <= 6 && FIRST_PERSON_LOWER.has(value);
}

/**
 * Facts about one text's words that the works and names passes both read: made once per text, in
 * one pass over the words and the tokens, and handed to both stages as data (each would otherwise
 * scan the words for them again).
 */
import { ANIME_WORDS, ANIMATION_WORDS, ANIMATION_TEXT_SPAN, ANIMATION_WORDS_NEEDED } from '../data/name-kind-animation';
import { HONORIFIC_SUFFIXES } from '../data/honorifics';
import { COMMON_NOUN_LEADS } from '../data/name-cue-words';
import { MUSIC_SUBJECT_WORDS, MUSIC_WORDS_NEEDED, MUSIC_WORDS_PER_STORY_WORD, STORY_SUBJECT_WORDS } from '../data/name-kind-music';
import { isDigitCode, isLower } from '../text/chars';
import { CueIndex, CueWords } from '../text/cue-index';
import { firstAtOrAfter, forwardSearch } from '../text/search';
import type { Word } from '../text/words';
import { isModelWord } from '../wink';
import { knownWordKind } from './4-names/known-parts';
import type { Annotation, Token } from './stage-types';

/** The words of animation, of anime fandom and of music a text's subject is counted by. */
const ANIMATION_CUES = new CueWords(ANIMATION_WORDS);
const ANIME_CUES = new CueWords(ANIME_WORDS);
const MUSIC_CUES = new CueWords(MUSIC_SUBJECT_WORDS);
/** The words of a story that are no words of music: a word of both counts for music alone. */
const STORY_CUES = new CueWords([...STORY_SUBJECT_WORDS].filter((w) => !MUSIC_SUBJECT_WORDS.has(w)));

/** The shared facts of one text's words; see the module comment. */
export class WordFacts {
  /**
   * Every word the text writes in lower case (`bullying` makes a capitalised `Bullying` no name),
   * less the words no dictionary holds that the text also writes capitalised mid-sentence, tagged a
   * proper noun there (see `carelessNames`): fans write a character's name in lower case as often
   * as not (`luffy fights` beside `then Luffy wins`), and such a word in lower case is the name
   * carelessly written, not a common word.
   */
  readonly lowerWords: ReadonlySet<string>;
  /** Offsets where a sentence's first word starts. */
  readonly sentenceStarts: ReadonlySet<number>;
  /** The part of speech of each word's first token (`''` when no token starts with the word). */
  readonly pos: readonly string[];
  /** Where the words of each reader's cue list stand ({@link CueIndex}). */
  readonly cues: CueIndex;
  /** How many of the words are animation words ({@link ANIMATION_WORDS}). */
  private readonly animationWords: number;
  /** How many of the words are words of anime and manga fandom ({@link ANIME_WORDS}). */
  private readonly animeWords: number;
  /** How many of the words are words of music ({@link MUSIC_SUBJECT_WORDS}). */
  private readonly musicWords: number;
  /** How many of the words are words of a story and not of music ({@link STORY_SUBJECT_WORDS}). */
  private readonly storyWords: number;
  /**
   * The index of the first word at or after an offset: asked mostly in rising order (a pass over
   * the text), so each search goes on from the last answer rather than from the first word.
   */
  private readonly wordAt: (offset: number) => number;

  constructor(
    readonly words: readonly Word[],
    readonly ann: Annotation,
    view: string,
  ) {
    const sentenceStarts = new Set<number>();
    for (const s of ann.sentences) if (s.firstWord >= 0) sentenceStarts.add(s.firstWord);
    const { tokens } = ann;
    const pos: string[] = new Array<string>(words.length);
    const lowerWords = new Set<string>();
    const cues = new CueIndex();
    // What is read of each lower-case form, once per form (a text repeats its words), by its
    // number: its cue lists' bits, and 1 once it is in `lowerWords`.
    const formBits: number[] = [];
    const formLower: number[] = [];
    // The lower-case forms of the words written capitalised mid-sentence.
    const namedMidSentence = new Set<string>();
    let t = 0;
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as Word;
      // Both lists rise: one walk over the tokens finds each word's first token.
      while (t < tokens.length && (tokens[t] as Token).start < w.start) t++;
      const token = tokens[t];
      pos[k] = token && token.start === w.start ? token.pos : '';
      const form = w.form;
      if (!w.capitalised) {
        if (formLower[form] !== 1) {
          formLower[form] = 1;
          lowerWords.add(w.lower);
        }
      } else if (k > 0 && pos[k] === 'PROPN' && isLower(view[w.start + 1]) && !sentenceStarts.has(w.start) && midSentenceGap(view, words[k - 1] as Word, w.start)) {
        namedMidSentence.add(w.lower);
      }
      let bits = formBits[form];
      if (bits === undefined) {
        bits = CueIndex.bitsOf(w.lower);
        formBits[form] = bits;
      }
      cues.noteBits(k, bits);
    }
    for (const lower of carelessNames(words, pos, lowerWords, namedMidSentence)) lowerWords.delete(lower);
    this.sentenceStarts = sentenceStarts;
    this.pos = pos;
    this.cues = cues;
    this.lowerWords = lowerWords;
    this.animationWords = cues.of(ANIMATION_CUES).length;
    this.animeWords = cues.of(ANIME_CUES).length;
    this.musicWords = cues.of(MUSIC_CUES).length;
    this.storyWords = cues.of(STORY_CUES).length;
    this.wordAt = forwardSearch(words);
  }

  /**
   * wink's POS tag of the token that starts at offset `at` (`''` when none does); read from
   * {@link WordFacts.pos} where a word starts there.
   */
  posAt(at: number): string {
    const k = this.wordAt(at);
    if (this.words[k]?.start === at) return this.pos[k] as string;
    const token = this.ann.tokens[firstAtOrAfter(this.ann.tokens, at)];
    return token && token.start === at ? token.pos : '';
  }

  /** True when the text's own words say it is about animation: at least {@link ANIMATION_WORDS_NEEDED} animation words. */
  readsAsAnimation(): boolean {
    return this.animationWords >= ANIMATION_WORDS_NEEDED;
  }

  /**
   * True when the text's own words are anime or manga talk: at least {@link ANIMATION_WORDS_NEEDED}
   * words of {@link ANIME_WORDS}. News of an animated film says `animated` and `animation` often
   * and numbers its sequels ("Shrek 2"); a fan of anime numbers arcs and seasons ("Arc 2").
   */
  readsAsAnime(): boolean {
    return this.animeWords >= ANIMATION_WORDS_NEEDED;
  }

  /**
   * True when the text's own words say it is about music and not about a story: at least
   * {@link MUSIC_WORDS_NEEDED} music words, and {@link MUSIC_WORDS_PER_STORY_WORD} of them for each
   * word of a story (a chart report, a band's news; not a biopic of a singer, which says `film`).
   */
  readsAsMusic(): boolean {
    return this.musicWords >= MUSIC_WORDS_NEEDED && this.storyWords * MUSIC_WORDS_PER_STORY_WORD <= this.musicWords;
  }

  /**
   * True when the whole text is about animation: enough animation words, and at least one in every
   * {@link ANIMATION_TEXT_SPAN} words. A novel or a long list of snippets that says `animated`
   * twice is not a review of an anime.
   */
  wholeAboutAnimation(): boolean {
    return this.animationWords >= ANIMATION_WORDS_NEEDED && this.animationWords * ANIMATION_TEXT_SPAN >= this.words.length;
  }
}

/**
 * The words written both in lower case and capitalised mid-sentence that are names carelessly
 * written in lower case, so no common words. Not a word of the English model or two of its words
 * run together (`fanbase`), a plural (`fillers`), a hyphenated word (`hip-hop`), a real person's
 * surname readers know alone, a Japanese honorific, a word of animation or anime talk, nor a word
 * the text writes after a determiner or a preposition of place anywhere, also past one describing
 * word or number ({@link COMMON_NOUN_LEADS}: `the hokage`, `the 4th hokage`, `in wano`): fans
 * capitalise their fandom's terms and places as they do names, but only those take an article.
 */
function carelessNames(words: readonly Word[], pos: readonly string[], lowerWords: ReadonlySet<string>, namedMidSentence: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const lower of namedMidSentence) {
    if (!lowerWords.has(lower) || lower.endsWith('s') || lower.includes('-') || knownWordKind(lower) === 'person' || HONORIFIC_SUFFIXES.has(lower) || ANIMATION_WORDS.has(lower) || ANIME_WORDS.has(lower) || isModelWord(lower) || twoModelWords(lower)) continue;
    names.add(lower);
  }
  if (names.size === 0) return names;
  for (let k = 1; k < words.length; k++) {
    const w = words[k] as Word;
    if (!names.has(w.lower)) continue;
    const before = words[k - 1] as Word;
    // Also past one describing word or number: `the next hokage`, `the 4th hokage`, `and one jonin`.
    const described = !before.capitalised && (DESCRIBING_POS.has(pos[k - 1] as string) || isDigitCode(before.lower.charCodeAt(0)));
    if (COMMON_NOUN_LEADS.has(before.lower) || (described && COMMON_NOUN_LEADS.has(words[k - 2]?.lower ?? ''))) names.delete(w.lower);
  }
  return names;
}

/** Tags of a describing word between a determiner and its noun (`the next hokage`, `one more jonin`). */
const DESCRIBING_POS: ReadonlySet<string> = new Set(['ADJ', 'NUM']);

/** The fewest letters each part of {@link twoModelWords} has. */
const MIN_COMPOUND_PART = 3;

/** True when `word` is two words of the English model run together (`fanbase`, `timeskip`). */
function twoModelWords(word: string): boolean {
  for (let i = MIN_COMPOUND_PART; i <= word.length - MIN_COMPOUND_PART; i++) if (isModelWord(word.slice(0, i)) && isModelWord(word.slice(i))) return true;
  return false;
}

/**
 * True when the gap between word `before` and offset `to` is the inside of one sentence: spaces
 * with one comma (`However, Sasuke`), or spaces alone after a lower-case word; no stop, colon,
 * bracket, quote mark, dash or new line that may open a heading, a title or a new sentence the
 * tagger did not split.
 */
function midSentenceGap(view: string, before: Word, to: number): boolean {
  let commas = 0;
  for (let i = before.end; i < to; i++) {
    const ch = view[i];
    if (ch === ',') commas++;
    else if (ch !== ' ') return false;
  }
  // Right after a capitalised word it may end a longer name or a title (`Naruto Shippuden`).
  return commas === 1 || (commas === 0 && to > before.end && !before.capitalised);
}

/**
 * Facts about one text's words that the works and names passes both read: made once per text, in
 * one pass over the words and the tokens, and handed to both stages as data (each would otherwise
 * scan the words for them again).
 */
import { ANIME_WORDS, ANIMATION_WORDS, ANIMATION_TEXT_SPAN, ANIMATION_WORDS_NEEDED } from '../data/name-kind-animation';
import { MUSIC_SUBJECT_WORDS, MUSIC_WORDS_NEEDED, MUSIC_WORDS_PER_STORY_WORD, STORY_SUBJECT_WORDS } from '../data/name-kind-music';
import { CueIndex, CueWords } from '../text/cue-index';
import { firstAtOrAfter, forwardSearch } from '../text/search';
import type { Word } from '../text/words';
import type { Annotation, Token } from './stage-types';

/** The words of animation, of anime fandom and of music a text's subject is counted by. */
const ANIMATION_CUES = new CueWords(ANIMATION_WORDS);
const ANIME_CUES = new CueWords(ANIME_WORDS);
const MUSIC_CUES = new CueWords(MUSIC_SUBJECT_WORDS);
/** The words of a story that are no words of music: a word of both counts for music alone. */
const STORY_CUES = new CueWords([...STORY_SUBJECT_WORDS].filter((w) => !MUSIC_SUBJECT_WORDS.has(w)));

/** The shared facts of one text's words; see the module comment. */
export class WordFacts {
  /** Every word the text writes in lower case (`bullying` makes a capitalised `Bullying` no name). */
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
    let t = 0;
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as Word;
      // Both lists rise: one walk over the tokens finds each word's first token.
      while (t < tokens.length && (tokens[t] as Token).start < w.start) t++;
      const token = tokens[t];
      pos[k] = token && token.start === w.start ? token.pos : '';
      const form = w.form;
      if (!w.capitalised && formLower[form] !== 1) {
        formLower[form] = 1;
        lowerWords.add(w.lower);
      }
      let bits = formBits[form];
      if (bits === undefined) {
        bits = CueIndex.bitsOf(w.lower);
        formBits[form] = bits;
      }
      cues.noteBits(k, bits);
    }
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

/**
 * Data passed between the pipeline stages. Internal: not exported from the package.
 * Every offset is a UTF-16 index into the caller's original text.
 */
import type { Heading, PersonRole, QuoteKind, Span, SpeakerVia } from '../types';

/** Output of stage 1: the input and a same-length view that later stages read. */
export interface NormalizedText {
  /** The caller's text, untouched. */
  text: string;
  /**
   * Same length as `text`, with BOM, no-break spaces, CR, control characters and `<br>` tags
   * turned into plain spaces or newlines, and lone surrogates into U+FFFD.
   */
  view: string;
  /** `view` lower-cased one code unit at a time (same length). */
  lower: string;
  /** Control characters and lone surrogates the view blanked out: where the first is, how many. */
  oddities: { control: { first: number; count: number }; loneSurrogate: { first: number; count: number } };
}

/** A script line `Name : words`, found while segmenting. */
export interface DialogueLine {
  speaker: Span;
  words: Span;
}

/** A block of text the sentences may not cross: a heading line or a paragraph. */
export interface Block extends Span {
  sectionIndex: number;
  isHeading: boolean;
}

/** A section before ids, sentiment and links are filled in. */
export interface SectionDraft extends Span {
  heading: Heading | null;
  paragraphs: Span[];
}

/** Output of stage 2. */
export interface Segmentation {
  title: Heading | null;
  sections: SectionDraft[];
  /** Headings and paragraphs in document order. */
  blocks: Block[];
  dialogue: DialogueLine[];
}

/** One wink token with its place in the original text. */
export interface Token extends Span {
  /** The token as written (from the normalized view: a no-break space inside reads as a space). */
  value: string;
  /** wink's normal form (lower case). */
  normal: string;
  /** The word number of {@link Token.normal} (`wordNumber` of src/text/word-numbers), by which word lists are asked. */
  number: number;
  /** Universal POS tag from wink. */
  pos: string;
  /** wink's token type: word, punctuation, number, emoji, emoticon, … */
  type: string;
  /** Index into {@link Annotation.sentences}. */
  sentence: number;
}

/** A sentence, never crossing a block. */
export interface Sentence extends Span {
  firstToken: number;
  /** Inclusive. */
  lastToken: number;
  block: number;
  /** Where the sentence's first word starts (-1 when it has none). */
  firstWord: number;
  /**
   * How many of its tokens hold an ASCII digit. This and {@link Sentence.capitals} are counted as
   * the tokens are made, while each token's text was just read: the sentiment stage's pass over
   * every token then reads no token's text for them.
   */
  digits: number;
  /** How many of its words after its first token start with an ASCII capital, the pronoun "I" left out. */
  capitals: number;
}

/** A lexicon hit of wink's sentiment model (a word, phrase, emoji or emoticon). */
export interface SentimentHit extends Span {
  firstToken: number;
  lastToken: number;
  /** The lexicon's score, -1..1, before negation. */
  score: number;
  /** True when a negator governs the hit: false from stage 3, read by stage 7 (three words' scope). */
  negated: boolean;
}

/** Output of stage 3. */
export interface Annotation {
  tokens: Token[];
  sentences: Sentence[];
  hits: SentimentHit[];
  /** How many tokens are words. */
  wordCount: number;
  /**
   * Indexes of the tokens that tell the writer's voice, in order: quote marks (`“`, `”`, `"`) and
   * first-person words (`I`, `I’m`, `me`, `my`, `mine`, `myself`). Few, so the voice test of stage 4b
   * reads these instead of every token.
   */
  voiceTokens: number[];
}

/** A work found in stage 4. */
export interface WorkDraft {
  /** Lower-case key the mentions share. */
  key: string;
  mentions: Span[];
  /**
   * The mentions of its title taken out as its hero's (`Iron Man's team`, `Kestrel fought`: see
   * `4-works/5-hero-mentions.ts`): the names stage takes each as a name.
   */
  heroes?: Span[];
  /**
   * The mentions that write a short form of the title (its initials, `AoT`: see
   * `4-works/5-initials.ts`): among `mentions` too, but the work's title is never one of them.
   */
  short?: Span[];
}

/** A named entity (character or person) before ids are given. */
export interface EntityDraft {
  kind: 'character' | 'person';
  /** The probability, 0..1, that `kind` is right (the kind model's, or 1 for a kind the caller gave). */
  kindConfidence: number;
  mentions: Span[];
  roles: PersonRole[];
  descriptors: string[];
  /** Index of the entity that plays (for characters) this one. */
  playedBy: number | null;
}

/** A quote between quote marks (stage 5): speech, scare quotes (`term`) or a work's title. */
export interface MarkedQuoteDraft extends Span {
  kind: Exclude<QuoteKind, 'dialogue'>;
  /** The opening mark's span. */
  open: Span;
  /** The closing mark's span (empty at the quote's end when there is none). */
  close: Span;
}

/** A script line's words (`Name : words`), found by the segmenter (stage 2). */
export interface DialogueQuoteDraft extends Span {
  kind: 'dialogue';
  /** The script speaker's span (the `Name` before the colon). */
  scriptSpeaker: Span;
}

/** A quote found in stage 5; which fields it has depends on its kind. */
export type QuoteDraft = MarkedQuoteDraft | DialogueQuoteDraft;

/** Output of stage 5. */
export interface QuoteFinding {
  quotes: QuoteDraft[];
  /** Offsets of double quote marks left open at the end of their paragraph. */
  unclosed: number[];
}

/** A speaker found in stage 6. */
export interface SpeakerDraft {
  /** The speaker's span in the text. */
  span: Span;
  /** The entity the name resolves to, if any. */
  entity: number | null;
  via: SpeakerVia;
}

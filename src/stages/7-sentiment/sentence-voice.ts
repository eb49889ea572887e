/**
 * One pass over the tokens: how each sentence speaks (first person, reporting, quoting, …), its
 * word count, whether it names the work or a part of it, and where each word starts.
 */
import {
  EVALUATIVE_WORDS,
  FIRST_PERSON_PLURAL_WORDS,
  FIRST_PERSON_WORDS,
  LINKING_VERBS,
  NEGATORS,
  OTHERS_AUDIENCE_WORDS,
  OTHERS_FORECAST_WORDS,
  OTHERS_LEAD_WORDS,
  OTHERS_PRONOUN_MODALS,
  OTHERS_PRONOUNS,
  OTHERS_VIEW_GAP,
  OTHERS_VIEW_VERBS,
  OTHERS_WORDS,
  PREDICATE_GAP,
  REPORTING_WORDS,
} from '../../data/sentiment-rules';
import { WORK_NOUNS } from '../../data/work-cues';
import type { Span } from '../../types';
import { NumberedTable, NumberedWords } from '../../text/word-numbers';
import { WordSet } from '../../text/words';
import type { Annotation, Sentence, Token } from '../stage-types';
import type { SentenceVoice } from './types';

/** What the pass found, one entry per sentence (and one per word for `wordStarts`). */
export interface VoiceReading {
  voices: SentenceVoice[];
  /** Word tokens per sentence. */
  words: Int32Array;
  /** 1 when it speaks in the first person or names the work or a part of it: not plot description. */
  evaluative: Uint8Array;
  /** 1 when it reports what other people think or say ("people say it is too long"): not the writer's own verdict. */
  othersView: Uint8Array;
  /** Where each word token starts, in order. */
  wordStarts: number[];
}

/** Bits of {@link FACT_WORDS}: which of the word lists a word is in. */
const FIRST_PERSON_BIT = 1;
const EVALUATIVE_BIT = 2;
const REPORTING_BIT = 4;
const NEGATOR_BIT = 8;
const PLURAL_BIT = 16;

/**
 * The word lists read at every word, as one map from a word to its bits: one look-up per word
 * instead of one per list, after a cheap first test most words fail.
 */
const FACT_WORDS = new Map<string, number>();
for (const [list, bit] of [
  [FIRST_PERSON_WORDS, FIRST_PERSON_BIT],
  [[...EVALUATIVE_WORDS, ...WORK_NOUNS], EVALUATIVE_BIT],
  [REPORTING_WORDS, REPORTING_BIT],
  [NEGATORS, NEGATOR_BIT],
  [FIRST_PERSON_PLURAL_WORDS, PLURAL_BIT],
] as const) {
  for (const w of list) FACT_WORDS.set(w, (FACT_WORDS.get(w) ?? 0) | bit);
}
/** {@link FACT_WORDS}, asked by word number at every token. */
const FACT_BITS = new NumberedTable(FACT_WORDS);
const WORK_NOUN = new WordSet(WORK_NOUNS);
const LINKING = new NumberedWords(LINKING_VERBS);
const OTHERS = new WordSet(OTHERS_WORDS);
const OTHERS_VIEW = new WordSet(OTHERS_VIEW_VERBS);
const OTHERS_FORECAST = new WordSet(OTHERS_FORECAST_WORDS);
const OTHERS_AUDIENCE = new WordSet(OTHERS_AUDIENCE_WORDS);
const OTHERS_PRONOUN = new WordSet(OTHERS_PRONOUNS);
const OTHERS_PRONOUN_MODAL = new WordSet(OTHERS_PRONOUN_MODALS);
/** Tags a linking verb's adjective may stand after: "is not very good", "was a truly great". */
const PREDICATE_SKIPS = new Set(['ADV', 'DET', 'PART']);

/**
 * True when the linking verb at token `t` has an adjective after it, past at most
 * {@link PREDICATE_GAP} adverbs, determiners and particles, inside `sentence` ("is clumsy", "was
 * not very good"). A possessive "'s" (a particle) links nothing.
 */
function predicatesAt(tokens: readonly Token[], t: number, sentence: Sentence): boolean {
  if ((tokens[t] as Token).pos === 'PART') return false;
  const last = Math.min(sentence.lastToken, t + 1 + PREDICATE_GAP);
  for (let k = t + 1; k <= last; k++) {
    const pos = (tokens[k] as Token).pos;
    if (pos === 'ADJ') return true;
    if (!PREDICATE_SKIPS.has(pos)) return false;
  }
  return false;
}

/** True when the token is a word in title case: a capital first, then a lower-case letter ("Believe", not "LOVED"). */
function titleCased(tok: Token | undefined): boolean {
  if (tok === undefined || tok.type !== 'word' || tok.value.length < 2) return false;
  const first = tok.value.charCodeAt(0);
  const second = tok.value.charCodeAt(1);
  return first >= 65 && first <= 90 && second >= 97 && second <= 122;
}

/** True when the token is a clitic written after an apostrophe ("'ll", "'m", "’ve"), a word of its own in wink's reading. */
function clitic(tok: Token | undefined): boolean {
  if (tok === undefined || tok.value.length < 2) return false;
  const first = tok.value.charCodeAt(0);
  return first === 39 || first === 0x2019;
}

/**
 * True when a pronoun at token `t` is part of a title written in title case, not the writer
 * speaking: capitalised inside its sentence ("Wake Me Up", "Oh My God") or followed by a title-case
 * word ("I Believe in You", "If I Ain't Got You"), past a clitic ("I'll Stand By You", "I'm Still
 * Standing"). News names songs and films that hold "I", "my" and "you"; the writer's own "I" is
 * followed by a verb in lower case ("I'll admit").
 */
function inTitle(tokens: readonly Token[], t: number, sentence: Sentence): boolean {
  const tok = tokens[t] as Token;
  if (t > sentence.firstToken && tok.normal !== 'i' && titleCased(tok)) return true;
  const next = t < sentence.lastToken && clitic(tokens[t + 1]) ? t + 2 : t + 1;
  return next <= sentence.lastToken && titleCased(tokens[next]);
}

/** The voice of every sentence. `speech` is the quoted speech, sorted and non-overlapping. */
export function sentenceVoices(ann: Annotation, speech: readonly Span[]): VoiceReading {
  const n = ann.sentences.length;
  const words = new Int32Array(n);
  const evaluative = new Uint8Array(n);
  const reported = new Uint8Array(n);
  const quoting = new Uint8Array(n);
  const addressed = new Uint8Array(n);
  const pointing = new Uint8Array(n);
  const exclaims = new Uint8Array(n);
  const negated = new Uint8Array(n);
  const plural = new Uint8Array(n);
  const predicates = new Uint8Array(n);
  const firstPersonOutside = new Uint8Array(n);
  const othersView = new Uint8Array(n);
  const wordStarts: number[] = [];
  // The word number (in its sentence) of the last word for other people outside quoted speech, -1
  // when none is open: a verb of saying or holding a view close after it reports their view.
  let othersAt = -1;
  let othersSentence = -1;
  // The word number at which a quantifier standing for people ("some", "many") needs its verb of
  // saying, -1 when none waits; and whether a modal has already stood between them.
  let pronounVerbAt = -1;
  let pronounModal = false;
  let pronounSentence = -1;
  let previousWord: Token | undefined;
  let q = 0;
  for (let t = 0; t < ann.tokens.length; t++) {
    const tok = ann.tokens[t] as Token;
    const s = tok.sentence;
    while (q < speech.length && (speech[q] as Span).end <= tok.start) q++;
    const quotedHere = q < speech.length && (speech[q] as Span).start <= tok.start;
    if (quotedHere) quoting[s] = 1;
    const w = tok.normal;
    if (w === '!') exclaims[s] = 1;
    if (!quotedHere && predicates[s] === 0 && LINKING.has(tok.number) && predicatesAt(ann.tokens, t, ann.sentences[s] as Sentence)) predicates[s] = 1;
    if (tok.type !== 'word') continue;
    wordStarts.push(tok.start);
    words[s] = (words[s] ?? 0) + 1;
    const bits = FACT_BITS.get(tok.number) ?? 0;
    if (othersSentence === s && othersAt >= 0) {
      if (OTHERS_FORECAST.hasToken(tok) || (bits & FIRST_PERSON_BIT) !== 0 || (words[s] as number) - othersAt > OTHERS_VIEW_GAP + 1) othersAt = -1;
      else if (OTHERS_VIEW.hasToken(tok)) othersView[s] = 1;
    }
    if (pronounSentence === s && pronounVerbAt === words[s]) {
      if (OTHERS_VIEW.hasToken(tok)) othersView[s] = 1;
      else if (!pronounModal && OTHERS_PRONOUN_MODAL.hasToken(tok)) {
        pronounModal = true;
        pronounVerbAt++;
      }
    }
    const leads = !quotedHere && (words[s] as number) <= OTHERS_LEAD_WORDS && !(previousWord !== undefined && OTHERS_AUDIENCE.hasToken(previousWord) && previousWord.sentence === s);
    if (leads && OTHERS.hasToken(tok)) {
      othersAt = words[s] as number;
      othersSentence = s;
    } else if (leads && OTHERS_PRONOUN.hasToken(tok)) {
      pronounVerbAt = (words[s] as number) + 1;
      pronounModal = false;
      pronounSentence = s;
    }
    previousWord = tok;
    if (bits & FIRST_PERSON_BIT) {
      if (!inTitle(ann.tokens, t, ann.sentences[s] as Sentence)) {
        evaluative[s] = 1;
        if (!quotedHere) firstPersonOutside[s] = 1;
      }
    } else if (bits & EVALUATIVE_BIT) evaluative[s] = 1;
    if (bits & REPORTING_BIT) reported[s] = 1;
    if (bits & NEGATOR_BIT) negated[s] = 1;
    if (bits & PLURAL_BIT && !quotedHere && tok.value !== 'US' && !inTitle(ann.tokens, t, ann.sentences[s] as Sentence)) plural[s] = 1;
    if ((w === 'you' || w === 'your') && !quotedHere && !inTitle(ann.tokens, t, ann.sentences[s] as Sentence)) addressed[s] = 1;
    if ((w === 'this' || w === 'that') && t + 1 < ann.tokens.length && WORK_NOUN.hasToken(ann.tokens[t + 1] as Token)) pointing[s] = 1;
  }
  const voices: SentenceVoice[] = [];
  for (let s = 0; s < n; s++) {
    const sentence = ann.sentences[s] as Sentence;
    voices.push({
      firstPerson: firstPersonOutside[s] === 1 && !reported[s] && !quoting[s],
      reported: reported[s] === 1,
      quoting: quoting[s] === 1,
      addressed: addressed[s] === 1,
      pointing: pointing[s] === 1,
      exclaims: exclaims[s] === 1 || ann.tokens[sentence.lastToken]?.normal === '?',
      negated: negated[s] === 1,
      plural: plural[s] === 1,
      predicates: predicates[s] === 1,
      capitals: sentence.capitals,
      digits: sentence.digits,
    });
  }
  return { voices, words, evaluative, othersView, wordStarts };
}

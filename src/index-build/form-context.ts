/**
 * Step 3b of the index: what the words around a name form say about it, counted over every
 * document of a work. One document cannot tell "Hueco Mundo" or "Bankai" from a character; hundreds
 * can: a place follows "in" or "across the", a power takes "his", a group takes "are", while a
 * someone says and decides things, is "he" or "she" a few words on, and has a mother and a face.
 * Each mention is read in a window of a few words, so the counting is linear in the mentions and a
 * form's counts are a fixed handful of numbers.
 */
import {
  INDEX_CREW_BY_VERBS,
  INDEX_CREW_TITLES,
  INDEX_CREW_VERBS,
  INDEX_CREW_WORKS,
  INDEX_DETERMINERS,
  INDEX_FAMILY_HEADS,
  INDEX_KIN_WORDS,
  INDEX_OTHER_PRONOUNS,
  INDEX_PERSONAL_PRONOUNS,
  INDEX_PERSON_VERBS,
  INDEX_PLACE_PREPOSITIONS,
  INDEX_PLURAL_VERBS,
  INDEX_REACHED_PREPOSITIONS,
  INDEX_MODIFIED_NOUNS,
  INDEX_COMPARING_WORDS,
} from '../data/index-context-words';
import { foldVowels } from './form-key';
import { CODE_CLASSES, CODE_UPPER, classOf, codePointAt, isLetterOrDigitCode, isLowerCode } from '../text/code-classes';
import { readWords, type WordList } from './capitalised-words';
import { FNV_OFFSET, fnvStep } from '../text/hash';

/** Counts of what surrounds one form's mentions across a work's documents. */
export interface FormContext {
  /** Mentions read. */
  mentions: number;
  /** Right after a determiner ("the", "his", "a"). */
  determiner: number;
  /** Right after a place preposition, or after one and a determiner ("in the Grand Line"). */
  place: number;
  /**
   * Right after a preposition a place takes, but a someone too ("on Hoth", "to Luke"): read only
   * where no document vouches for the form (see weak-forms.ts).
   */
  reached: number;
  /**
   * Right before a common noun it describes ("the Bount arc", "a J-Pop track", "Nen abilities"): a
   * part of the story, a song, a power. Read only where no document vouches for the form (see
   * weak-forms.ts): "the Zabuza arc" is someone's.
   */
  modifies: number;
  /**
   * Right after a word that compares ("like Vegeta", "unlike Magi", "better than X"): reviewers
   * compare a work with others. Read only where no document vouches for the form (see weak-forms.ts).
   */
  compared: number;
  /** Right after a possessor ("Ichigo's Bankai"). */
  possessed: number;
  /** Followed by a plural verb ("are", "were"), and not the last of a list ("A and B are"). */
  plural: number;
  /** Followed by a verb a someone does ("says", "decides"). */
  acts: number;
  /** A possessor of kin or body ("X's mother", "X's face"). */
  kin: number;
  /** The first pronoun after it stands for a someone ("he", "her"). */
  personal: number;
  /** The first pronoun after it stands for a thing or a group ("it", "they"). */
  other: number;
  /** Times a one-word form is written in lower case after a determiner ("the titans", "his bankai"). */
  lower: number;
  /**
   * Mentions among words about making the work: after a crew title ("director X") or a making verb
   * and "by" ("voiced by X"), before a making verb ("X draws"), or owning a work ("X's art").
   */
  crew: number;
}

/** A form's empty counts. */
export function newFormContext(): FormContext {
  return { mentions: 0, determiner: 0, place: 0, reached: 0, modifies: 0, compared: 0, possessed: 0, plural: 0, acts: 0, kin: 0, personal: 0, other: 0, lower: 0, crew: 0 };
}

const PLACE = new Set(INDEX_PLACE_PREPOSITIONS);
const REACHED = new Set(INDEX_REACHED_PREPOSITIONS);
const MODIFIED = new Set(INDEX_MODIFIED_NOUNS);
const COMPARING = new Set(INDEX_COMPARING_WORDS);

const DETERMINERS = new Set(INDEX_DETERMINERS);
const PLURAL = new Set(INDEX_PLURAL_VERBS);
const ACTS = new Set(INDEX_PERSON_VERBS);
const PERSONAL = new Set(INDEX_PERSONAL_PRONOUNS);
const OTHER = new Set(INDEX_OTHER_PRONOUNS);
const KIN = new Set(INDEX_KIN_WORDS);
const FAMILY_HEADS = new Set(INDEX_FAMILY_HEADS);
const CREW_TITLES = new Set(INDEX_CREW_TITLES);
const CREW_BY_VERBS = new Set(INDEX_CREW_BY_VERBS);
const CREW_VERBS = new Set(INDEX_CREW_VERBS);
const CREW_WORKS = new Set(INDEX_CREW_WORKS);

/** Words read after a mention for its pronoun. */
const PRONOUN_WINDOW = 12;
/** The longest word read; a longer run of letters is cut (it is no word of the lists). */
const MAX_WORD = 16;
/** Spaces skipped between two words. */
const MAX_GAP = 3;

/**
 * 1 for each code unit that is part of a word: an ASCII letter or digit, an apostrophe, or a letter
 * beyond ASCII (from U+00C0, not × or ÷, nor the punctuation and symbol blocks U+2000-U+2BFF and
 * U+3000-U+303F). A table, so that a pass reads one entry per character, whichever it is.
 */
const WORD_CODES = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x2bff) && (c < 0x3000 || c > 0x303f));
  if (word) WORD_CODES[c] = 1;
}

/** Whether the code unit `c` is part of a word (see {@link WORD_CODES}; NaN, past the text, is none). */
const wordCode = (c: number): boolean => c < 0x10000 && WORD_CODES[c] === 1;

/** Whether the code unit `c` is an upper-case letter (as `isUpper` of its one-character string). */
const upperCode = (c: number): boolean => ((c < 128 ? (CODE_CLASSES[c] as number) : classOf(c)) & CODE_UPPER) !== 0;

/** Whether the code unit `c` is a space, a tab, a line break or a no-break space (NaN, past the text, is none). */
const spaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * The word that ends right before `at` (spaces between allowed, no punctuation), lower case with
 * a plain apostrophe, and where it starts; null when punctuation or the text's start comes first.
 */
function wordBefore(text: string, at: number): { word: string; start: number } | null {
  let i = at;
  for (let gap = 0; gap < MAX_GAP && i > 0 && spaceCode(text.charCodeAt(i - 1)); gap++) i--;
  if (i === at) return null;
  const end = i;
  while (i > 0 && end - i < MAX_WORD && wordCode(text.charCodeAt(i - 1))) i--;
  if (i === end) return null;
  return { word: text.slice(i, end).toLowerCase().replace('’', "'"), start: i };
}

/** The word that starts after `at` (spaces allowed between), lower case; null when punctuation comes first. */
function wordAfter(text: string, at: number): { word: string; end: number } | null {
  let i = at;
  for (let gap = 0; gap < MAX_GAP && i < text.length && spaceCode(text.charCodeAt(i)); gap++) i++;
  const start = i;
  while (i < text.length && i - start < MAX_WORD && wordCode(text.charCodeAt(i))) i++;
  if (i === start) return null;
  return { word: text.slice(start, i).toLowerCase().replace('’', "'"), end: i };
}

/** The lower case of code unit `c` when that is an ASCII letter (an ASCII letter, or the Kelvin sign, whose lower case is "k"), else -1. */
const lowerAsciiLetter = (c: number): number => ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? c | 0x20 : c === 0x212a ? 0x6b : -1);

/** The bits of a hash a pronoun is looked up by: few enough that the key is a small integer. */
const PRONOUN_HASH_MASK = 0x3fffffff;

/**
 * {@link PERSONAL} and {@link OTHER} by the hash of their letters (a word of both is personal, as
 * it is asked first). Each must be ASCII lower-case letters: a word is then one of them only if
 * every character of it lower-cases to an ASCII letter, so the words after a mention are matched
 * in place rather than copied out and lower-cased.
 */
const PRONOUN_BY_HASH: ReadonlyMap<number, { word: string; kind: 'personal' | 'other' }> = (() => {
  const out = new Map<number, { word: string; kind: 'personal' | 'other' }>();
  for (const [list, kind] of [[PERSONAL, 'personal'], [OTHER, 'other']] as const) {
    for (const word of list) {
      if (!/^[a-z]+$/.test(word)) throw new Error(`review-lens: expected an index pronoun of ASCII lower-case letters, got ${JSON.stringify(word)}`);
      let h = FNV_OFFSET;
      for (let k = 0; k < word.length; k++) h = fnvStep(h, word.charCodeAt(k));
      const held = out.get(h & PRONOUN_HASH_MASK);
      if (held?.word === word) continue;
      if (held) throw new Error(`review-lens: the index pronouns ${JSON.stringify(held.word)} and ${JSON.stringify(word)} share a hash`);
      out.set(h & PRONOUN_HASH_MASK, { word, kind });
    }
  }
  return out;
})();

/** Which of {@link PERSONAL} or {@link OTHER} `text.slice(start, end)` is in lower case, if either. */
function pronounAt(text: string, start: number, end: number): 'personal' | 'other' | null {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) {
    const c = lowerAsciiLetter(text.charCodeAt(k));
    if (c < 0) return null;
    h = fnvStep(h, c);
  }
  const p = PRONOUN_BY_HASH.get(h & PRONOUN_HASH_MASK);
  if (p === undefined || p.word.length !== end - start) return null;
  for (let k = 0; k < p.word.length; k++) if (lowerAsciiLetter(text.charCodeAt(start + k)) !== p.word.charCodeAt(k)) return null;
  return p.kind;
}

/** The first of {@link PERSONAL} or {@link OTHER} among the next few words after `at`, across punctuation. */
function nextPronoun(text: string, at: number): 'personal' | 'other' | null {
  let i = at;
  for (let words = 0; words < PRONOUN_WINDOW && i < text.length; ) {
    if (!wordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && wordCode(text.charCodeAt(i))) i++;
    words++;
    if (i - start > 8) continue;
    const kind = pronounAt(text, start, i);
    if (kind !== null) return kind;
  }
  return null;
}

/** Adds what surrounds the mention `text.slice(start, end)` to `counts`. */
export function readMention(counts: FormContext, text: string, start: number, end: number): void {
  counts.mentions++;
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  // "the Elric brothers('s)": the determiner is the family's, not the name's.
  const head = after?.word.endsWith("'s") ? after.word.slice(0, -2) : after?.word.endsWith("'") ? after.word.slice(0, -1) : after?.word;
  if (before && !(head !== undefined && FAMILY_HEADS.has(head))) {
    if (DETERMINERS.has(before.word)) {
      counts.determiner++;
      const prep = wordBefore(text, before.start);
      if (prep && PLACE.has(prep.word)) counts.place++;
    } else if (PLACE.has(before.word)) counts.place++;
    else if (REACHED.has(before.word)) counts.reached++;
    else if (COMPARING.has(before.word)) counts.compared++;
    else if (before.word.endsWith("'s") || before.word.endsWith("s'")) counts.possessed++;
  }
  if (before && (CREW_TITLES.has(before.word) || (before.word === 'by' && CREW_BY_VERBS.has(wordBefore(text, before.start)?.word ?? '')))) counts.crew++;
  let at = end;
  // A possessive: "X's mother" or "X’s face".
  const a = text.charCodeAt(at);
  const s = text.charCodeAt(at + 1);
  // ' ’ ʼ (as `isApostrophe`), then s or S.
  if ((a === 0x27 || a === 0x2019 || a === 0x2bc) && (s === 0x73 || s === 0x53) && !wordCode(text.charCodeAt(at + 2))) {
    const owned = wordAfter(text, at + 2);
    if (owned && KIN.has(owned.word)) counts.kin++;
    else if (owned && CREW_WORKS.has(owned.word)) counts.crew++;
    at += 2;
  } else {
    if (after) {
      if (MODIFIED.has(after.word) && !upperCode(text.charCodeAt(after.end - after.word.length))) counts.modifies++;
      if (ACTS.has(after.word)) counts.acts++;
      else if (CREW_VERBS.has(after.word)) counts.crew++;
      else if (PLURAL.has(after.word) && before?.word !== 'and' && before?.word !== 'or') counts.plural++;
    }
  }
  const pronoun = nextPronoun(text, at);
  if (pronoun) counts[pronoun]++;
}

/**
 * A run of ASCII letters of at most {@link MAX_PACKED} letters as one number: five bits a letter,
 * each its place in the alphabet (1 to 26, so no two runs share a number), the first letter in
 * either case and the others in lower case. A run with a capital after its first letter, or a
 * longer one, is none (-1).
 */
const MAX_PACKED = 6;

/**
 * The determiners, packed (see {@link MAX_PACKED}). Each must be at most {@link MAX_PACKED} ASCII
 * lower-case letters: `readLowerCase` packs a whole run of ASCII letters to look it up, so a
 * determiner with any other character would never be found.
 */
const PACKED_DETERMINERS: ReadonlySet<number> = new Set(
  INDEX_DETERMINERS.map((d) => {
    if (!/^[a-z]+$/.test(d) || d.length > MAX_PACKED) throw new Error(`review-lens: expected an index determiner of at most ${MAX_PACKED} ASCII lower-case letters, got ${JSON.stringify(d)}`);
    let packed = 0;
    for (let k = 0; k < d.length; k++) packed = packed * 32 + (d.charCodeAt(k) - 96);
    return packed;
  }),
);

/** Whether the code unit `c` is an ASCII letter. */
const asciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Whether the code unit `c` is an ASCII letter, digit or underscore (what a word boundary reads). */
const asciiWordCode = (c: number): boolean => asciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
/** The spaces between a determiner and its word. */
const gapCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 0xa0;
/** Whether the code point `cp` is an apostrophe a lower-case word after a determiner may hold. */
const wordApostrophe = (cp: number): boolean => cp === 39 || cp === 0x2019;

/**
 * The end of the lower-case word after a determiner that starts at `at` of `text`, or -1: a
 * lower-case letter, then 2 to {@link MAX_WORD} - 1 lower-case letters or apostrophes, the most
 * of them after which no letter or digit comes (so "the dogs' bone" reads "dogs'", and a word
 * longer than {@link MAX_WORD} none). Code points, as the words are read elsewhere.
 */
function wordAfterDeterminer(text: string, at: number): number {
  let cp = codePointAt(text, at);
  if (!isLowerCode(cp)) return -1;
  let i = at + (cp > 0xffff ? 2 : 1);
  let best = -1;
  for (let read = 1; ; ) {
    const next = i < text.length ? codePointAt(text, i) : -1;
    if (read >= 3 && (next < 0 || !isLetterOrDigitCode(next))) best = i;
    if (read === MAX_WORD || next < 0 || !(isLowerCode(next) || wordApostrophe(next))) return best;
    i += next > 0xffff ? 2 : 1;
    read++;
  }
}

/**
 * Counts, on the one-word forms `formOf` knows (by merge key), the times `text` writes them in lower
 * case right after a determiner (either case at its start, at a word boundary, one to
 * {@link MAX_GAP} spaces before the word: see {@link wordAfterDeterminer}): a common noun, not a
 * name. One pass over the text's character codes, each word read at most once.
 */
export function readLowerCase(text: string, formOf: (key: string) => FormContext | undefined): void {
  const n = text.length;
  for (let p = 0; p < n; ) {
    const c = text.charCodeAt(p);
    if (!asciiLetter(c) || (p > 0 && asciiWordCode(text.charCodeAt(p - 1)))) {
      p++;
      continue;
    }
    // A run of ASCII letters at a word boundary: a determiner when the run is one, spaces after it.
    // The run is packed as it is read (see MAX_PACKED), its first letter in either case.
    let q = p + 1;
    let packed = (c | 0x20) - 96;
    while (q < n) {
      const d = text.charCodeAt(q);
      if (!asciiLetter(d)) break;
      packed = packed >= 0 && q - p < MAX_PACKED && d >= 97 ? packed * 32 + (d - 96) : -1;
      q++;
    }
    // Most runs are no determiner: that is asked first, the spaces after the run only then.
    let gap = q;
    if (packed >= 0 && PACKED_DETERMINERS.has(packed)) while (gap < n && gap - q < MAX_GAP && gapCode(text.charCodeAt(gap))) gap++;
    const end = gap > q && gap < n && !gapCode(text.charCodeAt(gap)) ? wordAfterDeterminer(text, gap) : -1;
    if (end < 0) {
      p = q;
      continue;
    }
    const counts = formOf(foldVowels(text.slice(gap, end)));
    if (counts) counts.lower++;
    p = end;
  }
}

/** Adds `b`'s counts to `a`. */
export function addContext(a: FormContext, b: FormContext): void {
  for (const k of Object.keys(a) as Array<keyof FormContext>) a[k] += b[k];
}

/** Mentions a form needs before its context can leave it out. */
export const MIN_CONTEXT_MENTIONS = 4;
/** How much the pronouns after a form weigh beside the words before it. */
const PRONOUN_WEIGHT = 0.75;
/** The {@link thingScore} from which a form is no one. */
const THING_SCORE = 0.4;

/**
 * How much a form's context says it names a thing, a place or a group rather than someone: the
 * share of its uses after a determiner, a place preposition or a possessor, before a plural verb,
 * or in lower case after a determiner, plus how far the pronouns after it lean to "it" and "they" (smoothed, so a form with few
 * pronouns leans neither way), less the share of its mentions that act or own kin and body. The
 * weight and the threshold were chosen on hand-labelled frequent forms of works outside the
 * measured ones.
 */
export function thingScore(c: FormContext): number {
  const uses = c.mentions + c.lower + 1;
  const noun = (c.determiner + c.place + c.plural + c.possessed + c.lower) / uses;
  const pronoun = (c.other + 1) / (c.personal + c.other + 2);
  const who = (c.acts + c.kin) / uses;
  return noun + PRONOUN_WEIGHT * (pronoun - 0.5) - who;
}

/** The lower {@link thingScore} that is enough for a form documents also list as a work. */
const LISTED_THING_SCORE = 0.2;

/**
 * Whether a form's context says it names no one: enough mentions read, and a high
 * {@link thingScore}, or a fair one for a form that documents also list as a work (`listed`: "a
 * better show than Naruto" is a title where no "he" follows it).
 */
export function namesThing(c: FormContext, listed = false): boolean {
  return c.mentions >= MIN_CONTEXT_MENTIONS && thingScore(c) >= (listed ? LISTED_THING_SCORE : THING_SCORE);
}

/** A capitalised word a name pair is made of: a capital and one to nineteen lower-case letters, nothing else. */
const PAIR_WORD = /^\p{Lu}\p{Ll}{1,19}$/u;

/**
 * Calls `visit` with the merge keys of every two capitalised words `text` writes side by side, one
 * space between (`Uryu Ishida`, `Ishida Uryuu's`), in order; a run of three gives two pairs.
 * `words`: the text's capitalised words (see {@link readWords}), read once for this and the
 * plain mentions.
 */
export function readNamePairs(text: string, visit: (first: string, second: string) => void, words: WordList = readWords(text)): void {
  /** The merge key of the word before, when it is a pair's word and one space from a neighbour. */
  let before: string | null = null;
  const spans = words.spans;
  for (let i = 0; i < words.length; i++) {
    const start = spans[2 * i] as number;
    const end = spans[2 * i + 1] as number;
    const afterPrevious = i > 0 && text.charCodeAt(start - 1) === 32 && spans[2 * i - 1] === start - 1;
    // Only a word one space from another is read: most capitalised words stand alone.
    let plain: string | null = null;
    if ((afterPrevious && before !== null) || (i + 1 < words.length && spans[2 * i + 2] === end + 1 && text.charCodeAt(end) === 32)) {
      const word = text.slice(start, end);
      plain = PAIR_WORD.test(word) ? foldVowels(word.toLowerCase()) : null;
    }
    if (before !== null && plain !== null && afterPrevious) visit(before, plain);
    before = plain;
  }
}

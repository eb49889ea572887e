/**
 * What every pass of the names stage reads about the text, made once per text, and the word tests
 * the passes share.
 */
import { ABBREVIATED_NAME_SUFFIXES, AGE_NUMBER_WORDS, AGE_UNITS, COMPOUND_LEAD_HEADS, DESCRIBING_LEADS, ORIGIN_LEAD_HEADS } from '../../data/name-cue-words';
import { NAME_TITLES } from '../../data/honorifics';
import { ROLE_NOUNS } from '../../data/role-words';
import { CALENDAR, COMMON_CAPITALISED, HYPHEN_PREFIXES, HYPHENATED_NON_NAMES, ORGANISATIONS, PLACES_AND_PEOPLES, STUDIOS, WORLD_PLACES } from '../../data/not-names';
import { hyphenParts, isInitialism, isUpper } from '../../text/chars';
import { isListedFirstName } from '../../text/listed-first-name';

export { isListedFirstName };
import { isKoreanSyllable } from '../../text/korean';
import type { Span } from '../../types';
import type { Word } from '../../text/words';
import type { Annotation, NormalizedText, WorkDraft } from '../stage-types';
import type { WordFacts } from '../word-facts';

/** The text as the names passes read it. */
export interface NameContext {
  readonly input: NormalizedText;
  readonly words: readonly Word[];
  readonly ann: Annotation;
  /** Offsets where a sentence's first word starts. */
  readonly sentenceStarts: ReadonlySet<number>;
  /** The part of speech of each word's first token (`''` when no token starts with the word). */
  readonly pos: readonly string[];
  /** 1 at every offset inside a work mention; a read past the last one is undefined, as falsy as 0. */
  readonly workMask: Uint8Array;
  /** Every word the text writes in lower case (`bullying` makes a capitalised `Bullying` no name). */
  readonly lowerWords: ReadonlySet<string>;
  /** The facts of the text's words the works stage read too. */
  readonly facts: WordFacts;
  /** Start to end of each mention of a work's title that the works stage read as its hero's name (`Iron Man's team`). */
  readonly heroes: ReadonlyMap<number, number>;
  /**
   * The last word, in lower case, of each work's title of two words or more that is more than an
   * article and one word (`hulk` of `The Incredible Hulk`, not `terminator` of `The Terminator`).
   */
  readonly titleEnds: ReadonlySet<string>;
  /**
   * The first words, in lower case and one space apart, of each work's title the text names, one
   * entry for each length up to the whole title (`brannoc` and `brannoc the frost road` of `Brannoc: The Frost Road`),
   * but no head that a pair of names continues (`Ann Lee` of `Ann Lee and Bo Park`).
   */
  readonly titleHeads: ReadonlySet<string>;
}

/** The context of one text, its work mentions masked. */
export function nameContext(input: NormalizedText, facts: WordFacts, works: readonly WorkDraft[]): NameContext {
  // As long as the text, so a word's start never reads past its end.
  const workMask = new Uint8Array(Math.max(input.view.length, ...works.map((w) => (w.mentions.at(-1) as Span).end)));
  for (const w of works) for (const m of w.mentions) workMask.fill(1, m.start, m.end);
  const heroes = new Map<number, number>();
  for (const w of works) for (const m of w.heroes ?? []) heroes.set(m.start, m.end);
  const { words, ann, sentenceStarts, pos, lowerWords } = facts;
  return { input, words, ann, sentenceStarts, pos, workMask, lowerWords, facts, heroes, titleEnds: titleEnds(input.view, works), titleHeads: titleHeads(input.view, works) };
}

/** Words that lead a title and add no word of its own (`The Terminator` is one word's title). */
const TITLE_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** The last words of the works' longer titles, read from the text of each work's mentions ({@link NameContext.titleEnds}). */
function titleEnds(view: string, works: readonly WorkDraft[]): Set<string> {
  const ends = new Set<string>();
  for (const w of works) {
    for (const m of w.mentions) {
      const parts = view.slice(m.start, m.end).toLowerCase().split(/\s+/).filter((x) => x !== '');
      const last = parts.at(-1);
      if (last === undefined || parts.length < 2 || (parts.length === 2 && TITLE_ARTICLES.has(parts[0] as string))) continue;
      ends.add(last);
    }
  }
  return ends;
}

/** Marks a title's word may end with that are no part of the word (`Brannoc:` of `Brannoc: The Frost Road`). */
const WORD_END_MARKS = ':,;.!?';

/** The words of `text` as written, split at white space, marks at their ends dropped and the empty ones left out. */
export function titleWords(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/\s+/)) {
    let end = part.length;
    while (end > 0 && WORD_END_MARKS.includes(part.charAt(end - 1))) end--;
    if (end > 0) out.push(part.slice(0, end));
  }
  return out;
}

/**
 * The heads of the works' titles read from the text of each work's mentions
 * ({@link NameContext.titleHeads}). A head followed by `and` and a capitalised word that is no
 * article is one of two names a title pairs (`Ann Lee and Bo Park`), not the title's hero.
 */
function titleHeads(view: string, works: readonly WorkDraft[]): Set<string> {
  const heads = new Set<string>();
  for (const w of works) {
    for (const m of w.mentions) {
      const written = titleWords(view.slice(m.start, m.end));
      let head = '';
      for (let k = 0; k < written.length; k++) {
        const word = (written[k] as string).toLowerCase();
        head = k === 0 ? word : `${head} ${word}`;
        const after = written[k + 2];
        if (written[k + 1]?.toLowerCase() === 'and' && after !== undefined && isUpper(after.charAt(0)) && !TITLE_ARTICLES.has(after.toLowerCase())) continue;
        heads.add(head);
      }
    }
  }
  return heads;
}

/**
 * True when one of `mentions` is a work's title that the works stage read as its hero's name
 * (`Iron Man's team`, `Naruto himself`): the words around it say it is someone, as a cue does.
 */
export function namedAsHero(ctx: Pick<NameContext, 'heroes'>, mentions: readonly Span[]): boolean {
  return mentions.some((m) => ctx.heroes.get(m.start) === m.end);
}

/**
 * True when word `w` only describes the name after it, so a name starts after it: before any
 * capitalised word, an age or a hyphenated word that says where from ({@link ORIGIN_LEAD_HEADS}:
 * "Ten-year-old Ada", "London-based Okafor"); before a listed first name or a title of
 * {@link NAME_TITLES}, also a hyphenated word whose last part says what won or what job
 * ("Writer-director Ryan", "Oscar-winner Sir Ian") or a word of {@link DESCRIBING_LEADS} ("Late Ada Brook").
 */
export function describesNameAfter(w: Word, next: Word | undefined, view: string): boolean {
  if (!next || !next.capitalised || !next.spaceBefore) return false;
  // An age says how old whoever follows is, before any name: "Ten-year-old Dakota Vane".
  if (isAgeWord(w)) return true;
  const head = compoundHead(w, view);
  // Where from, before any name: "Tunisian-born Abdel Okafor", "London-based Okafor".
  if (head !== undefined && ORIGIN_LEAD_HEADS.has(head)) return true;
  // Otherwise only before a listed first name or a title that only stands before a name
  // ("Oscar-winner Sir Ian"): "the Oscar-winning Pulp Fiction director" names a work.
  if (!(isListedFirstName(next.lower) || NAME_TITLES.has(next.lower))) return false;
  if (DESCRIBING_LEADS.has(w.lower)) return true;
  return head !== undefined && (COMPOUND_LEAD_HEADS.has(head) || ROLE_NOUNS.has(head));
}

/**
 * The last part of hyphenated word `w` (`born` of `Dutch-born`) when the parts after its first
 * hyphen are written in lower case (`Jean-Paul` is a name, and has none); undefined otherwise.
 */
function compoundHead(w: Word, view: string): string | undefined {
  if (!w.hyphenated) return undefined;
  const hyphen = w.lower.lastIndexOf('-');
  if (hyphen < 1) return undefined;
  const rest = view.slice(w.start + w.lower.indexOf('-') + 1, w.end);
  return rest === rest.toLowerCase() ? w.lower.slice(hyphen + 1) : undefined;
}

/** Hyphens that join the parts of an age word. */
const AGE_HYPHENS = /[-\u2010\u2011]/u;
/** Digits that count an age ("10" in "10-year-old"). */
const AGE_DIGITS = /^\d{1,3}$/u;

/**
 * True for a hyphenated age word ("Ten-year-old", "twenty-five-year-olds", "6-month-old"): numbers
 * of {@link AGE_NUMBER_WORDS} or digits, a unit of {@link AGE_UNITS}, then `old` or `olds`. It
 * says how old someone is and is never part of a name, in any case.
 */
export function isAgeWord(w: Word): boolean {
  if (!w.hyphenated || !(w.lower.endsWith('old') || w.lower.endsWith('olds'))) return false;
  const parts = w.lower.split(AGE_HYPHENS);
  if (parts.length < 3 || parts.length > 4 || !AGE_UNITS.has(parts[parts.length - 2] as string)) return false;
  for (let k = 0; k < parts.length - 2; k++) {
    const part = parts[k] as string;
    if (!AGE_NUMBER_WORDS.has(part) && !AGE_DIGITS.test(part)) return false;
  }
  const last = parts[parts.length - 1];
  return last === 'old' || last === 'olds';
}

/**
 * True when word `k` is an abbreviated name suffix after a capitalised word, with its dot, and the
 * word after the dot goes on the same sentence: the dot is the suffix's, no sentence end ("A Jr.
 * as C", "A Snr. plays C"; not "… by Luther King Jr. The film").
 */
export function suffixDotInName(ctx: Pick<NameContext, 'words' | 'input' | 'sentenceStarts'>, k: number): boolean {
  const w = ctx.words[k];
  const before = ctx.words[k - 1];
  const next = ctx.words[k + 1];
  if (w === undefined || before === undefined || next === undefined || !w.capitalised || !before.capitalised) return false;
  return ABBREVIATED_NAME_SUFFIXES.has(w.lower) && ctx.input.view[w.end] === '.' && !ctx.sentenceStarts.has(next.start);
}

/**
 * The index of the word a name that starts at word `first` is read from by the words around it:
 * the describing word before it ({@link describesNameAfter}: "by Dutch-born A", "stars B, Late C
 * and D"), else `first` itself.
 */
export function leadOf(ctx: Pick<NameContext, 'words' | 'input'>, first: number): number {
  const w = ctx.words[first - 1];
  return w !== undefined && w.capitalised && describesNameAfter(w, ctx.words[first], ctx.input.view) ? first - 1 : first;
}

/** Where a name that starts at word `first` is read from by a list's gaps: the start of {@link leadOf}'s word. */
export function leadStart(ctx: Pick<NameContext, 'words' | 'input'>, first: number): number {
  return (ctx.words[leadOf(ctx, first)] as Word).start;
}

/** The most words a piece of step 1 holds. */
export const MAX_NAME_WORDS = 4;

/** Languages and nationalities by their ending ("Swedish", "Vietnamese"): few names end so. */
export const NATIONALITY_ENDING = /^\p{L}{3,}(?:ish|ese)$/u;
const SHORT_WORD = /^\p{L}{1,8}$/u;

const STOP_WORDS: ReadonlySet<string> = new Set([...ORGANISATIONS, ...STUDIOS, ...PLACES_AND_PEOPLES, ...WORLD_PLACES, ...CALENDAR, ...COMMON_CAPITALISED]);

/** True for a capitalised word that is no name: an organisation, a place (the world too), a people, a calendar word, a language. */
export const isStopWord = (lower: string): boolean =>
  STOP_WORDS.has(lower) || ((lower.endsWith('ish') || lower.endsWith('ese')) && NATIONALITY_ENDING.test(lower));

/**
 * True for a word that {@link isStopWord} reads as a language or a nationality by its ending alone
 * ("Maltese", "Furnish"), not by a listed one: such a word may be a family name too ("Scorsese").
 */
export const isStopWordByEndingOnly = (lower: string): boolean => !STOP_WORDS.has(lower) && NATIONALITY_ENDING.test(lower);

/**
 * True for a given name joined by a hyphen: romanised Korean (`Cheong-San`, `On-Jo`, `bae-soo`),
 * or two capitalised parts that are not an English prefix compound (`Jean-Luc`, not `Anti-Hero`).
 */
export function isHyphenatedName(word: string): boolean {
  const parts = hyphenParts(word);
  if (parts.length < 2 || parts.length > 3 || HYPHENATED_NON_NAMES.has(word.toLowerCase())) return false;
  if (!parts.every((p) => SHORT_WORD.test(p) && !isInitialism(p))) return false;
  if (parts.every(isKoreanSyllable)) return true;
  return !HYPHEN_PREFIXES.has((parts[0] as string).toLowerCase()) && parts.every((p) => isUpper(p[0]));
}

/** A single capital letter other than "I": a middle initial ("G" in "Edward G. Robinson"). */
export const isInitial = (w: Word): boolean => w.end - w.start === 1 && w.capitalised && w.lower !== 'i';

/** Quote marks around a title or a nickname. */
const QUOTE_MARKS = '"“”‘’\'«»';

/** True for a quote mark. */
export const isQuote = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && QUOTE_MARKS.includes(ch);

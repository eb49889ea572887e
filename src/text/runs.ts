/**
 * Title-case runs: maximal sequences of capitalised words joined by single spaces, with lower-case
 * connectors inside ("All of Us Are Dead", "Lee Byeong-Chan"). Built in one pass over the words.
 */
import { CONTRACTED_IS_WORDS, FOREIGN_PARTICLES, KIND_LIST_PLURALS, ROMANISED_PARTICLES, RUN_BREAKERS, TITLE_CONNECTORS } from '../data/work-cues';
import type { Word } from './words';
import { isDigitCode, SPACE } from './chars';

/** A run of words `words[first..last]`, both ends capitalised. */
export interface Run {
  first: number;
  /** Inclusive. */
  last: number;
  start: number;
  end: number;
}

/** Articles after which a possessive stays inside a title ("Over the Cuckoo's Nest"). */
const INNER_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * True when the possessive word `words[p]` sits inside the run that began at `first`: an article
 * inside the run, in either case, stands just before it ("One Flew Over the Cuckoo's Nest", "Harry Potter and
 * the Sorcerer's Stone"), or opens it ("A Brother's Promise", "The Devil's Advocate": an owner is
 * named without an article). A possessive right after a capitalised word marks an owner instead
 * ("Hitchcock's Rope", "Mike Leigh's Vera Drake"), so the run still breaks there.
 */
const possessiveInside = (words: readonly Word[], first: number, p: number): boolean => {
  if (p - 1 < first) return false;
  const art = words[p - 1] as Word;
  return INNER_ARTICLES.has(art.lower);
};

/**
 * True when the possessive-looking word `words[p]` is a contraction of "is" or "has" inside a title
 * ("What's Eating X", "Do They Know It's Christmas", "the show That's Life"): its "'s" owns nothing,
 * so the run goes on. Not a sentence's first word ("It's Tom Hanks who …"), unless the run already
 * holds words before it.
 */
const contractedInside = (words: readonly Word[], first: number, p: number): boolean => {
  const w = words[p] as Word;
  return CONTRACTED_IS_WORDS.has(w.lower) && (p > first || w.spaceBefore);
};

/**
 * True when `words[i]` owns the capitalised word after it and follows a connector that is not an
 * article: the owner opens the next phrase ("his turn in Harbour Lights in Leeds's Grand Theatre"), so the
 * run before the connector ends there.
 */
const ownerAfterConnector = (words: readonly Word[], first: number, last: number, i: number): boolean => {
  const w = words[i] as Word;
  const next = words[i + 1];
  return w.possessive && i - last > 1 && next?.capitalised === true && next.spaceBefore && !possessiveInside(words, first, i);
};

/**
 * True when `prev` ends in an apostrophe that drops a letter ("Singin' in the Rain", "Rockin'
 * Robin") and one space stands before `w`: the words go on as if one space stood between them. A
 * plural's possessive ("Comedians'") is left to the owner rules.
 */
const afterElision = (view: string, prev: Word | undefined, w: Word): boolean => {
  if (!prev || prev.possessive || w.start !== prev.end + 2 || view.charCodeAt(prev.end + 1) !== SPACE) return false;
  const c = view.charCodeAt(prev.end);
  return (c === 39 || c === 0x2019) && prev.lower.endsWith('in');
};

/**
 * True when `words[i]`, a number or an ordinal in figures, goes on a run that so far holds only a
 * capitalised article, with a capitalised word right after it ("The 39 Steps", "The 9th Floor
 * Room"). A year is left out: "The 2005 Awards" names an event of that year, not a title; so is a
 * count of works the capitalised words name ("The 4 Jurassic Park films", "The 5 Star Wars sequels").
 */
const figureAfterArticle = (words: readonly Word[], first: number, last: number, i: number): boolean => {
  const w = words[i] as Word;
  const next = words[i + 1];
  if (first !== last || last !== i - 1 || !w.spaceBefore || !isDigitCode(w.lower.charCodeAt(0)) || /^\d{4}$/.test(w.lower)) return false;
  const art = words[first] as Word;
  if (!art.capitalised || !INNER_ARTICLES.has(art.lower) || next === undefined || !next.capitalised || !next.spaceBefore) return false;
  let j = i + 1;
  while (j < i + 1 + MAX_COUNTED_TITLE_WORDS && words[j]?.capitalised === true) j++;
  return !KIND_LIST_PLURALS.has(words[j]?.lower ?? '');
};

/** Capitalised words after a count that {@link figureAfterArticle} reads for a plural kind of work after them. */
const MAX_COUNTED_TITLE_WORDS = 6;

/** Finds every title-case run; with the text (`view`), a run goes on after a dropped letter's apostrophe. */
export function titleRuns(words: readonly Word[], view?: string): Run[] {
  const runs: Run[] = [];
  let first = -1;
  let last = -1;
  const close = (): void => {
    if (first < 0) return;
    const a = words[first] as Word;
    const b = words[last] as Word;
    runs.push({ first, last, start: a.start, end: b.end });
    first = -1;
  };
  words.forEach((w, i) => {
    const cap = w.capitalised && !RUN_BREAKERS.has(w.lower);
    const afterOwner = first >= 0 && (words[i - 1] as Word).possessive && !(cap && (possessiveInside(words, first, i - 1) || contractedInside(words, first, i - 1)));
    const joins = first >= 0 && (w.spaceBefore || (view !== undefined && afterElision(view, words[i - 1], w))) && !afterOwner;
    // A romanised Japanese particle joins only two capitalised words ("Kimetsu no Yaiba"), as
    // English writes "no" before lower-case words ("Sasuke no longer"); so does a particle of a
    // Romance or Germanic title ("Le Roi de Lahore"). Asked only of a word that
    // could join a run: most words are not.
    const connector =
      joins &&
      !w.capitalised &&
      (TITLE_CONNECTORS.has(w.lower) || ((ROMANISED_PARTICLES.has(w.lower) || FOREIGN_PARTICLES.has(w.lower)) && words[i + 1]?.capitalised === true && (words[i + 1] as Word).spaceBefore) || figureAfterArticle(words, first, last, i));
    if (joins && (cap || connector)) {
      if (cap && ownerAfterConnector(words, first, last, i)) {
        close();
        first = i;
        last = i;
        return;
      }
      if (cap) last = i;
      else if (i - last > 2) close();
      return;
    }
    close();
    if (cap) {
      first = i;
      last = i;
    }
  });
  close();
  return runs;
}

/**
 * Pass 5: the titles found, each once under its key, and every whole-word occurrence of them in
 * the text, longest titles first, no overlaps. A title written with capitals is mentioned only
 * where its content words are capitalised ("The End", not "the end").
 */
import { HONORIFICS } from '../../data/honorifics';
import { CALENDAR } from '../../data/not-names';
import { ARTICLES, FIRM_ENDINGS, TITLE_CONNECTORS } from '../../data/work-cues';
import { isLetter, isUpper, isWordChar } from '../../text/chars';
import { occurrencesByFirstWord } from '../../text/occurrences';
import { forwardSearch } from '../../text/search';
import { isListedFirstName } from '../../text/listed-first-name';
import { lineWords } from '../../text/title-case';
import type { Word } from '../../text/words';
import type { Span } from '../../types';
import type { WorkDraft } from '../stage-types';
import type { Finding } from './context';
import { isLoneNonTitle } from './shapes';
import { castPartAfter } from './cast-part-after';
import { inFullNamePair } from './full-name-pair';
import { KeptArray } from '../../text/kept-array';

/** {@link workMentions}' claimed places of the text, kept from one text to the next. */
const CLAIMED = new KeptArray((n) => new Uint8Array(n));

/** The most titles one text is searched for (the most evidence first). */
export const MAX_WORKS = 200;

/** Titles searched one by one (each a native search of the text) up to this many; more in one pass. */
const SEARCHES_AT_MOST = 8;

/** The longest title connector: longer words need no look-up. */
const CONNECTOR_MAX = Math.max(...[...TITLE_CONNECTORS].map((c) => c.length));

/** A title found, under its lower-case key. */
export interface TitleEntry {
  readonly key: string;
  /**
   * `capitals` when the title as first found writes every content word capitalised: a mention
   * must too ("The End" is not "the end"); `any` when it has a content word in lower case.
   */
  readonly casing: 'capitals' | 'any';
  /** `quoted` while only quote marks found it (a term if the text writes it in lower case). */
  evidence: Finding['kind'];
}

/** The titles found, each once, in order of finding. */
export class TitleList {
  readonly entries: TitleEntry[] = [];
  private readonly byKey = new Map<string, TitleEntry>();

  /** The keys of the titles a cue found, not a shape alone ({@link add}'s `byShape`). */
  private readonly cued = new Set<string>();

  /**
   * Adds a finding; a title found again keeps its first form, and any cue but quote marks alone
   * counts. With `byShape`, the title was found by its shape or place alone (capitals, the title
   * line, a repetition, "X of Y"), which {@link cuedKeys} leaves out.
   */
  add(found: Finding, byShape = false): void {
    const key = found.form.trim().toLowerCase();
    if (found.kind === 'title' && !byShape) this.cued.add(key);
    const known = this.byKey.get(key);
    if (known) {
      if (found.kind === 'title') known.evidence = 'title';
      return;
    }
    // An abbreviated title alone ("Mr", "Dr") names no work ("the novel Detective" does), nor does
    // an article that a cue's run kept when the title's next word was cut ("the film The 9th …").
    if (key.length <= 1 || ARTICLES.has(key) || isLoneNonTitle(key) || (key.length <= 3 && HONORIFICS.has(key)) || namesFirm(found.form)) return;
    const entry: TitleEntry = { key, casing: hasLowerContentWord(found.form) ? 'any' : 'capitals', evidence: found.kind };
    this.byKey.set(key, entry);
    this.entries.push(entry);
  }

  /** Adds each finding in order ({@link add}). */
  addAll(found: readonly Finding[], byShape = false): void {
    for (const f of found) this.add(f, byShape);
  }

  /** The keys of the titles listed that a cue found, not quote marks alone nor a shape alone. */
  cuedKeys(): Set<string> {
    const out = new Set<string>();
    for (const e of this.entries) if (this.cued.has(e.key)) out.add(e.key);
    return out;
  }
}

/**
 * True for a title-case phrase of two words or more that ends with a firm's last word, capitalised
 * and not after a possessive or a contraction ("High Art Studios"; not "That's Entertainment").
 */
function namesFirm(form: string): boolean {
  const words = lineWords(form);
  const last = words.at(-1);
  const before = words.at(-2);
  if (!last || !before || !isUpper(last[0]) || !FIRM_ENDINGS.has(last.toLowerCase())) return false;
  return !/['’]s?$/.test(before);
}

/** True when a title as written has a content word in lower case ("Welcome to the machine"). */
function hasLowerContentWord(form: string): boolean {
  for (const w of lineWords(form)) {
    const ch = w[0];
    if (isLetter(ch) && !isUpper(ch) && !TITLE_CONNECTORS.has(w.toLowerCase())) return true;
  }
  return false;
}

/**
 * True when a title may start at `at`: at a word's start, or at a capital glued to the lower-case
 * word before it in scraped text ("webtoonNow At Our School").
 */
function titleStart(view: string, at: number): boolean {
  if (!isWordChar(view[at - 1])) return true;
  return isUpper(view[at]) && !isUpper(view[at - 1]) && isLetter(view[at - 1]);
}

/**
 * Where each lower-case title occurs as whole words, in order. A few titles are each found by a
 * native search of the text; many in one pass that looks titles up by their first word at every
 * place a title may start, so the text is read a bounded number of times either way.
 */
function titleOccurrences(view: string, lower: string, titles: readonly string[]): number[][] {
  const starts = (at: number): boolean => titleStart(view, at);
  const ends = (end: number): boolean => !isWordChar(view[end]);
  const many = titles.length > SEARCHES_AT_MOST;
  const found = many ? occurrencesByFirstWord(view, lower, titles, starts, ends) : titles.map((): number[] => []);
  titles.forEach((title, k) => {
    // Few titles, or one that starts with punctuation ("(500) days of summer"): a search each.
    if (many && isWordChar(title[0])) return;
    for (let at = lower.indexOf(title); at >= 0; at = lower.indexOf(title, at + 1)) if (starts(at) && ends(at + title.length)) (found[k] as number[]).push(at);
  });
  return found;
}

/** True for a word that starts with a lower-case letter and is no title connector ("end", not "the"). */
function lowerContentWord(w: Word): boolean {
  return !w.capitalised && isLetter(w.lower[0]) && !(w.lower.length <= CONNECTOR_MAX && TITLE_CONNECTORS.has(w.lower));
}

/** Every work of `titles` that the text mentions, with its mentions, in order of first mention. */
export function workMentions(view: string, lower: string, words: readonly Word[], titles: readonly TitleEntry[]): WorkDraft[] {
  const searched = titles.slice(0, MAX_WORKS).sort((a, b) => b.key.length - a.key.length);
  // A hyphen and a space between two words of a title are one spelling ("One-Punch Man", "One
  // Punch Man"): the search reads both as a space, and offsets stay the text's, as one character
  // stands for one.
  const spaced = (s: string): string => (s.includes('-') ? s.replaceAll('-', ' ') : s);
  const occurrences = titleOccurrences(
    view,
    spaced(lower),
    searched.map((t) => spaced(t.key)),
  );
  // Long enough for the last occurrence: a read past its end is 0 (undefined), as is the rest.
  let last = 0;
  searched.forEach((title, k) => {
    const at = (occurrences[k] as number[]).at(-1);
    if (at !== undefined) last = Math.max(last, at + title.key.length);
  });
  const claimed = CLAIMED.take(last);
  const works: WorkDraft[] = [];
  // Every word of every title searched: such a word beside a one-word title makes a longer title,
  // not the hero's full name ({@link inFullNamePair}).
  const titleWords = new Set(searched.flatMap((t) => t.key.split(' ')));
  searched.forEach(({ key, casing, evidence }, k) => {
    const mentions: Span[] = [];
    const found = occurrences[k] as number[];
    const wordAt = forwardSearch(words);
    // A title written with capitals is not mentioned by the same words in lower case: the words
    // that start inside the occurrence are read (a title holds a few).
    const lowerCased = (at: number): boolean => {
      if (casing !== 'capitals') return false;
      const end = at + key.length;
      for (let i = wordAt(at); i < words.length && (words[i] as Word).start < end; i++) if (lowerContentWord(words[i] as Word)) return true;
      return false;
    };
    // Words in quote marks that the text also writes in lower case are a term held up ("go home"
    // … “Home”), not a title.
    if (evidence === 'quoted' && found.some(lowerCased)) return;
    // A one-word title that is a given name opens a full name where a capitalised word follows it
    // after one space ("Ray" in "Ray Charles"): that is the person, not the work. Not before "I"
    // or a day or month, which no surname is ("After Selma I wept", "Selma Friday night").
    const givenName = !key.includes(' ') && isListedFirstName(key);
    const opensName = (at: number): boolean => {
      const next = words[wordAt(at) + 1];
      if (next === undefined || !next.capitalised || next.lower === 'i' || CALENDAR.has(next.lower)) return false;
      return next.start === at + key.length + 1 && view.charCodeAt(at + key.length) === 32;
    };
    const oneWord = !key.includes(' ');
    for (const at of found) {
      const end = at + key.length;
      if (claimed[at] || claimed[end - 1] || lowerCased(at) || (givenName && opensName(at))) continue;
      // A title named after its hero, written beside the hero's other name, is the hero's full name.
      if (oneWord && inFullNamePair(view, words, wordAt(at), titleWords)) continue;
      // "Bod would be played by A": a part someone plays there, though a list elsewhere names the work.
      if (castPartAfter(view, lower, end)) continue;
      claimed.fill(1, at, end);
      mentions.push({ start: at, end });
    }
    if (mentions.length) works.push({ key, mentions });
  });
  return works.sort((a, b) => (a.mentions[0] as Span).start - (b.mentions[0] as Span).start);
}

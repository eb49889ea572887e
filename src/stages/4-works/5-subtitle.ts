/**
 * Pass 5d: a title's subtitle written alone. A review of `Harbour Tales: Salt Road` goes on to say
 * `Salt Road` again and again: where the text names the work in full with a colon or a spaced dash
 * before its subtitle, the subtitle written alone, capitalised as in the title, is the same work: its
 * mention (an alias, never its title), masked from the names as the title is. A work found under the
 * subtitle alone joins the full title. The part before the colon is left alone: it names a series
 * or a team as often (`Avengers`).
 *
 * The subtitle is read so only when it is one to four words, capitalised, no word of the part
 * before it, never written in lower case in the text, never led by `as` (an actor's part,
 * `as Ann Vale`) nor shaped as a person's name (a listed first name opens it), written
 * once at least past a sentence's first word (not a sentence's opening only), and never followed by a
 * figure, a Roman numeral or a word of a story's part or a series (`the Tempest arc`, `Harbour Park
 * III`, `the best Harbour Park sequel`: the subtitle names a series or a part there, not the work).
 * A title written only where a sentence opens is read so only when the part before its colon is
 * written elsewhere too: otherwise it may be a review's label and its sentence (`Pacing: Salt Road
 * is slow`). A lone mention inside a longer capitalised run is no mention (`Harbour Tales Salt Road`
 * writes the full title without its colon), nor one after an article, alone or past one lower-case
 * word (`the only Iron Warden` is someone in the story).
 */
import { SUBTITLE_OTHER_FOLLOWERS } from '../../data/work-cues';
import { isLetter, isUpper, isWordChar } from '../../text/chars';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Span } from '../../types';
import type { WorkDraft } from '../stage-types';
import type { WordFacts } from '../word-facts';
import { coverTest } from './cover-test';
import { joinFormMentions } from './join-form-mentions';

/** The most words a subtitle read alone may hold. */
const MOST_WORDS = 4;

/**
 * The most titles whose subtitles are looked for alone, the first in the text: each is one search
 * through the text, and a review names a handful of subtitled works, not a list of hundreds.
 */
const MOST_SUBTITLED = 16;

/** Articles that may open a subtitle but not make one alone. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** True for a Roman numeral of a sequel (`II`, `III`, `IV`…), written in capitals. */
function isRomanNumeral(word: string): boolean {
  if (word.length === 0 || word.length > 4) return false;
  for (const ch of word) if (ch !== 'I' && ch !== 'V' && ch !== 'X') return false;
  return true;
}

/**
 * The subtitle of a title as first written, after a colon or a spaced dash, with the part before
 * it, or null where the title has no such subtitle or it is not capitalised.
 */
export function subtitleOf(title: string): { head: string; sub: string } | null {
  let at = title.indexOf(':');
  let width = 1;
  if (at < 0) {
    for (const dash of [' - ', ' – ', ' — ']) {
      const k = title.indexOf(dash);
      if (k >= 0 && (at < 0 || k < at)) {
        at = k;
        width = dash.length;
      }
    }
  }
  if (at <= 0) return null;
  const head = title.slice(0, at).trim();
  const sub = title.slice(at + width).trim();
  const words = sub.split(' ').filter((w) => w.length > 0);
  if (head.length === 0 || words.length === 0 || words.length > MOST_WORDS) return null;
  const first = words[0] as string;
  if (!isLetter(first[0] as string) || !isUpper(first[0] as string)) return null;
  if (words.length === 1 && ARTICLES.has(first.toLowerCase())) return null;
  return { head, sub: words.join(' ') };
}

/** True for a character that may be inside a word: a letter or a figure ({@link isWordChar}), an apostrophe or a hyphen. */
function inWord(ch: string | undefined): boolean {
  return isWordChar(ch) || ch === "'" || ch === '’' || ch === '-';
}

/** True where a possessive `'s` / `’s` ends a word at `at`. */
function possessiveAt(view: string, at: number): boolean {
  return (view[at] === "'" || view[at] === '’') && view[at + 1] === 's' && !inWord(view[at + 2]);
}

/**
 * True when the text writes `head` as in the title, outside the title's mentions and not before a
 * colon (where it would be a label again).
 */
function headElsewhere(view: string, head: string, mentions: readonly Span[]): boolean {
  const inMention = coverTest(mentions);
  for (let at = view.indexOf(head); at >= 0; at = view.indexOf(head, at + 1)) {
    const end = at + head.length;
    if (inWord(view[at - 1]) || (inWord(view[end]) && !possessiveAt(view, end))) continue;
    if (inMention({ start: at, end })) continue;
    if (nextMark(view, end) === ':') continue;
    return true;
  }
  return false;
}

/** The first character at or after `at` that is no space, or the empty string. */
function nextMark(view: string, at: number): string {
  let k = at;
  while (k < view.length && view[k] === ' ') k++;
  return view[k] ?? '';
}

/** The first word at or after `at` in `view` (letters and figures), or the empty string. */
function nextWord(view: string, at: number): string {
  let k = at;
  while (k < view.length && (view[k] === ' ' || view[k] === '\t')) k++;
  const from = k;
  while (k < view.length && inWord(view[k])) k++;
  return view.slice(from, k);
}

/** The last word ending at or before `at` in `view`, or the empty string (punctuation between gives none). */
function previousWord(view: string, at: number): string {
  let k = at;
  while (k > 0 && (view[k - 1] === ' ' || view[k - 1] === '\t')) k--;
  const to = k;
  while (k > 0 && inWord(view[k - 1])) k--;
  return view.slice(k, to);
}

/** Where the subtitle stands alone in the text (not after a colon or dash), or null when a rule above refuses it. */
function loneMentions(view: string, lower: string, facts: WordFacts, head: string, sub: string): Span[] | null {
  const subLower = sub.toLowerCase();
  const headWords = new Set(head.toLowerCase().split(/\s+/));
  const subWords = subLower.split(' ');
  if (subWords.some((w) => headWords.has(w))) return null;
  const lead = ARTICLES.has(subWords[0] as string) ? subWords[1] : subWords[0];
  if (lead !== undefined && isListedFirstName(lead) && subWords.length > 1) return null;
  const found: Span[] = [];
  let midSentence = false;
  for (let at = lower.indexOf(subLower); at >= 0; at = lower.indexOf(subLower, at + 1)) {
    const end = at + sub.length;
    if (inWord(view[at - 1]) || (inWord(view[end]) && !possessiveAt(view, end))) continue;
    const form = view.slice(at, end);
    // Written in lower case: a common phrase here, not a title.
    if (!isUpper(form[0] as string)) return null;
    if (form !== sub && form !== sub.toUpperCase()) continue;
    const before = previousWord(view, at);
    const after = nextWord(view, end);
    if (after.length > 0 && (/^\d/.test(after) || isRomanNumeral(after) || SUBTITLE_OTHER_FOLLOWERS.has(after.toLowerCase()))) return null;
    if (before.toLowerCase() === 'as') return null;
    // The full title itself, written with its colon or dash.
    const gap = view.slice(Math.max(0, at - 3), at);
    if (gap.includes(':') || gap.includes('-') || gap.includes('–') || gap.includes('—')) continue;
    const opensSentence = facts.sentenceStarts.has(at);
    // Inside a longer capitalised run (`Naruto Shippuden`, `Harbour Park III`).
    if (after.length > 0 && isUpper(after[0] as string) && view[end] === ' ') continue;
    // A capitalised word before is a run's unless it opens the sentence and the text writes it in
    // lower case too (`In Salt Road's end`; not `Harbour Salt Road`).
    const beforeStart = at - 1 - before.length;
    if (!opensSentence && before.length > 0 && isUpper(before[0] as string) && view[at - 1] === ' ' && !(facts.sentenceStarts.has(beforeStart) && facts.lowerWords.has(before.toLowerCase()))) continue;
    // After an article, alone or past one lower-case word, the words are a noun phrase (`the
    // only Iron Warden` is someone; the work's name takes no article of its own).
    if (!ARTICLES.has(subWords[0] as string)) {
      const beforeLower = before.toLowerCase();
      if (ARTICLES.has(beforeLower) && before === beforeLower) continue;
      if (before.length > 0 && before === beforeLower && ARTICLES.has(previousWord(view, beforeStart).toLowerCase())) continue;
    }
    if (!opensSentence) midSentence = true;
    found.push({ start: at, end });
  }
  return midSentence ? found : null;
}

/**
 * The works with their subtitles' lone mentions added ({@link WorkDraft.short}), and the works
 * found under a subtitle alone merged into their full titles; the same array when no title has a
 * subtitle written alone.
 */
export function subtitleMentions(view: string, lower: string, facts: WordFacts, works: WorkDraft[]): WorkDraft[] {
  // The full titles by their subtitles' keys; a subtitle two titles share is left out.
  const bySub = new Map<string, { work: number; head: string; sub: string } | null>();
  // Label-shaped titles searched for their head (one search through the text each).
  let labels = 0;
  works.forEach((w, k) => {
    const first = w.mentions[0];
    if (first === undefined) return;
    const parts = subtitleOf(view.slice(first.start, first.end));
    if (parts === null) return;
    const key = parts.sub.toLowerCase();
    if (!bySub.has(key) && bySub.size >= MOST_SUBTITLED) return;
    // A title written only where a sentence opens may be a label and its sentence
    // (`Enjoyment: Harbour is fun`), unless the part before the colon names the series elsewhere.
    if (w.mentions.every((m) => facts.sentenceStarts.has(m.start)) && (++labels > MOST_SUBTITLED || !headElsewhere(view, parts.head, w.mentions))) return;
    bySub.set(key, bySub.has(key) ? null : { work: k, ...parts });
  });
  if (bySub.size === 0) return works;
  // A work whose title is another's subtitle: its mentions are read again as the subtitle's.
  const isSubWork = works.map((w) => {
    const full = bySub.get(w.key);
    return full !== undefined && full !== null && works[full.work] !== w;
  });
  // A longer work holding the subtitle (`Harbour Park III`) keeps its mention.
  const covered = coverTest(works.flatMap((w, k) => (isSubWork[k] ? [] : w.mentions)));
  const added = new Map<number, Span[]>();
  const moved = new Set<number>();
  const movedFrom = new Set<number>();
  for (const full of bySub.values()) {
    if (full === null) continue;
    const lone = loneMentions(view, lower, facts, full.head, full.sub);
    if (lone === null) continue;
    const list: Span[] = [];
    for (const m of lone) {
      if (covered(m)) continue;
      list.push(m);
      moved.add(m.start);
    }
    if (list.length === 0) continue;
    // The initials of a work found under the subtitle alone move with it.
    works.forEach((w, k) => {
      if (!isSubWork[k] || w.key !== full.sub.toLowerCase() || !w.mentions.some((m) => moved.has(m.start))) return;
      movedFrom.add(k);
      for (const m of w.short ?? []) if (!list.some((x) => x.start === m.start)) list.push(m);
    });
    added.set(full.work, list);
  }
  if (added.size === 0) return works;
  return joinFormMentions(works, isSubWork, (w, k) => {
    // Its initials' mentions go with the mentions moved (`WTTJ` of `Welcome to the Jungle`).
    const short = new Set((w.short ?? []).map((m) => m.start));
    return w.mentions.filter((m) => !moved.has(m.start) && !(movedFrom.has(k) && short.has(m.start)));
  }, added);
}

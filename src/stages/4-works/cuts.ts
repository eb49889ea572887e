/**
 * A title-case run cut down to the title it holds: before a preposition that joins two titles,
 * before the next clause, at a list's "and", without the review words of a title line.
 */
import { CALENDAR, PLACES_AND_PEOPLES } from '../../data/not-names';
import { ARTICLES, CHANNEL_HEADS, CHANNEL_NUMBERS, CHANNEL_TAIL_NAMES, CLAUSE_STARTS, NAME_JOINERS, NON_TITLE_LEADS, REVIEW_FILLERS, REVIEW_WORDS, RUN_SPLITTERS, TITLE_CONNECTORS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { allCaps, personShaped, someWord } from './shapes';

/**
 * A long run cut before a preposition that joins two titles or a title and a place ("The Family at
 * the Three Penny in Chicago" → "The Family"), when both sides hold two capitalised words or more.
 * Short runs keep theirs ("Strangers on a Train", "A Yank at Oxford").
 */
export function cutLongRun(words: readonly Word[], run: Run): Run {
  if (run.last - run.first < 5) return run;
  let capsBefore = 0;
  for (let k = run.first; k <= run.last; k++) {
    const w = words[k] as Word;
    if (w.capitalised) capsBefore++;
    else if (RUN_SPLITTERS.has(w.lower) && capsBefore >= 2) {
      let capsAfter = 0;
      for (let j = k + 1; j <= run.last; j++) if ((words[j] as Word).capitalised) capsAfter++;
      if (capsAfter < 2) return run;
      let last = k - 1;
      while (last > run.first && !(words[last] as Word).capitalised) last--;
      return { first: run.first, last, start: run.start, end: (words[last] as Word).end };
    }
  }
  return run;
}

/**
 * Where a lower-case "by" stands that closes a title and names its maker after it ("Angels by Ann
 * Lee", "X by The Kestrels", "X by British director Ann Lee"): the rest of the run is a person's
 * shape, a band led by "The" or a nation's word; or a "from" before one nation's word that ends
 * the run; -1 otherwise. A title holding "by" goes on with no name ("Stand by Me", "Death by
 * Chocolate").
 */
function makerTailAt(words: readonly Word[], run: Run): number {
  for (let k = run.last - 1; k > run.first; k--) {
    const w = words[k] as Word;
    if (w.capitalised) continue;
    // "The Sea Inside from Spain": one nation's or country's word after "from" says where the work
    // comes from; a longer place may end a title ("Escape from New York").
    if (w.lower === 'from' && k + 1 === run.last && (words[run.last] as Word).capitalised && PLACES_AND_PEOPLES.has((words[run.last] as Word).lower)) return k;
    if (w.lower !== 'by') continue;
    const next = words[k + 1] as Word;
    if (!next.capitalised) return -1;
    if (personShaped(words, k + 1, run.last) && run.last > k + 1) return k;
    if (next.lower === 'the' && run.last > k + 1) return k;
    return PLACES_AND_PEOPLES.has(next.lower) ? k : -1;
  }
  return -1;
}

/**
 * How many words a channel's name ends the run with after a lower-case connector ("Hollyoaks to
 * Channel 4", "X and BBC Two", "X on HBO"): a channel's head and its number, or one broadcaster's
 * name that is no English word ({@link CHANNEL_TAIL_NAMES}; not "Fox" of "The Hound and the Fox"); 0 otherwise. A title does not
 * end in a channel's name; a text names the channel a programme moved to or the next one's owner.
 */
function channelTail(words: readonly Word[], run: Run): number {
  const end = words[run.last] as Word;
  const head = words[run.last - 1] as Word;
  // A number in figures after the head is no word of the run ("Channel 4"); one in letters is ("BBC Two").
  const after = words[run.last + 1];
  const figures = after !== undefined && after.spaceBefore && CHANNEL_NUMBERS.has(after.lower) && CHANNEL_HEADS.has(end.lower);
  const twoWords = run.last - 2 > run.first && CHANNEL_NUMBERS.has(end.lower) && CHANNEL_HEADS.has(head.lower) && head.capitalised;
  const oneWord = run.last - 1 > run.first && (CHANNEL_TAIL_NAMES.has(end.lower) || figures) && end.capitalised;
  const size = twoWords ? 2 : oneWord ? 1 : 0;
  if (size === 0) return 0;
  const link = words[run.last - size] as Word;
  return !link.capitalised && TITLE_CONNECTORS.has(link.lower) && !ARTICLES.has(link.lower) ? size : 0;
}

/**
 * A run without a trailing "I" / "I'm", a day or month after a preposition ("Copper Tide on
 * Friday"), a maker after "by" ({@link makerTailAt}) or a channel after a connector ({@link
 * channelTail}), and the connectors before it.
 */
export function trimRunEnd(words: readonly Word[], run: Run): Run {
  const maker = makerTailAt(words, run);
  if (maker > 0) return trimRunEnd(words, { first: run.first, last: maker - 1, start: run.start, end: (words[maker - 1] as Word).end });
  const channel = channelTail(words, run);
  if (channel > 0) return trimRunEnd(words, { first: run.first, last: run.last - channel - 1, start: run.start, end: (words[run.last - channel - 1] as Word).end });
  let last = run.last;
  const end = words[last] as Word;
  const dated = CALENDAR.has(end.lower) && last - 1 > run.first && !(words[last - 1] as Word).capitalised;
  if (!CLAUSE_STARTS.has(end.lower) && !dated) return run;
  if (dated) last--;
  while (last > run.first && (CLAUSE_STARTS.has((words[last] as Word).lower) || !(words[last] as Word).capitalised)) last--;
  return { first: run.first, last, start: run.start, end: (words[last] as Word).end };
}

/**
 * A run in capitals cut before a lower-case "and" / "or" ("WHEN DOVES CRY and PURPLE RAIN"): a
 * title in capitals writes its connectors in capitals too.
 */
export function cutLowerJoiner(view: string, words: readonly Word[], run: Run): Run {
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    if (NAME_JOINERS.has(w.lower) && !w.capitalised && allCaps(view, words[k - 1] as Word) && allCaps(view, words[k + 1] as Word)) {
      return { first: run.first, last: k - 1, start: run.start, end: (words[k - 1] as Word).end };
    }
  }
  return run;
}

/**
 * A list item cut before an "and" / "or" that joins two titles ("Spirited Away and Fly Away Home",
 * "Lost and Prison Break"): a capitalised word after it and two words or more on one side. One
 * word each side is kept ("Pride and Prejudice").
 */
export function splitListItem(words: readonly Word[], run: Run): Run {
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    if (!NAME_JOINERS.has(w.lower) || w.capitalised || !(words[k + 1] as Word).capitalised) continue;
    if (k - run.first >= 2 || run.last - k >= 2) return { first: run.first, last: k - 1, start: run.start, end: (words[k - 1] as Word).end };
  }
  return run;
}

/**
 * The titles of a run split at each lower-case "and" / "or" before a capitalised word ("Collateral
 * and Ray"); with `articleOnly`, only where a capitalised article follows ("X and The Y").
 */
export function splitAtJoiners(words: readonly Word[], run: Run, articleOnly: boolean): Run[] {
  const items: Run[] = [];
  let from = run.first;
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    const next = words[k + 1] as Word;
    if (!NAME_JOINERS.has(w.lower) || w.capitalised || !next.capitalised || (articleOnly && !ARTICLES.has(next.lower))) continue;
    items.push({ first: from, last: k - 1, start: (words[from] as Word).start, end: (words[k - 1] as Word).end });
    from = k + 1;
  }
  items.push({ first: from, last: run.last, start: (words[from] as Word).start, end: run.end });
  return items;
}

/** A run cut before an "and" / "or" with two words or more on each side; the run when it has none. */
export function splitBothSides(words: readonly Word[], run: Run): Run {
  for (let k = run.first + 2; k < run.last - 1; k++) {
    const w = words[k] as Word;
    if (NAME_JOINERS.has(w.lower) && !w.capitalised && (words[k + 1] as Word).capitalised) return { first: run.first, last: k - 1, start: run.start, end: (words[k - 1] as Word).end };
  }
  return run;
}

/** The part of a run after its last "and" / "or" ("A and B" → "B"); the run when it has none. */
export function lastListItem(words: readonly Word[], run: Run): Run {
  for (let k = run.last - 1; k > run.first; k--) {
    const w = words[k] as Word;
    if (NAME_JOINERS.has(w.lower) && !w.capitalised) return { first: k + 1, last: run.last, start: (words[k + 1] as Word).start, end: run.end };
  }
  return run;
}

/** The part of `full` from word `from` on, when `from` lies inside it and starts capitalised. */
export function splitRest(words: readonly Word[], full: Run, from: number): Run | undefined {
  const w = words[from];
  if (!w || from > full.last || !w.capitalised || CLAUSE_STARTS.has(w.lower)) return undefined;
  return { first: from, last: full.last, start: w.start, end: full.end };
}

/**
 * A run without the review words at its ends and the fillers around them ("My Review of Kingdom"
 * → "Kingdom") and without leading question words where the run opens a sentence or a line ("Will
 * There Be X" → "X"); the run itself when it has none, null when nothing is left. In mid-sentence,
 * after a space, such a word is capitalised only as a title's ("the new My Little Pony movie",
 * "watched How We Met season 2"), so it stays before two words or more; before one it heads a
 * fan's short form of a longer title as often ("My Hero fans"). "I" is capitalised anywhere and goes.
 */
export function trimReviewWords(words: readonly Word[], run: Run): Run | null {
  let a = cutReviewEnd(words, run.first, run.last, 1);
  const midSentence = a === run.first && (words[a] as Word).spaceBefore && run.last - run.first >= 2;
  while (a < run.last && NON_TITLE_LEADS.has((words[a] as Word).lower) && !(midSentence && (words[a] as Word).lower !== 'i')) a++;
  if (a > run.last) return null;
  const b = cutReviewEnd(words, run.last, a, -1);
  if (a > b || !(words[a] as Word).capitalised || someWord(words, a, b, isReviewWord)) return null;
  if (a === run.first && b === run.last) return run;
  return { first: a, last: b, start: (words[a] as Word).start, end: (words[b] as Word).end };
}

const isReviewWord = (w: Word): boolean => REVIEW_WORDS.has(w.lower);

/** A word a review word may take with it from a run's end ("My Review of"). */
function trimmable(w: Word): boolean {
  return REVIEW_WORDS.has(w.lower) || REVIEW_FILLERS.has(w.lower) || TITLE_CONNECTORS.has(w.lower);
}

/**
 * Where a run starts (`step` 1) or ends (`step` -1) once the review words at that end and the
 * fillers around them are cut: `from` itself when no review word is there.
 */
function cutReviewEnd(words: readonly Word[], from: number, to: number, step: number): number {
  let k = from;
  let sawReview = false;
  while (k !== to + step && trimmable(words[k] as Word)) {
    if (REVIEW_WORDS.has((words[k] as Word).lower)) sawReview = true;
    k += step;
  }
  return sawReview ? k : from;
}

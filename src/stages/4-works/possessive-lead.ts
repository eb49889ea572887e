/**
 * A title led by a possessive ("Tillie's Punctured Romance", "The Devil's Advocate", "Ocean's
 * Twelve"): runs stop at a possessive, so a pass that found the words after it widens the title
 * back over it, and a pass that found the words before it widens it forward.
 */
import { KNOWN_MAKER_SURNAMES } from '../../data/work-makers';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { WorksContext } from './context';
import { ARTICLES, NOT_WORK_HEADS } from '../../data/work-cues';
import { CALENDAR, ORGANISATIONS, PLACES_AND_PEOPLES } from '../../data/not-names';
import { allCaps, personShaped, someWord } from './shapes';
import { isWordChar } from '../../text/chars';
import { isListedFirstName } from '../../text/listed-first-name';

/**
 * The run widened back over the possessive right before it when that possessive leads the title:
 * a lone given name ("Tillie's", "Charlotte's"; a maker is named by a surname or a full name:
 * "Hitchcock's Rope", "Ron Howard's X") that the text does not use as a surname nor before one,
 * another lone word the text writes with the title twice and names nowhere alone ("Ocean's
 * Eleven"), or a capitalised article and a singular possessive ("The Devil's Advocate"). The run
 * itself otherwise.
 */
export function withPossessiveLead(ctx: WorksContext, run: Run): Run {
  const { words, view } = ctx;
  const owner = words[run.first - 1];
  if (!owner?.possessive || !owner.capitalised || !(words[run.first] as Word).spaceBefore) return run;
  // Singular: "'s" after the name ("Tillie's"), not a plural's lone apostrophe ("the Smiths'").
  const s = view[owner.end + 1];
  if (s !== 's' && s !== 'S') return run;
  const before = words[run.first - 2];
  const spacedAfterName = owner.spaceBefore && before !== undefined && before.capitalised;
  if (spacedAfterName) {
    // "The Devil's Advocate": the article is the title's.
    if (before.lower !== 'the') return run;
    return { first: run.first - 2, last: run.last, start: before.start, end: run.end };
  }
  const name = owner.lower;
  // A given name the text also writes before a surname is a star's or a maker's ("Marilyn Monroe"
  // … "Marilyn's X"), whose possessive owns the title.
  if (KNOWN_MAKER_SURNAMES.has(name) || ctx.isSurname(name) || ctx.leadsFullName(name)) return run;
  if (isListedFirstName(name)) return { first: run.first - 1, last: run.last, start: owner.start, end: run.end };
  // Another word leads the title when the text writes the two together again and never names the
  // owner alone nor after a given name ("Ocean's Eleven … Ocean's Eleven was directed by"); a maker
  // named by the surname is named alone or in full somewhere ("Fulci's Zombie … Fulci").
  if (ctx.endsGivenName(name) || ctx.namesAlone(name) || someWord(words, run.first - 1, run.first - 1, isPlaceOrDay) || !writtenTwice(ctx, view, owner, run.end)) return run;
  return { first: run.first - 1, last: run.last, start: owner.start, end: run.end };
}

/**
 * The run widened forward over the title-case run after it when the run ends in a possessive that
 * is part of one title ("the film Ocean's Twelve", "the novel Charlotte's Web", "for Dead Man's
 * Shoes"): an owner of one word, or two that are no person's shape, the text names no maker by
 * (not a surname of the text, a known maker, a given name it writes before a surname, a place, a
 * body or a day), and after it no person's shape and no article ("Scorsese's The Aviator"). For
 * passes where a cue has said a title follows; `strict` for a weaker cue (an item of a list), where
 * an owner the text also names alone is a character or a person ("Aizen" … "Aizen's theme"), and so
 * is one before one word in capitals ("Aizen's OST"). The
 * run itself otherwise.
 */
export function withPossessiveTail(ctx: WorksContext, run: Run, strict = false): Run {
  const { words, view } = ctx;
  const owner = words[run.last] as Word;
  if (!owner.possessive || run.last - run.first > 1) return run;
  const s = view[owner.end + 1];
  const next = ctx.runAt(run.last + 1);
  if ((s !== 's' && s !== 'S') || !next || !(words[next.first] as Word).spaceBefore || ARTICLES.has((words[next.first] as Word).lower)) return run;
  // In a list, one word in capitals after the possessive is a thing the owner has ("Aizen's OST").
  if (strict && next.first === next.last && allCaps(view, words[next.first] as Word)) return run;
  // A head word of a place counts after a word of its name ("Pacific Ocean's"), not alone ("Ocean's Twelve").
  const place = someWord(words, run.first, run.last, isPlaceOrDay) || (run.last > run.first && someWord(words, run.first, run.last, isPlaceHead));
  if (personShaped(words, run.first, run.last) || personShaped(words, next.first, next.last) || place) return run;
  const name = owner.lower;
  if (KNOWN_MAKER_SURNAMES.has(name) || ctx.isSurname(name) || ctx.endsGivenName(name) || ctx.leadsFullName(name) || (strict && ctx.namesAlone(name))) return run;
  return { first: run.first, last: next.last, start: run.start, end: next.end };
}

/** Most characters a title led by a possessive may have for {@link writtenTwice} to look for it again. */
const MAX_TWICE_LENGTH = 80;

/** The most places where the owner's word stands again that {@link writtenTwice} reads: the walk stays bounded per title. */
const MAX_TWICE_LOOKS = 64;

/**
 * True when the text writes the title from its owner's word to `end` once more elsewhere, from a
 * word's start, followed by no letter or digit. Read only where the owner's word stands again (at
 * most {@link MAX_TWICE_LOOKS} places), not by a search of the whole text.
 */
function writtenTwice(ctx: WorksContext, view: string, owner: Word, end: number): boolean {
  if (end - owner.start > MAX_TWICE_LENGTH) return false;
  const form = view.slice(owner.start, end);
  const starts = ctx.startsOf(owner.lower);
  for (let k = 0; k < starts.length && k < MAX_TWICE_LOOKS; k++) {
    const at = starts[k] as number;
    if (at !== owner.start && view.startsWith(form, at) && !isWordChar(view[at + form.length])) return true;
  }
  return false;
}

/** A place, a people, a body or a date: its possessive owns what follows ("London's West End", "Sunday's Oscars"). */
const isPlaceOrDay = (w: Word): boolean => ORGANISATIONS.has(w.lower) || PLACES_AND_PEOPLES.has(w.lower) || CALENDAR.has(w.lower);

/** The head word of a place's or a body's name ("Ocean", "Festival"). */
const isPlaceHead = (w: Word): boolean => NOT_WORK_HEADS.has(w.lower);

/**
 * Pass 4m: a title by a part only a work has: "Bleach's finale", "the plot of Redline", "every
 * episode of Bonanza". A person or a character has a story, a voice or a success, but no cast, no
 * soundtrack, no episodes and no finale: a reviewer names the work these belong to, most often the
 * work under review, which the text otherwise names bare.
 */
import { HONORIFICS } from '../../data/honorifics';
import { CALENDAR } from '../../data/not-names';
import { KNOWN_MAKER_SURNAMES } from '../../data/work-makers';
import { ARTICLES, FIRM_ENDINGS, NOT_SUBJECT_TAGS, NOT_WORK_HEADS, NUMBERED_PART_NOUNS, PART_NUMBERS, QUANTIFIERS, STUDIO_ENDINGS, WORK_PART_NOUNS, WORK_PART_OF_NOUNS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, withoutSentenceLead, type Finding, type WorksContext } from './context';
import { cutLongRun, splitBothSides, splitRest, trimRunEnd } from './cuts';
import { isLoneNonTitle, isNoTitleWord, nameShaped, nounQualifies, personShaped, someWord, wordAt } from './shapes';
import { isListedFirstName } from '../../text/listed-first-name';

/** Code units after which a word opens a line, a sentence or a quote: a title may start there. */
const LINE_OR_SENTENCE_STARTS: ReadonlySet<number> = new Set([0x0a, 0x0d, 0x20, 0x09, 0x22, 0x27, 0x28, 0x2a, 0x5f, 0x201c, 0x2018, 0xa0]);

/** Where a word ends with its possessive ("Bleach's" ends after the "s"). */
function endOf(view: string, w: Word): number {
  if (!w.possessive) return w.end;
  const c = view[w.end + 1];
  return c === 's' || c === 'S' ? w.end + 2 : w.end + 1;
}

/** wink's tags of a determiner or a pronoun ("ALL", "This"); a number opens titles ("One Piece"). */
const FUNCTION_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON']);

/** wink's tags of a word that may lead into a work's part ("the", "its", "every", "whole"). */
const LEAD_TAGS: ReadonlySet<string> = new Set(['ADJ', 'DET', 'PRON']);


/**
 * A run without its sentence's opening adverb, adjective or conjunction ("Somehow KoH" → "KoH",
 * "Later Maria" → "Maria"): a word a sentence opens with is capitalised anyway; an article stays
 * ("The Wire's cast").
 */
function withoutOpeningAdverb(ctx: WorksContext, run: Run): Run {
  const { words } = ctx;
  const lead = words[run.first] as Word;
  const next = words[run.first + 1];
  if (run.last === run.first || lead.spaceBefore || !next?.capitalised || ARTICLES.has(lead.lower)) return run;
  const tag = ctx.posAt(lead.start);
  if (!NOT_SUBJECT_TAGS.has(tag) && tag !== 'ADJ') return run;
  return { first: run.first + 1, last: run.last, start: next.start, end: run.end };
}

/** wink's tags of a lone word that may be a title: a proper noun, or a noun the tagger did not know. */
const LONE_TITLE_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN']);

/** True for a word no title opens with: a given name, an honorific (people), a day or a month. */
const isPersonLead = (w: Word): boolean => isListedFirstName(w.lower) || HONORIFICS.has(w.lower) || CALENDAR.has(w.lower);

/**
 * True when `run` can be the work a part belongs to: not a person's shape or a name, no word of a
 * place, body or date; one word only when it is a proper noun the text never writes in lower case
 * and that is no maker's surname ("Nolan's screenplay"), no firm and no place.
 */
function ownsWorkPart(ctx: WorksContext, run: Run): boolean {
  const { view, words } = ctx;
  const first = words[run.first] as Word;
  if (isPersonLead(first) || personShaped(words, run.first, run.last) || nameShaped(words, run)) return false;
  // "ALL of Naruto's characters": a determiner, a quantifier or a pronoun opens no title.
  if (FUNCTION_TAGS.has(ctx.posAt(first.start)) || QUANTIFIERS.has(first.lower)) return false;
  // "Steins;Gate's plot": a word glued to the one before is the end of a longer title.
  if (!first.spaceBefore && first.start > 0 && !LINE_OR_SENTENCE_STARTS.has(view.charCodeAt(first.start - 1))) return false;
  // "the first season of Buck (Gil Gerard)": an actor in brackets makes the run a role.
  if (view.startsWith(' (', endOf(view, words[run.last] as Word)) && words[run.last + 1]?.capitalised === true) return false;
  // The run's own last word is the owner in "X's plot": its possessive is no title word.
  if (someWord(words, run.first, run.last - 1, isNoTitleWord) || NOT_WORK_HEADS.has((words[run.last] as Word).lower)) return false;
  // "Toei Animation's pacing": a firm's last word.
  if (run.last > run.first && (FIRM_ENDINGS.has((words[run.last] as Word).lower) || STUDIO_ENDINGS.has((words[run.last] as Word).lower))) return false;
  if (run.last > run.first) return true;
  const lone = first.lower;
  if (isLoneNonTitle(lone) || KNOWN_MAKER_SURNAMES.has(lone) || ctx.isSurname(lone) || ctx.endsGivenName(lone) || ctx.writesLower(lone)) return false;
  const tag = ctx.posAt(first.start);
  return !NOT_SUBJECT_TAGS.has(tag) && LONE_TITLE_TAGS.has(tag);
}

/**
 * 4m. "Bleach's finale", "Bonanza's main cast": a run ending in a possessive, then a work's part
 * right after it (one adjective may stand between); the run is the work.
 */
export function readWorkPartOwner(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { words } = ctx;
  const owner = words[full.last] as Word;
  if (!owner.possessive) return;
  let k = full.last + 1;
  let part = words[k];
  if (part && part.spaceBefore && !part.capitalised && !WORK_PART_NOUNS.has(part.lower) && ctx.posAt(part.start) === 'ADJ') part = words[++k];
  if (!part || !part.spaceBefore || part.capitalised || !WORK_PART_NOUNS.has(part.lower)) return;
  // "Kirito's plot armor", "the hero's plot wielding": the part qualifies a noun a character has.
  if (nounQualifies(ctx, words[k + 1], false)) return;
  const run = withoutOpeningAdverb(ctx, withoutSentenceLead(words, trimRunEnd(words, cutLongRun(words, full))));
  if (run.last !== full.last || !ownsWorkPart(ctx, run)) return;
  out.push(titleFinding(ctx.formOf(run)));
}

/**
 * True when `words[k]` is a number, in figures or a word, after a part a work is counted in, in
 * either case ("series two", "Season 3", "part II"): with "of" after it, the title follows
 * ("series two of Broadchurch"), whatever leads the part.
 */
function numberedPartBefore(view: string, words: readonly Word[], k: number): boolean {
  const count = wordAt(words, k);
  const part = wordAt(words, k - 1);
  if (!count || !part || !count.spaceBefore || !NUMBERED_PART_NOUNS.has(part.lower)) return false;
  return PART_NUMBERS.has(count.lower) || /^\d{1,2}$/.test(view.slice(count.start, count.end));
}

/**
 * 4m. "the plot of Redline", "every episode of Bonanza": a work's part, "of", then the run; the
 * part after an article, an owner or a number word ("the first season of X"), or a counted part
 * before "of" ("series two of X", "Season 3 of X").
 */
export function readWorkPartOf(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { words } = ctx;
  const of = wordAt(words, full.first - 1);
  const part = wordAt(words, full.first - 2);
  if (!of || of.lower !== 'of' || of.capitalised || !part || !(words[full.first] as Word).spaceBefore) return;
  if (!numberedPartBefore(ctx.view, words, full.first - 2)) {
    if (part.capitalised || !WORK_PART_OF_NOUNS.has(part.lower)) return;
    const lead = wordAt(words, full.first - 3);
    if (!lead || (!ARTICLES.has(lead.lower) && !lead.possessive && !LEAD_TAGS.has(ctx.posAt(lead.start)))) return;
  }
  // "this season of Shingeki no Kyojin or Attack on Titan": two names of the work, each a title
  // when both sides have two words or more ("Pride and Prejudice" stays whole).
  const run = trimRunEnd(words, cutLongRun(words, full));
  const head = splitBothSides(words, run);
  const rest = head.last < run.last ? splitRest(words, run, head.last + 2) : undefined;
  for (const item of rest ? [head, rest] : [head]) {
    if ((words[item.last] as Word).possessive || !ownsWorkPart(ctx, item)) continue;
    out.push(titleFinding(ctx.formOf(item)));
  }
}

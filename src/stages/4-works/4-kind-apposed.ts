/**
 * Pass 4, a run set off by a comma before "a" / "an" and a kind of work ("The Wedding Date, a
 * comedy starring …", "Fat Albert, a live-action adaptation of …"): what a sentence calls a kind
 * of work in apposition is that work, whatever its shape.
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { PLACES_AND_PEOPLES } from '../../data/not-names';
import { ARTICLE_APPOSITION_GAP, ARTICLE_APPOSITION_KINDS, KIND_PARTICIPLES, NOT_SUBJECT_TAGS } from '../../data/work-cues';
import { hasParticipleEnding } from '../../text/participle';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, withoutSentenceLead, type Finding, type WorksContext } from './context';
import { cutLongRun, lastListItem, trimRunEnd } from './cuts';
import { allCaps, endsLikeNationality, isNoTitleWord, nameShaped, nounQualifies, personShaped, someWord, startsWithDigit } from './shapes';

/**
 * 4k'. A run before ", a" / ", an", up to {@link ARTICLE_APPOSITION_GAP} lower-case words and a kind
 * of work that qualifies no noun after it ("a film-maker", "a drama student" describe people). A
 * name's shape counts only when the text never writes its last word alone, as it would a person's
 * surname ("Ann Lee, a comedy writer … Lee said"); not one given name, a word in capitals, a sentence
 * adverb ("Overall, a fine film"), a number, a place, a body or a date.
 */
export function readKindApposed(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  if (!view.startsWith(', ', full.end)) return;
  const article = words[full.last + 1];
  if (!article || article.start !== full.end + 2 || (article.lower !== 'a' && article.lower !== 'an') || article.capitalised) return;
  let kind = full.last + 2;
  // Only words that qualify the kind stand between ("a quirky low-budget comedy"), not "a
  // spokesman for the show", whose kind belongs to another phrase.
  while (kind <= full.last + 2 + ARTICLE_APPOSITION_GAP && words[kind] && (words[kind] as Word).spaceBefore && (!(words[kind] as Word).capitalised || isNationality(words[kind] as Word)) && !ARTICLE_APPOSITION_KINDS.has((words[kind] as Word).lower) && !GAP_STOP_TAGS.has(ctx.posAt((words[kind] as Word).start))) kind++;
  const noun = words[kind];
  if (!noun || noun.capitalised || !noun.spaceBefore || !ARTICLE_APPOSITION_KINDS.has(noun.lower)) return;
  const after = words[kind + 1];
  // "a film-maker": the kind glued to more of its word is another noun; "a series of tests" counts.
  if ((after && !after.spaceBefore && view[noun.end] === '-') || nounQualifies(ctx, after, false) || (noun.lower === 'series' && after?.lower === 'of')) return;
  if (after && after.spaceBefore && !kindEndsPhrase(ctx, after)) return;
  const whole = trimRunEnd(words, cutLongRun(words, afterOpeningClause(ctx, withoutSentenceLead(words, full))));
  // "The Squid and the Whale": a joiner before a lower-case article is inside the title.
  const item = lastListItem(words, whole);
  const run = (words[item.first] as Word).capitalised ? item : whole;
  if (run.last !== full.last || nameShaped(words, run) || someWord(words, run.first, run.last, isNoTitleWord)) return;
  // The last of a list ("X and Mr Lee, a novel") may be half a title: a name's shape there is none.
  if (personShaped(words, run.first, run.last) && (run.first !== whole.first || ctx.standsAlone((words[run.last] as Word).lower))) return;
  const lone = run.first === run.last ? (words[run.first] as Word) : null;
  if (lone && (GIVEN_NAMES.has(lone.lower) || allCaps(view, lone) || startsWithDigit(view, lone) || NOT_SUBJECT_TAGS.has(ctx.posAt(lone.start)) || ctx.writesLower(lone.lower) || ctx.isSurname(lone.lower))) return;
  out.push(titleFinding(ctx.formOf(run)));
}

/**
 * True for a capitalised word that says where a work comes from ("a Belgian film", "an American
 * comedy", "a Hollywood musical"): English capitalises it, yet it qualifies the kind as a lower-case
 * adjective does.
 */
const isNationality = (w: Word): boolean => PLACES_AND_PEOPLES.has(w.lower) || endsLikeNationality(w);

/**
 * True when the word after the kind closes the kind's phrase and goes on with what the work is
 * ("a comedy about …", "a thriller that …", "a drama starring …", "a film set in …"). The kind is
 * a person's trade when a noun, an adjective or a joiner goes on from it ("a film and television
 * actress", "a comedy regular"), and the subject of the next clause after a verb ("For Ann Lee, a
 * comedy is serious work").
 */
function kindEndsPhrase(ctx: WorksContext, after: Word): boolean {
  const tag = ctx.posAt(after.start);
  if (KIND_PHRASE_GOES_ON_TAGS.has(tag)) return true;
  return tag === 'VERB' && (hasParticipleEnding(after.lower) || KIND_PARTICIPLES.has(after.lower));
}

/** Tags of a word after the kind that opens what the work is: a preposition ("about" is tagged an adverb), a relative word. */
const KIND_PHRASE_GOES_ON_TAGS: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'PRON', 'DET', 'PART', 'ADV']);

/** Tags of words that end the walk from "a" / "an" to the kind: a function word opens another phrase. */
const GAP_STOP_TAGS: ReadonlySet<string> = new Set(['ADP', 'DET', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART']);

/**
 * A run opening its sentence with a clause before the title ("Welcome to X", "That is X", "But in
 * X"): its first word is no noun, name or adjective, so the title is the part after its last
 * lower-case word. A run that opens with an article or a name stays whole ("The Squid and the Whale").
 */
function afterOpeningClause(ctx: WorksContext, run: Run): Run {
  const { words } = ctx;
  const lead = words[run.first] as Word;
  if (!ctx.opensSentence(lead.start) || !CLAUSE_LEAD_TAGS.has(ctx.posAt(lead.start))) return run;
  for (let k = run.last - 1; k > run.first; k--) {
    const w = words[k] as Word;
    if (!w.capitalised) return { first: k + 1, last: run.last, start: (words[k + 1] as Word).start, end: run.end };
  }
  return run;
}

/** Tags of a sentence's first word that open a clause rather than a title. */
const CLAUSE_LEAD_TAGS: ReadonlySet<string> = new Set(['VERB', 'PRON', 'CCONJ', 'SCONJ', 'ADV', 'INTJ', 'ADP', 'AUX']);

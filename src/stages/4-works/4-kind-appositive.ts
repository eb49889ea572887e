/**
 * Pass 4: a run set off by a comma before an article and a kind of work ("Almost Home, the duet
 * from …", "Night Train, a thriller set in …"): what the text calls a kind of work right after
 * naming it is that work.
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { APPOSITION_KINDS, ARTICLES, CLOSED_LONE_TAGS, NAME_JOINERS, NOT_SUBJECT_TAGS, VERB_TAGS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, withoutSentenceLead, type Finding, type WorksContext } from './context';
import { cutLongRun, lastListItem, trimRunEnd } from './cuts';
import { allCaps, isNoTitleWord, isPlaceOrBody, nameShaped, nounQualifies, personShaped, someWord } from './shapes';

/** Lower-case words that may stand between the article and the kind of work ("a new hit single"). */
const KIND_GAP = 2;

/** Kinds of a song a chart report names besides those of {@link APPOSITION_KINDS}. */
const SONG_KINDS: ReadonlySet<string> = new Set(['duet', 'tune', 'number']);

/**
 * 4. A run, a comma, an article and a kind of work, with at most two lower-case words between
 * ("X, the duet from", "X, a new single by"): not when the kind is a possessive or qualifies a
 * noun after it ("Ann Lee, the film's star", "Cannes, the film festival"), not a person's shape, a
 * place, a body or a date, not one given name, surname or word in capitals, not the main clause
 * after a fronted phrase ({@link clauseGoesOn}), not one word or a verb or function word opening
 * the sentence, not the last item of a list.
 */
export function readKindAppositive(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  if (!view.startsWith(', ', full.end)) return;
  const article = words[full.last + 1];
  if (!article || article.capitalised || !ARTICLES.has(article.lower) || article.start !== full.end + 2) return;
  let k = full.last + 2;
  while (k <= full.last + 1 + KIND_GAP && words[k] && isGapWord(words[k] as Word)) k++;
  const kind = words[k];
  if (!kind || kind.capitalised || kind.possessive || !kind.spaceBefore || !(APPOSITION_KINDS.has(kind.lower) || SONG_KINDS.has(kind.lower))) return;
  // "number one": a place in a chart, not a song.
  if (kind.lower === 'number' && words[k + 1] !== undefined && words[k + 1]?.spaceBefore) return;
  if (nounQualifies(ctx, words[k + 1], false) || clauseGoesOn(ctx, k)) return;
  const run = lastListItem(words, trimRunEnd(words, cutLongRun(words, withoutSentenceLead(words, full))));
  if (run.last !== full.last || personShaped(words, run.first, run.last) || nameShaped(words, run) || someWord(words, run.first, run.last, isNoTitleWord)) return;
  const lead = words[run.first] as Word;
  // A sentence's opening word that is a verb or a function word leads a phrase, not a title
  // ("Directed by X, the film …", "But in X, the series …", "Second, the animation …").
  if ((!lead.spaceBefore || ctx.opensSentence(lead.start)) && (run.first === run.last || VERB_TAGS.has(ctx.posAt(lead.start)) || CLOSED_LONE_TAGS.has(ctx.posAt(lead.start)))) return;
  // The last name of a list ("A and B, the song …") is one of a list of people as often.
  if (run.first !== full.first && NAME_JOINERS.has((words[run.first - 1] as Word).lower)) return;
  const lone = run.first === run.last ? lead : null;
  if (lone && (GIVEN_NAMES.has(lone.lower) || allCaps(view, lone) || isPlaceOrBody(lone) || ctx.isSurname(lone.lower) || NOT_SUBJECT_TAGS.has(ctx.posAt(lone.start)))) return;
  out.push(titleFinding(ctx.formOf(run)));
}

/**
 * True when a finite verb follows the kind of work at `kind`, an adverb maybe between: the article
 * and the kind then open the main clause after a fronted phrase ("Directed by X, the film is set
 * in", "With Y, the series offers"), not an apposition. A participle, ending in -ed or before a
 * preposition, goes on an apposition ("a thriller filmed in", "a thriller set in").
 */
function clauseGoesOn(ctx: WorksContext, kind: number): boolean {
  let k = kind + 1;
  if (ctx.words[k] !== undefined && ctx.posAt((ctx.words[k] as Word).start) === 'ADV') k++;
  const v = ctx.words[k];
  if (!v || !v.spaceBefore || v.capitalised) return false;
  const tag = ctx.posAt(v.start);
  const next = ctx.words[k + 1];
  const participle = v.lower.endsWith('ed') || (next !== undefined && ctx.posAt(next.start) === 'ADP');
  return tag === 'AUX' || (tag === 'VERB' && !participle);
}

/** A lower-case word that is no kind of work and no possessive: an adjective before the kind ("new", "latest"). */
function isGapWord(w: Word): boolean {
  return !w.capitalised && !w.possessive && w.spaceBefore && !APPOSITION_KINDS.has(w.lower) && !SONG_KINDS.has(w.lower);
}

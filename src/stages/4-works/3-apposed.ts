/**
 * Pass 3, one or two words in apposition after a work noun and a comma ("their last single,
 * Killamangiro, which"): what is named beside the kind of work is the work, unless the word names someone or
 * something else.
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { isListedFirstName } from '../../text/listed-first-name';
import { APPOSED_REACH, NOT_SUBJECT_TAGS, PART_OR_PERSON_NOUNS, THING_CLAUSE_OPENERS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { WorksContext } from './context';
import { endsPhrase, isPlaceOrBody, personShaped } from './shapes';

/**
 * True for one or two words set off by commas or a full stop after a work noun and a comma ("their
 * last single, Killamangiro, which", "his next film, Lost Highway, was"): the work's name in
 * apposition, unless it names someone or something else: a given name or a name's shape, a surname
 * of the text, a place, a firm, a day or a function word ("the film, Sunday, ...", "the album, Tom,
 * said", "the film, Ann Lee, who").
 */
export function shortApposed(ctx: WorksContext, run: Run, cue: number): boolean {
  const { words } = ctx;
  if (run.last - run.first > 1 || !endsPhrase(words, run)) return false;
  // "a role in his next film, Ann Lee, where …": a clause about a thing after two words makes them
  // the work's, even after a part's noun, unless the text names a person by the last word alone.
  if (run.last > run.first && thingClauseAfter(ctx, run) && thingName(ctx, words[run.first] as Word, words[run.last] as Word)) return true;
  // "the main character in this film, Yoda,": the word names the person or part said before.
  for (let k = Math.max(0, cue - APPOSED_REACH); k < cue; k++) if (PART_OR_PERSON_NOUNS.has((words[k] as Word).lower)) return false;
  const first = words[run.first] as Word;
  if (run.last === run.first) return !notApposedWord(ctx, first) && !ctx.isSurname(first.lower);
  // Two words: every two-word run ends in what the text may take for a surname, so the last word
  // names a person only where the text writes it alone too ("Lee said").
  const last = words[run.last] as Word;
  // A listed first name first, or an initial last ("Ann P."), is a person's name.
  if (last.lower.length < 2 || !last.capitalised || isListedFirstName(first.lower)) return false;
  return !personShaped(words, run.first, run.last) && !notApposedWord(ctx, first) && !ctx.isSurname(first.lower) && !notApposedWord(ctx, last) && !ctx.standsAlone(last.lower);
}

/** True when two apposed words may name a thing: the last no initial and never written alone, the first no surname of the text. */
function thingName(ctx: WorksContext, first: Word, last: Word): boolean {
  return last.lower.length >= 2 && last.capitalised && !ctx.standsAlone(last.lower) && !ctx.isSurname(first.lower) && !notApposedWord(ctx, last);
}

/** True when ", which" / ", where" follows the run ({@link THING_CLAUSE_OPENERS}). */
function thingClauseAfter(ctx: WorksContext, run: Run): boolean {
  const next = ctx.words[run.last + 1];
  return next !== undefined && !next.capitalised && THING_CLAUSE_OPENERS.has(next.lower) && ctx.view.slice(run.end, next.start) === ', ';
}

/** A word that makes an apposed name no title: a given name, "I", a place or a body, a function word. */
function notApposedWord(ctx: WorksContext, w: Word): boolean {
  // isPlaceOrBody covers the bodies and places a lone non-title names; "I" is the rest.
  return GIVEN_NAMES.has(w.lower) || w.lower === 'i' || isPlaceOrBody(w) || NOT_SUBJECT_TAGS.has(ctx.posAt(w.start));
}

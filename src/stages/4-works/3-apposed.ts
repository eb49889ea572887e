/**
 * Pass 3, one word in apposition after a work noun and a comma ("their last single, Killamangiro,
 * which"): what is named beside the kind of work is the work, unless the word names someone or
 * something else.
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { APPOSED_REACH, NOT_SUBJECT_TAGS, PART_OR_PERSON_NOUNS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { WorksContext } from './context';
import { endsPhrase, isPlaceOrBody } from './shapes';

/**
 * True for one word set off by commas or a full stop after a work noun and a comma ("their last
 * single, Killamangiro, which"): the work's name in apposition, unless it is a given name, a
 * place, a firm, a day or a function word ("the film, Sunday, ...", "the album, Tom, said").
 */
export function loneApposed(ctx: WorksContext, run: Run, cue: number): boolean {
  const { words } = ctx;
  if (run.first !== run.last || !endsPhrase(words, run)) return false;
  // "the main character in this film, Yoda,": the word names the person or part said before.
  for (let k = Math.max(0, cue - APPOSED_REACH); k < cue; k++) if (PART_OR_PERSON_NOUNS.has((words[k] as Word).lower)) return false;
  const w = words[run.first] as Word;
  // One word: isPlaceOrBody covers the bodies and places a lone non-title names; "I" is the rest.
  return !GIVEN_NAMES.has(w.lower) && w.lower !== 'i' && !isPlaceOrBody(w) && !NOT_SUBJECT_TAGS.has(ctx.posAt(w.start)) && !ctx.isSurname(w.lower);
}


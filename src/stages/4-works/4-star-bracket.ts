/**
 * Pass 4, the brackets after a part: "Richard Haywood (Half Nelson's Ryan Gosling)". A cast list
 * writes the player of a part in brackets after it; a writer who names the player by an earlier
 * work puts that work's possessive before the full name, so what owns the player there is a work.
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { allCaps, isPlaceOrBody, personShaped } from './shapes';

/** The most words of a player's name after the work's possessive ("Ryan Gosling", "Mary Ann Ross"). */
const STAR_WORDS_AT_MOST = 3;

/**
 * 4n. A possessive run right after an opening bracket that follows a capitalised word, then a
 * full name led by a first name that closes the bracket ("Ann Vale (Moth Season's Dana Moss)"):
 * the run is a title. Not a person's shape ("(Tom Hale's Dana Moss)" is someone's someone), not a
 * place, a body or a day ("(Britain's Dana Moss)"), not one given name or a word in capitals.
 */
export function readStarBracket(ctx: WorksContext, run: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const owner = words[run.last] as Word;
  if (!owner.possessive || view[run.start - 1] !== '(' || view[run.start - 2] !== ' ') return;
  const part = words[run.first - 1];
  if (!part?.capitalised || part.end !== run.start - 2) return;
  const star = ctx.runAt(run.last + 1);
  if (!star || star.first !== run.last + 1 || star.last === star.first || star.last - star.first >= STAR_WORDS_AT_MOST || view[star.end] !== ')') return;
  if (!(words[star.first] as Word).spaceBefore || !isListedFirstName((words[star.first] as Word).lower)) return;
  if (personShaped(words, run.first, run.last)) return;
  if (run.first === run.last && (GIVEN_NAMES.has(owner.lower) || isListedFirstName(owner.lower) || isPlaceOrBody(owner) || allCaps(view, owner))) return;
  out.push(titleFinding(ctx.formOf(run)));
}

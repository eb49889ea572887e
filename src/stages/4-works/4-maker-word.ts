/**
 * Pass 4: one word after a maker's possessive ("Hitchcock's Rope", "the composer Vane's Lumen").
 * A possessive before two title words or more is read by the maker's possessive of
 * `4-neighbours.ts`; one word after a possessive is as often a part the owner plays or a thing the
 * owner has ("Ann Vale's Joker", "Vane's Oscar"), so the owner must be plainly a maker: a maker
 * reviews name by the surname alone ({@link KNOWN_MAKER_SURNAMES}), or a name the text itself
 * writes after a maker's noun or "directed by" ({@link WorksContext.namedAsMaker}).
 */
import { INSTITUTION_WORDS } from '../../data/not-names';
import { KIND_OF_WORK_NOUNS, PRIZE_WORDS, WORK_NOUN_PLURALS, WORK_NOUNS } from '../../data/work-cues';
import { KNOWN_MAKER_SURNAMES } from '../../data/work-makers';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { isListedFirstName } from '../../text/listed-first-name';
import { titleFinding, type Finding, type WorksContext } from './context';
import { allCaps, isNoTitleWord, nounQualifies, wordAt } from './shapes';

/**
 * 4. A run of one word right after a maker's singular possessive, one space apart: the work. Not
 * in a text about animation (a creator's possessive owns the characters there: "Oda's Luffy"), not
 * a place, a body, a date, a prize, a word of an institution or a kind of work, not in capitals,
 * not a noun's modifier ("Vane's Broadway films"), not a name the text gives a person (a surname
 * of the text, a given name it writes before a surname), not a given name the text writes again
 * (a part the story follows).
 */
export function readMakerWord(ctx: WorksContext, run: Run, out: Finding[]): void {
  const { view, words } = ctx;
  if (run.first !== run.last) return;
  const w = words[run.first] as Word;
  const owner = wordAt(words, run.first - 1);
  if (!owner || !owner.possessive || !owner.capitalised || !w.spaceBefore) return;
  // Singular "'s" only: a plural's lone apostrophe is a group's ("the Kestrels' Lumen").
  const s = view[owner.end + 1];
  if (s !== 's' && s !== 'S') return;
  if (!w.capitalised || w.possessive || w.hyphenated || w.end - w.start < 2 || allCaps(view, w)) return;
  const l = w.lower;
  // Talk of anime and manga names a creator's characters so ("Oda's Luffy").
  if (ctx.aboutAnimation()) return;
  if (isNoTitleWord(w) || INSTITUTION_WORDS.has(l) || PRIZE_WORDS.has(l)) return;
  if (WORK_NOUNS.has(l) || WORK_NOUN_PLURALS.has(l) || KIND_OF_WORK_NOUNS.has(l)) return;
  if (nounQualifies(ctx, words[run.last + 1], false)) return;
  if (!KNOWN_MAKER_SURNAMES.has(owner.lower) && !ctx.namedAsMaker(owner.lower)) return;
  if (ctx.isSurname(l) || ctx.leadsFullName(l)) return;
  // A given name the text writes again is a part the story follows ("Vane's Lumen … Lumen runs").
  if (isListedFirstName(l) && ctx.startsOf(l).length > 1) return;
  out.push(titleFinding(ctx.formOf(run)));
}

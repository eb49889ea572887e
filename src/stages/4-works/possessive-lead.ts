/**
 * A title led by a possessive ("Tillie's Punctured Romance", "The Devil's Advocate"): runs stop
 * at a possessive, so a pass that found the words after it widens the title back over it.
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { KNOWN_MAKER_SURNAMES } from '../../data/work-makers';
import { FIRST_NAMES } from '../../text/first-names';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { WorksContext } from './context';

/**
 * The run widened back over the possessive right before it when that possessive leads the title:
 * a lone given name ("Tillie's", "Charlotte's"; a maker is named by a surname or a full name:
 * "Hitchcock's Rope", "Ron Howard's X") that the text does not use as a surname nor before one, or a capitalised
 * article and a singular possessive ("The Devil's Advocate"). The run itself otherwise.
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
  if (!(GIVEN_NAMES.has(name) || FIRST_NAMES.has(name)) || KNOWN_MAKER_SURNAMES.has(name) || ctx.isSurname(name) || ctx.leadsFullName(name)) return run;
  return { first: run.first - 1, last: run.last, start: owner.start, end: run.end };
}

/**
 * Pass 4k, numbered: a main title numbered as a sequel by one digit, a colon and a subtitle, read
 * as one title ("Harbour Lights 2: The Return", "Paper Kites 3: Rise of the Kites"). The run of
 * capitalised words stops at the digit, so the main title's colon is not at the run's end and the
 * colon pass ({@link readColonPair}) never sees the pair; this pass hands it the run with its digit.
 * The same shape labels a score form or a numbered part ("Story 7: It drags", "Chapter 2: The
 * boy", "Episode 4: A New Hope"): a kind of number, an aspect of a score or a word no title holds
 * before the digit refuses it, and the colon pass's own tests (mid-sentence or written twice, no
 * clause after the colon, no list) do the rest.
 */
import { COLON, SPACE } from '../../text/chars';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { WorksContext } from './context';
import { readColonPair, type ColonPair } from './4-colon';
import { afterJoinedList } from './4-sequel-numeral';
import { isSequelDigitCode, numbersNoWork } from './shapes';


/**
 * Reads "Run D: Subtitle", with D one digit from 2 to 9 one space after the run and a colon and a
 * space right after it, as a colon pair whose main part is the run and its digit.
 */
export function readNumberedColon(ctx: WorksContext, run: Run, out: ColonPair[]): void {
  const { view, words } = ctx;
  const at = run.end + 1;
  const code = view.charCodeAt(at);
  if (view.charCodeAt(run.end) !== SPACE || !isSequelDigitCode(code)) return;
  if (view.charCodeAt(at + 1) !== COLON || view.charCodeAt(at + 2) !== SPACE) return;
  const digit = words[run.last + 1];
  if (!digit || digit.start !== at || digit.end !== at + 1) return;
  // "with Aliens and Harbour Lights 2: The Return": the numbered title is the list's last item.
  const main = afterJoinedList(words, run);
  // The word the digit numbers: the run may open with a sentence's lead ("Here in X 2: Y"), which
  // the colon pass leaves out of the main part.
  if (numbersNoWork(words[main.last] as Word)) return;
  const before = out.length;
  readColonPair(ctx, { first: main.first, last: main.last + 1, start: main.start, end: digit.end }, out);
  // "Kestrel 2: Blood or Gold" and "Kestrel 2: Blood or Naruto" read alike: a subtitle cut before a
  // joiner may be half of one, so such a pair is left out.
  const pair = out[before];
  if (!pair) return;
  // The pair starts at the main part's first word or a later one, within the run just read.
  const end = view.indexOf(pair.form, main.start) + pair.form.length;
  if (JOINER_AFTER.test(view.slice(end, end + JOINER_SPAN))) out.length = before;
}

/** " or " / " and " and a capital right after a subtitle: the colon pass cut it before a joiner of capitalised words. */
const JOINER_AFTER = /^ (?:or|and) \p{Lu}/u;

/** How many characters after a subtitle {@link JOINER_AFTER} reads. */
const JOINER_SPAN = 6;

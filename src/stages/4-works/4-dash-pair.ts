/**
 * Pass 4k': a main title, a spaced dash and a subtitle led by an article, inside a sentence, read
 * as one title ("the hit show Harbour Lane - The Musical is"). A dash also opens an aside or a
 * review's headline, but an aside goes on in lower case ("X - which began"), and a headline opens
 * its line; so the pair is taken only when its main part stands in mid-sentence after a word that
 * is no article ("the Kestrels - The Song": a band), and its subtitle, an article and capitalised
 * words, ends the sentence or meets a lower-case word.
 */
import { ARTICLES } from '../../data/work-cues';
import { isDash, SPACE } from '../../text/chars';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { type WorksContext } from './context';
import { type ColonPair } from './4-colon';
import { isLabelWord } from './4-called';

/** Most words of a main title before its dash. */
const MAX_MAIN_WORDS = 4;

/** Marks that may close a subtitle: the end of a clause or a sentence. */
const SUBTITLE_CLOSERS = '.,;!?)';

/**
 * Reads the pair whose main part is the run `run`, followed by a spaced dash and an article-led
 * subtitle, and adds it to `out` as a pair inside a sentence.
 */
export function readDashPair(ctx: WorksContext, run: Run, out: ColonPair[]): void {
  const { view, words } = ctx;
  const x = words[run.last] as Word;
  if (view.charCodeAt(x.end) !== SPACE || !isDash(view[x.end + 1]) || view.charCodeAt(x.end + 2) !== SPACE) return;
  const q = run.last + 1;
  const y = words[q];
  if (!y || y.start !== x.end + 3 || !y.capitalised || !ARTICLES.has(y.lower)) return;
  const sub = ctx.runAt(q);
  if (!sub || sub.first !== q || sub.last === q || run.last - run.first >= MAX_MAIN_WORDS) return;
  const lead = words[run.first] as Word;
  const before = words[run.first - 1];
  // In mid-sentence: a word just before on the same line, not an article, not a sentence's end.
  if (!before || !lead.spaceBefore || ARTICLES.has(before.lower) || /[\n.!?:]/.test(view.slice(before.end, lead.start))) return;
  for (let k = run.first; k <= sub.last; k++) {
    const w = words[k] as Word;
    if (isLabelWord(w) || w.possessive) return;
  }
  // The subtitle ends its clause, or a lower-case word goes on after it.
  const end = (words[sub.last] as Word).end;
  const next = words[sub.last + 1];
  const closes = end >= view.length || SUBTITLE_CLOSERS.includes(view.charAt(end)) || (next !== undefined && !next.capitalised && next.start === end + 1);
  if (!closes) return;
  out.push({ form: ctx.formOf({ start: lead.start, end }), inside: true, opening: false, speaker: false });
}

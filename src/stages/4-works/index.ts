/**
 * Stage 4a: find works (titles of shows, films, books, webtoons).
 *
 * Evidence, each a general habit of review writers; the passes, in order (one file each, over
 * the title-case runs of `context.ts`, cut down by `cuts.ts`, judged by the shape tests of
 * `shapes.ts`):
 * 1. quote marks around one to eight title words (‘All Of Us Are Dead’, "Kids", "Mork & Mindy";
 *    `1-quoted.ts`), capitals in a text that is not shouting (`THE TERMINATOR`; `1-capitals.ts`),
 *    markdown emphasis or code marks around a title-case phrase (`*My Mister*`; `1-emphasis.ts`);
 * 2. the document title's subject: the longest title-case phrase of the title line that the body
 *    repeats in title case, or what a title line calls reviewed (`2-title-line.ts`);
 * 3. a cue word before it (`series called X`, `titled X`, `the webtoon X`, `watched X`, `the
 *    sequel to X`; `3-cue-words.ts`), a list after `movies like X, Y` (`3-lists.ts`), what a prize
 *    was won for (`best actor for X`; `3-awards.ts`);
 * 4. the words around a run: a follower after it (`X season one`, `X, directed by Y`, `X (1952)`;
 *    `4-followers.ts`), its repetition or its shape when it cannot be a name (`The Fourth Man`,
 *    `Nights of Cabiria`; `4-repeats.ts`), a sentence that calls it a work (`X is a thriller`;
 *    `4-called.ts`), a bracket, a part, a crew noun or a maker around it (`her role in X`,
 *    `Friends actor X`, `Eastwood's X`; `4-neighbours.ts`), a place in the takings in news of the
 *    box office (`X entered in third place`; `4-chart-place.ts`), an owner's kind of work beside it
 *    (`X, Martin Scorsese's biopic of`; `4-neighbours.ts`), a suffix of likeness (`a Pop Idol-style
 *    search`; `4-followers.ts`);
 *    a main title, a colon and a subtitle in mid-sentence or written twice (`Alien: Covenant`;
 *    `4-colon.ts`, added before the cue words so the subtitle is not taken alone); a part only a
 *    work has, after its possessive or before "of" (`Bleach's finale`, `every episode of X`;
 *    `4-work-parts.ts`);
 * 5. titles the caller passes in `options.works`; then every occurrence of a found title is a
 *    mention (`5-mentions.ts`), a title written with capitals only where its content words are
 *    capitalised ("The End", not "the end").
 * Each pass hands back what it found ({@link Finding}); the titles are kept in the order above,
 * which decides which titles are searched when a text has very many.
 */
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { Heading } from '../../types';
import type { Annotation, NormalizedText, WorkDraft } from '../stage-types';
import { capitalTitles } from './1-capitals';
import { emphasisedTitles } from './1-emphasis';
import { quotedTitles, readQuotedRun } from './1-quoted';
import { TitleLine } from './2-title-line';
import { cuedTitles } from './3-cue-words';
import { readCalled } from './4-called';
import { readFollower, readGenreLead, readMadeBy, readPart, readStyleSuffix, readYear } from './4-followers';
import { readChartPlace } from './4-chart-place';
import { colonTitles, readColonPair, type ColonPair } from './4-colon';
import { readAppositive, readBracket, readCrewOrSeries, readMakerPossessive, readRoleIn } from './4-neighbours';
import { readRepeatable, readShape, repeatedTitles } from './4-repeats';
import { readWorkPartOf, readWorkPartOwner } from './4-work-parts';
import { TitleList, workMentions } from './5-mentions';
import { BOX_OFFICE } from '../../data/work-cues';
import { titleFinding, WorksContext, type Finding } from './context';

export { MAX_WORKS } from './5-mentions';
export type { Finding } from './context';

/** Stage 4a: every work and its mentions, in order of first mention. */
export function findWorks(input: NormalizedText, words: readonly Word[], ann: Annotation, title: Heading | null, extra: readonly string[]): WorkDraft[] {
  const ctx = new WorksContext(input, words, ann);
  // One walk over the runs hands each run to every pass that reads runs; each keeps what it
  // found apart, so the titles are added in the order of the passes.
  const quoted: Finding[] = [];
  const titleLine = new TitleLine(ctx, title);
  const followers: Finding[] = [];
  const genreLeads: Finding[] = [];
  const madeBy: Finding[] = [];
  const years: Finding[] = [];
  const repeatable: Run[] = [];
  const shapes: Finding[] = [];
  const called: Finding[] = [];
  const brackets: Finding[] = [];
  const roles: Finding[] = [];
  const crew: Finding[] = [];
  const makers: Finding[] = [];
  const parts: Finding[] = [];
  const charted: Finding[] = [];
  const apposed: Finding[] = [];
  const styled: Finding[] = [];
  const colons: ColonPair[] = [];
  const workParts: Finding[] = [];
  // News of the takings ranks films: asked of the text once, so other texts pay one search.
  const boxOffice = BOX_OFFICE.test(ctx.lower);
  for (const run of ctx.runs) {
    readQuotedRun(ctx, run, quoted);
    titleLine.read(run);
    readFollower(ctx, run, followers);
    readGenreLead(ctx, run, genreLeads);
    readMadeBy(ctx, run, madeBy);
    readYear(ctx, run, years);
    readRepeatable(ctx, run, repeatable);
    readShape(ctx, run, shapes);
    readCalled(ctx, run, called);
    readBracket(ctx, run, brackets);
    readRoleIn(ctx, run, roles);
    readCrewOrSeries(ctx, run, crew);
    readMakerPossessive(ctx, run, makers);
    readPart(ctx, run, parts);
    readAppositive(ctx, run, apposed);
    readStyleSuffix(ctx, run, styled);
    readColonPair(ctx, run, colons);
    readWorkPartOwner(ctx, run, workParts);
    readWorkPartOf(ctx, run, workParts);
    if (boxOffice) readChartPlace(ctx, run, charted);
  }
  const titles = new TitleList();
  // 1. Quote marks, capitals, emphasis.
  titles.addAll(quoted);
  titles.addAll(quotedTitles(ctx));
  titles.addAll(capitalTitles(ctx));
  titles.addAll(emphasisedTitles(ctx));
  // 2. The title line's subject.
  titles.addAll(titleLine.subject());
  // A main title and its subtitle, before any pass that would take the subtitle alone.
  titles.addAll(colonTitles(colons));
  // 3. Cue words; the lists they open are added after the followers.
  const { cued, listed } = cuedTitles(ctx);
  titles.addAll(cued);
  // 4. The words around each run.
  titles.addAll(followers);
  titles.addAll(listed);
  titles.addAll(genreLeads);
  titles.addAll(madeBy);
  titles.addAll(years);
  titles.addAll(repeatedTitles(ctx, repeatable));
  titles.addAll(shapes);
  titles.addAll(called);
  titles.addAll(brackets);
  titles.addAll(roles);
  titles.addAll(crew);
  titles.addAll(makers);
  titles.addAll(parts);
  titles.addAll(charted);
  titles.addAll(apposed);
  titles.addAll(styled);
  titles.addAll(workParts);
  // 5. Titles the caller knows, then the mentions of all.
  for (const t of extra) titles.add(titleFinding(t));
  return workMentions(ctx.view, ctx.lower, words, titles.entries);
}

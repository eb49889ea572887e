/**
 * Pass 2: the document title's subject, the longest title-case phrase of the title line that the
 * body repeats in title case; or, on a title line that names itself a review ("X – My Review"), the
 * phrase left once the review words are cut.
 */
import { LABEL_WORDS, REVIEW_WORDS, TITLE_CONNECTORS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { Heading, Span } from '../../types';
import { titleFinding, type Finding, type WorksContext } from './context';
import { trimReviewWords } from './cuts';
import { nameShaped } from './shapes';

/** Sub-phrases of a run, longest first, that start and end with a capitalised word. */
function* subRuns(words: readonly Word[], run: Run): Generator<Span> {
  for (let len = run.last - run.first + 1; len >= 2; len--) {
    for (let a = run.first; a + len - 1 <= run.last; a++) {
      const first = words[a] as Word;
      const last = words[a + len - 1] as Word;
      if (first.capitalised && last.capitalised) yield { start: first.start, end: last.end };
    }
  }
}

/**
 * 2b. A title line that names itself a review ("X – My Review", "Review: X", "My Review of X"):
 * the longest of its title-case phrases once review words and fillers are cut from their ends.
 */
function reviewedWork(words: readonly Word[], titleRuns: readonly Run[], countBody: () => ReadonlyMap<string, number>): Span | null {
  if (!titleRuns.some((r) => words.slice(r.first, r.last + 1).some((w) => REVIEW_WORDS.has(w.lower)))) return null;
  const bodyCounts = countBody();
  // The phrase whose words the body uses most ("Gatsby"), then the longest.
  let best: { span: Span; score: number } | null = null;
  for (const run of titleRuns) {
    const t = trimReviewWords(words, run);
    if (!t || nameShaped(words, t) || words.slice(t.first, t.last + 1).some((w) => LABEL_WORDS.has(w.lower))) continue;
    const score = words.slice(t.first, t.last + 1).reduce((n, w) => n + (TITLE_CONNECTORS.has(w.lower) ? 0 : bodyCounts.get(w.lower) ?? 0), 0);
    const longer = !best || t.end - t.start > best.span.end - best.span.start;
    if (!best || score > best.score || (score === best.score && longer)) best = { span: t, score };
  }
  return best?.span ?? null;
}

/**
 * 2. The title line's subject, repeated in the body. The body's runs are handed to {@link read}
 * one by one (in the stage's one walk over the runs), then {@link subject} judges.
 */
export class TitleLine {
  /** The runs inside the title line. */
  private readonly titleRuns: Run[] = [];
  /** The lengths of the title runs' sub-phrases: only a body run as long can repeat one. */
  private readonly lengths = new Set<number>();
  /** The body's runs of two words or more as long as a sub-phrase, as keys. */
  private readonly bodyKeys = new Set<string>();

  constructor(
    private readonly ctx: WorksContext,
    private readonly title: Heading | null,
  ) {
    if (!title) return;
    // Runs come in order, so the title's are found before the first run past its end.
    for (const r of ctx.runs) {
      if (r.start >= title.end) break;
      if (r.start >= title.start && r.end <= title.end) this.titleRuns.push(r);
    }
    for (const run of this.titleRuns) if (!nameShaped(ctx.words, run)) for (const sub of subRuns(ctx.words, run)) this.lengths.add(sub.end - sub.start);
  }

  /** Keeps the key of a body run that may repeat a phrase of the title (no string for the others). */
  read(r: Run): void {
    if (this.lengths.size === 0 || r.last === r.first || !this.lengths.has(r.end - r.start)) return;
    const title = this.title as Heading;
    if (!(r.start >= title.start && r.end <= title.end)) this.bodyKeys.add(this.ctx.lowerText(r));
  }

  /** The title line's subject; none without a title line. */
  subject(): Finding[] {
    const { title, ctx, bodyKeys } = this;
    return title ? titleSubject(ctx, title, this.titleRuns, bodyKeys) : [];
  }
}

/** The longest sub-phrase of a title run that the body repeats, else the work a review title names. */
function titleSubject(ctx: WorksContext, title: Heading, titleRunsList: readonly Run[], bodyKeys: ReadonlySet<string>): Finding[] {
  const { words } = ctx;
  let best: Span | null = null;
  for (const run of titleRunsList) {
    if (nameShaped(words, run)) continue;
    for (const sub of subRuns(words, run)) {
      if (!bodyKeys.has(ctx.lowerText(sub))) continue;
      if (!best || sub.end - sub.start > best.end - best.start) best = sub;
      break;
    }
  }
  const bodyCounts = (): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const w of words) if (w.capitalised && (w.start < title.start || w.start >= title.end)) counts.set(w.lower, (counts.get(w.lower) ?? 0) + 1);
    return counts;
  };
  const subject = best ?? reviewedWork(words, titleRunsList, bodyCounts);
  return subject ? [titleFinding(ctx.formOf(subject))] : [];
}

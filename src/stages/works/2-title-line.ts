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

/** 2. The title line's subject, repeated in the body; none without a title line. */
export function titleSubject(ctx: WorksContext, title: Heading | null): Finding[] {
  if (!title) return [];
  const { words, runs } = ctx;
  const inTitle = (r: Run): boolean => r.start >= title.start && r.end <= title.end;
  const titleRunsList = runs.filter(inTitle);
  // The body's runs of two words or more, as keys: only those as long as a sub-phrase of the
  // title's runs can match one, so no string is made for the others (a text has thousands).
  const bodyKeys = new Set<string>();
  if (titleRunsList.some((r) => r.last > r.first)) {
    const lengths = new Set<number>();
    for (const run of titleRunsList) if (!nameShaped(words, run)) for (const sub of subRuns(words, run)) lengths.add(sub.end - sub.start);
    for (const r of runs) if (r.last > r.first && lengths.has(r.end - r.start) && !inTitle(r)) bodyKeys.add(ctx.lowerText(r));
  }
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

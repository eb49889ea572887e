/**
 * Pass 2: the document title's subject, the longest title-case phrase of the title line that the
 * body repeats in title case; or, on a title line that names itself a review ("X – My Review"), the
 * phrase left once the review words are cut.
 */
import { NAME_PARTICLES } from '../../data/name-cue-words';
import { CALENDAR, ORGANISATIONS, PLACES_AND_PEOPLES } from '../../data/not-names';
import { ROLE_NOUNS } from '../../data/role-words';
import { ACT_NOUNS, LABEL_WORDS, NAME_JOINERS, NOT_WORK_HEADS, REVIEW_WORDS, SPEAKER_ONLY_VERBS, TITLE_CONNECTORS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { Heading, Span } from '../../types';
import { titleFinding, type Finding, type WorksContext } from './context';
import { trimReviewWords } from './cuts';
import { firstAtOrAfter } from '../../text/search';
import { isWordChar } from '../../text/chars';
import { nameShaped, personShaped, someWord } from './shapes';

/** Sub-phrases of a run, longest first, that start and end with a capitalised word. */
function* subRuns(words: readonly Word[], run: Run): Generator<Run> {
  for (let len = run.last - run.first + 1; len >= 2; len--) {
    for (let a = run.first; a + len - 1 <= run.last; a++) {
      const first = words[a] as Word;
      const last = words[a + len - 1] as Word;
      if (first.capitalised && last.capitalised) yield { first: a, last: a + len - 1, start: first.start, end: last.end };
    }
  }
}

/**
 * A word that makes a headline's phrase a place, a body, a channel or an event rather than a work
 * ("Isle of Wight", "MTV Europe Awards", "BBC One").
 */
const isNotWorkWord = (w: Word): boolean => NOT_WORK_HEADS.has(w.lower) || ORGANISATIONS.has(w.lower) || CALENDAR.has(w.lower);

/**
 * True when a title line's phrase may name a work: not a person's shape ("Ray Charles", "Dame
 * Julie"), not a surname led by a particle ("De Niro", "Van Gogh"), not led by a place or a people
 * ("US TV"; a title may end with one: "Little Britain"), no word of a place, a body, a channel or
 * an event. News headlines name people and bands far more often than works.
 */
function mayNameWork(ctx: WorksContext, sub: Run): boolean {
  const { words } = ctx;
  const lead = (words[sub.first] as Word).lower;
  if (personShaped(words, sub.first, sub.last) || PLACES_AND_PEOPLES.has(lead) || someWord(words, sub.first, sub.last, isNotWorkWord)) return false;
  return !(sub.last === sub.first + 1 && NAME_PARTICLES.has(lead)) && !joinedSurnames(ctx, sub);
}

/**
 * True for two single words joined by "and" or "&" that the text each writes right after a given
 * name ("Lorne and Vale" after "Sarah Lorne" and "Peter Vale"): a headline names two people
 * by their surnames so.
 */
function joinedSurnames(ctx: WorksContext, sub: Run): boolean {
  if (sub.last !== sub.first + 2) return false;
  const joiner = ctx.word(sub.first + 1);
  if (joiner.capitalised || !NAME_JOINERS.has(joiner.lower)) return false;
  return ctx.followsGivenName(ctx.word(sub.first).lower) && ctx.followsGivenName(ctx.word(sub.last).lower);
}

/** Most words of a title line before its colon looked at for a review word ("DVD review: X"). */
const REVIEW_WORD_REACH = 4;

/** Most words after the colon of "DVD review: X" that are taken as the title. */
const REVIEW_TITLE_WORDS = 12;

/**
 * 2c. What a title line that opens with a review word and a colon names ("DVD review: I, Robot",
 * "Film review: Harry Potter and the Prisoner of Azkaban"): the rest of the line, whole, commas and
 * all, when it starts with a capital and is no longer than a title.
 */
function reviewColonRest(ctx: WorksContext, title: Heading): Span | null {
  const { words, view } = ctx;
  const first = firstAtOrAfter(words, title.start);
  for (let k = first; k < words.length && k < first + REVIEW_WORD_REACH; k++) {
    const w = words[k] as Word;
    if (w.start >= title.end) return null;
    if (!REVIEW_WORDS.has(w.lower) || !view.startsWith(': ', w.end)) continue;
    const head = words[k + 1];
    const lastIndex = firstAtOrAfter(words, title.end) - 1;
    if (!head?.capitalised || head.start >= title.end || lastIndex - k > REVIEW_TITLE_WORDS) return null;
    let end = title.end;
    while (end > head.start && !isWordChar(view[end - 1])) end--;
    return { start: head.start, end };
  }
  return null;
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
  /** Those of the body's keys that a noun for a person or a band leads somewhere. */
  private readonly personKeys = new Set<string>();

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
    if (r.start >= title.start && r.end <= title.end) return;
    const key = this.ctx.lowerText(r);
    this.bodyKeys.add(key);
    // "R&B star Alicia Keys", "US rappers Beastie Boys": a noun for a person or a band before it.
    const before = this.ctx.words[r.first - 1];
    if (before && !before.capitalised && r.start - before.end === 1 && (ROLE_NOUNS.has(before.lower) || ACT_NOUNS.has(before.lower))) this.personKeys.add(key);
    // "Ada Lorne told the paper": a verb of speaking right after it, which no work does.
    const after = this.ctx.words[r.last + 1];
    if (after && !after.capitalised && after.start - r.end === 1 && SPEAKER_ONLY_VERBS.has(after.lower)) this.personKeys.add(key);
  }

  /** The title line's subject; none without a title line. */
  subject(): Finding[] {
    const { title, ctx, bodyKeys } = this;
    return title ? titleSubject(ctx, title, this.titleRuns, bodyKeys, this.personKeys) : [];
  }
}

/** The longest sub-phrase of a title run that the body repeats, else the work a review title names. */
function titleSubject(ctx: WorksContext, title: Heading, titleRunsList: readonly Run[], bodyKeys: ReadonlySet<string>, personKeys: ReadonlySet<string>): Finding[] {
  const { words } = ctx;
  let best: Span | null = null;
  for (const run of titleRunsList) {
    if (nameShaped(words, run)) continue;
    for (const sub of subRuns(words, run)) {
      const key = ctx.lowerText(sub);
      if (!bodyKeys.has(key)) continue;
      // The longest repeated phrase is the subject; when it names no work, this run names none.
      if (!personKeys.has(key) && mayNameWork(ctx, sub) && (!best || sub.end - sub.start > best.end - best.start)) best = sub;
      break;
    }
  }
  const bodyCounts = (): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const w of words) if (w.capitalised && (w.start < title.start || w.start >= title.end)) counts.set(w.lower, (counts.get(w.lower) ?? 0) + 1);
    return counts;
  };
  // A title line that names itself a review names the whole work reviewed ("DVD review: Harry
  // Potter and the Prisoner of Azkaban"), though the body repeats only a part of it ("Harry Potter").
  const reviewed = reviewColonRest(ctx, title) ?? reviewedWork(words, titleRunsList, bodyCounts);
  const subject = best && !(reviewed && reviewed.start <= best.start && reviewed.end >= best.end) ? best : reviewed;
  return subject ? [titleFinding(ctx.formOf(subject))] : [];
}

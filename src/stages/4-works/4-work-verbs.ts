/**
 * Pass 4, a subject of what only a work does or has: "X was released in 1999", "X first aired on
 * Fridays", "X premiered at Cannes", "X had two directors", "X has a huge cast". A person is
 * released from prison, airs a grievance and has a plot or a script, but no cast, no episodes and
 * no soundtrack, so the run is the work, unless it is shaped or used as a person's name.
 */
import { HONORIFICS } from '../../data/honorifics';
import { KNOWN_MAKER_SURNAMES } from '../../data/work-makers';
import { FIRM_ENDINGS, HAVING_VERBS, HELD_PART_GAP, HELD_WORK_PARTS, NAME_JOINERS, NON_TITLE_LEADS, NOT_SUBJECT_TAGS, RELEASE_ADVERBS, RELEASE_VERBS, STUDIO_ENDINGS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import { spacedLower } from '../../text/spaced-lower';
import type { Word } from '../../text/words';
import { titleFinding, withoutSentenceLead, type Finding, type WorksContext } from './context';
import { cutLongRun, trimRunEnd } from './cuts';
import { allCaps, isLoneNonTitle, isNoTitleWord, nameShaped, nounQualifies, personShaped, someWord } from './shapes';
import { isListedFirstName } from '../../text/listed-first-name';

/** wink's tags of a word after "aired" / "premiered" that keeps it intransitive: a preposition, or none (a mark). */
const AFTER_RELEASE_TAGS: ReadonlySet<string> = new Set(['ADP']);

/** wink's tags of the words between a verb of having and the part: a determiner, a number, an adjective or an adverb. */
const HELD_GAP_TAGS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'ADV']);

/** Index after one release adverb at `k` ("first", "originally"), or `k` itself. */
const pastAdverb = (words: readonly Word[], k: number): number => (RELEASE_ADVERBS.has(spacedLower(words, k)?.lower ?? '') ? k + 1 : k);

/**
 * True when the words from `k` say a work went out: "was" / "were", an adverb maybe, "released",
 * not "from" after it ("released from prison"); or "aired" / "premiered" with no object after it
 * ("aired on", "premiered at", "aired."), not "aired his views".
 */
function releasedAfter(ctx: WorksContext, k: number): boolean {
  const { words, view } = ctx;
  const be = spacedLower(words, k);
  if (!be) return false;
  if (be.lower === 'was' || be.lower === 'were') {
    const verb = spacedLower(words, pastAdverb(words, k + 1));
    return verb?.lower === 'released' && spacedLower(words, pastAdverb(words, k + 1) + 1)?.lower !== 'from';
  }
  const at = pastAdverb(words, k);
  const verb = spacedLower(words, at);
  if (!verb || !RELEASE_VERBS.has(verb.lower)) return false;
  const next = words[at + 1];
  if (!next || view.charCodeAt(verb.end) !== 0x20) return true;
  return next.spaceBefore && !next.capitalised && AFTER_RELEASE_TAGS.has(ctx.posAt(next.start));
}

/**
 * True when the words from `k` read a verb of having, up to {@link HELD_PART_GAP} determiners,
 * numbers, adjectives or adverbs, then a part only a work has that qualifies no noun after it and
 * is no "cast on" a limb ("had two directors", "has a huge cast").
 */
function holdsWorkPart(ctx: WorksContext, k: number): boolean {
  const { words } = ctx;
  const verb = spacedLower(words, k);
  if (!verb || !HAVING_VERBS.has(verb.lower)) return false;
  for (let p = k + 1; p <= k + 1 + HELD_PART_GAP; p++) {
    const w = spacedLower(words, p);
    if (!w) return false;
    if (HELD_WORK_PARTS.has(w.lower)) {
      const after = words[p + 1];
      if (after && after.spaceBefore && (after.lower === 'of' || after.lower === 'on')) return false;
      return !nounQualifies(ctx, after, false);
    }
    if (!HELD_GAP_TAGS.has(ctx.posAt(w.start))) return false;
  }
  return false;
}

/** A word that makes the subject a person's or a maker's: a given name, an honorific, a maker's surname. */
const isPersonWord = (w: Word): boolean => isListedFirstName(w.lower) || HONORIFICS.has(w.lower) || KNOWN_MAKER_SURNAMES.has(w.lower);

/** A joiner inside a run: two subjects ("Ann and Bob had a cast") more often than one title. */
const isJoiner = (w: Word): boolean => NAME_JOINERS.has(w.lower) && !w.capitalised;

/**
 * 4n. A run that opens its clause (the sentence's start, a mark, a conjunction or an adverb before
 * it) and is the subject of a release verb or of a verb of having a work's part. Not a person's or
 * a name's shape, no given name, honorific, maker, place, body or firm word, no joined pair; one
 * word only when it is no function word, no acronym, never written in lower case and no surname
 * of the text.
 */
export function readWorkVerb(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { words } = ctx;
  const k = full.last + 1;
  if (!releasedAfter(ctx, k) && !holdsWorkPart(ctx, k)) return;
  const run = trimRunEnd(words, cutLongRun(words, withoutClauseLead(ctx, withoutSentenceLead(words, full))));
  if (run.last !== full.last) return;
  const first = words[run.first] as Word;
  const before = words[run.first - 1];
  // "a film starring Ann Lee was released", "all the earlier Shonen were released": a run after a
  // verb, a noun, a preposition or a describing word is no subject; after a conjunction it is, and
  // after an adverb that opens the sentence ("Then X aired").
  if (before && first.spaceBefore && !before.capitalised && !OPENING_TAGS.has(ctx.posAt(before.start)) && !(ctx.opensSentence(before.start) && ctx.posAt(before.start) === 'ADV')) return;
  if (nameShaped(words, run) || personShaped(words, run.first, run.last) || NON_TITLE_LEADS.has(first.lower)) return;
  if (someWord(words, run.first, run.last, isPersonWord) || someWord(words, run.first, run.last, isNoTitleWord) || someWord(words, run.first, run.last, isJoiner)) return;
  const last = words[run.last] as Word;
  if (FIRM_ENDINGS.has(last.lower) || STUDIO_ENDINGS.has(last.lower)) return;
  if (run.last > run.first) {
    // "Dovrik Zalmann had a cast": two words whose last the text names alone are a person's.
    if (run.last === run.first + 1 && ctx.standsAlone(last.lower)) return;
    out.push(titleFinding(ctx.formOf(run)));
    return;
  }
  if (isLoneNonTitle(first.lower) || allCaps(ctx.view, first) || NOT_SUBJECT_TAGS.has(ctx.posAt(first.start)) || ctx.writesLower(first.lower)) return;
  if (ctx.isSurname(first.lower) || ctx.endsGivenName(first.lower) || ctx.followsGivenName(first.lower)) return;
  out.push(titleFinding(ctx.formOf(run)));
}

/** wink's tags of a lower-case word before a subject that opens a clause ("while", "and"). */
const OPENING_TAGS: ReadonlySet<string> = new Set(['CCONJ', 'SCONJ']);

/** wink's tags of a sentence's capitalised first word that opens a clause before the subject ("Before X aired", "When X", "Then X"). */
const CLAUSE_LEAD_TAGS: ReadonlySet<string> = new Set(['SCONJ', 'ADP', 'ADV', 'CCONJ']);

/** The run without its first word when that word opens the sentence and a clause ("Before Kimetsu no Yaiba aired"). */
function withoutClauseLead(ctx: WorksContext, run: Run): Run {
  const lead = ctx.word(run.first);
  if (run.last === run.first || !ctx.opensSentence(lead.start) || !CLAUSE_LEAD_TAGS.has(ctx.posAt(lead.start))) return run;
  const next = ctx.word(run.first + 1);
  return { first: run.first + 1, last: run.last, start: next.start, end: run.end };
}

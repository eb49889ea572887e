/**
 * Pass 1d: titles in capitals (`THE TERMINATOR`, `A YANK AT OXFORD`, `SCARFACE`) in a text that is
 * not itself shouting.
 */
import { ARTICLES, CAPS_LEAD_INS, CAPS_PREDICATE_LEADS, CAPS_TITLE_TAGS, LABEL_WORDS, REVIEW_WORDS, TITLE_CONNECTORS, WATCH_VERBS, WORK_NOUN_PLURALS, WORK_NOUNS } from '../../data/work-cues';
import { hasAsciiDigit } from '../../text/chars';
import type { Word } from '../../text/words';
import { isKnownTitleAnyCase } from './4-known-titles';
import { titleFinding, type Finding, type WorksContext } from './context';
import { allCaps, drawnOut, isLoneNonTitle, nounQualifies, opinionAt, personShaped, titleGap } from './shapes';

/** Above this share of words in capitals the text is shouting, and capitals mark no title. */
const SHOUTING_SHARE = 0.2;

/**
 * True when the gap between two words in capitals may stand inside one title: a title's gap, but no
 * "&" and no comma, which separates two titles of a list ("BUSTER AND BILLIE, WHITE LINE FEVER").
 */
function capsGap(view: string, a: Word, b: Word): boolean {
  if (!titleGap(view, a, b)) return false;
  const gap = view.slice(a.end, b.start);
  return !gap.includes('&') && !gap.includes(',');
}

/** Fewest lone words in capitals that are no noun ("VERY", "WEIRD", "NEEDED") that make a writer one who shouts for emphasis. */
const EMPHASIS_WORDS = 2;

/**
 * wink's tags of a word that is no noun nor a connector: a lone word in capitals with one of them
 * is emphasis ("VERY", "NEEDED", "COULD"); a lone "AND" or "THE" in capitals is a piece of a title
 * in capitals split by the text's punctuation as often.
 */
const EMPHASIS_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'VERB', 'AUX', 'PRON', 'INTJ', 'PART']);

/**
 * True when the text writes {@link EMPHASIS_WORDS} or more lone words of three letters or more in
 * capitals that are no nouns ("it was VERY good", "is RAMPANT"): its writer uses capitals for
 * emphasis, so one word in capitals is no title there (its labels and names in capitals are
 * no titles either: "VERDICT:", "TOMAS, GRETA"); a title of two words or more in capitals still
 * counts ("THE MARROW KING" from a writer who also writes "NOT"). `found` holds the runs in
 * capitals, first, last.
 */
function emphasises(ctx: WorksContext, found: readonly number[]): boolean {
  const { words } = ctx;
  let n = 0;
  for (let k = 0; k < found.length; k += 2) {
    const first = found[k] as number;
    if (first !== found[k + 1]) continue;
    const w = words[first] as Word;
    if (w.end - w.start >= 3 && EMPHASIS_TAGS.has(ctx.posAt(w.start)) && ++n >= EMPHASIS_WORDS) return true;
  }
  return false;
}

/**
 * 1d. A run of capitalised words with one of four letters or more, or one word of five letters or
 * more, none of them a label ("SPOILERS") and no content word one the text also writes in lower
 * case (emphasis: "it was REALLY bad ... really"). One pass over the words.
 */
export function capitalTitles(ctx: WorksContext): Finding[] {
  const { view, words } = ctx;
  const out: Finding[] = [];
  let caps = 0;
  let long = 0;
  // One pass: the share of words in capitals, and the runs of them (first, last, first, last, …),
  // each word tested once: a word in lower case ends a run, a gap that may not stand inside a
  // title ends it and starts the next.
  const found: number[] = [];
  let first = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const shouted = allCaps(view, w);
    if (w.end - w.start >= 2) {
      long++;
      if (shouted && w.capitalised) caps++;
    }
    if (!shouted) {
      if (first >= 0) found.push(first, i - 1);
      first = -1;
    } else if (first >= 0 && !capsGap(view, words[i - 1] as Word, w)) {
      found.push(first, i - 1);
      first = i;
    } else if (first < 0) {
      first = i;
    }
  }
  if (first >= 0) found.push(first, words.length - 1);
  if (caps === 0 || caps > long * SHOUTING_SHARE) return out;
  const emphatic = emphasises(ctx, found);
  // A word of two letters or more the text also writes in lower case.
  const writtenLower = (w: Word): boolean => w.end - w.start >= 2 && ctx.writesLower(w.lower);
  const take = (first: number, last: number): void => {
    // One short word ("I", "TV", "OK", the most common runs) is never a title: no arrays for it;
    // nor one word from a writer who shouts for emphasis (a label, a name or a cry there).
    if (first === last && (emphatic || (words[first] as Word).end - (words[first] as Word).start < 5)) return;
    // Edges: no "I" or connector at the start, no connector at the end ("I LOVED", "… OF").
    while (first < last && (words[first] as Word).lower === 'i') first++;
    while (last > first && TITLE_CONNECTORS.has((words[last] as Word).lower)) last--;
    const inside = words.slice(first, last + 1);
    const content = inside.filter((w) => !TITLE_CONNECTORS.has(w.lower));
    const longest = content.reduce((n, w) => Math.max(n, w.end - w.start), 0);
    if (content.length === 0 || longest < (first === last ? 5 : 4)) return;
    if (inside.some((w) => LABEL_WORDS.has(w.lower) || REVIEW_WORDS.has(w.lower)) || content.some(writtenLower)) return;
    if (first === last && isLoneNonTitle((words[first] as Word).lower)) return;
    if (personShaped(words, first, last) || content.some((w) => !CAPS_TITLE_TAGS.has(ctx.posAt(w.start)))) return;
    // A number in words is a number, not a title ("NINETY TWO minutes"); a drawn-out word is a
    // cry ("AWWWW", "NOOOO").
    if (content.every((w) => ctx.posAt(w.start) === 'NUM') || (content.length === 1 && drawnOut((content[0] as Word).lower))) return;
    // One word in capitals is mostly emphasis ("SOLID", "NOTHING"): only a noun counts.
    const lone = content.length === 1 ? (content[0] as Word) : null;
    if (lone && (ctx.posAt(lone.start) === 'ADJ' || lone.lower.endsWith('ly') || WORK_NOUNS.has(lone.lower) || WORK_NOUN_PLURALS.has(lone.lower))) return;
    // A common word in capitals inside a phrase: after an article ("the POINT of") or between
    // a word and the noun it qualifies ("best UNDERSTATED performances").
    const next = words[last + 1];
    const before = words[first - 1];
    const inPhrase = before !== undefined && !before.capitalised && (words[first] as Word).spaceBefore;
    if (lone && inPhrase && (ARTICLES.has(before.lower) || nounQualifies(ctx, next, false))) return;
    // A lone word shouted inside a clause ("was AWFUL", "a cult CLASSIC", "their APPETIZERS"): a
    // title there follows a preposition, a conjunction or a watch verb ("from CAMILLE").
    if (first === last && inPhrase && !CAPS_LEAD_INS.has(before.lower) && !WATCH_VERBS.has(before.lower)) return;
    // Right after a copula or an intensifier, capitals shout a predicate ("I was SHOCKED TO DEATH"),
    // unless readers know the title ("This is STAR WARS").
    if (before !== undefined && !before.capitalised && (words[first] as Word).spaceBefore && CAPS_PREDICATE_LEADS.has(before.lower) && !isKnownTitleAnyCase(ctx.formOf({ start: (words[first] as Word).start, end: (words[last] as Word).end }))) return;
    // An opinion word in capitals is emphasis ("DELETE this film", "PERFECT for a family").
    if (lone && opinionAt(ctx, lone)) return;
    // Shouting ends with "!" ("MAJOR PROBLEMS!!").
    if (view[(words[last] as Word).end] === '!') return;
    // Codes and ratings: "PG-13", "MI-21".
    if (inside.some((w) => hasAsciiDigit(w.lower))) return;
    out.push(titleFinding(ctx.formOf({ start: (words[first] as Word).start, end: (words[last] as Word).end })));
  };
  for (let k = 0; k < found.length; k += 2) take(found[k] as number, found[k + 1] as number);
  return out;
}

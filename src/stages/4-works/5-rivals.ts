/**
 * Pass 5: the rivals a work beat ("Harbour Lane beat Quiet Evening and The Grey Wing to the drama
 * prize", "The soap beat fellow show Silver Kettle", "Dust won the film award, beating Night Orchard and
 * Low Tide"): news of prizes and charts sets a work against works of its own race, so the
 * title-case items a verb of beating takes, where a work found by another pass (or "the" and a kind
 * of work) is its subject, are works too, unless shaped as a person's, a place's or a body's name.
 */
import { HONORIFICS } from '../../data/honorifics';
import { GIVEN_NAMES } from '../../data/given-names';
import { GENRE_CUES, KIND_OF_WORK_NOUNS, RACE_VERBS, RIVAL_AUXILIARIES, RIVAL_LEADS, RIVAL_PARTICIPLES, RIVAL_VERBS, WORK_NOUNS } from '../../data/work-cues';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import { isSpacedLower } from '../../text/spaced-lower';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { splitAtJoiners } from './cuts';
import { allCaps, isNoTitleWord, nameShaped, personShaped, someWord } from './shapes';

/** Most words a sentence's subject clause may hold before a participle of beating ("X picked up the best film award, beating"). */
const CLAUSE_REACH = 24;

/** Determiners that open a subject naming a kind of work ("The soap beat", "This film beat"). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this']);

/** Most items read after the verb ("beat A, B, C and D"). */
const ITEMS_AT_MOST = 6;

/** Whether a found title starts or ends at a word (by the word's index). */
interface Mentions {
  startsAt(i: number): boolean;
  endsAt(j: number): boolean;
}

/**
 * Where found titles are written, asked per word: a title starts at word `i` when the text from
 * that word's start to some later word's end, in lower case, is a found title. Each question looks
 * only as far as the longest found title, so a text naming thousands of titles costs no more per
 * question than one naming a handful.
 */
function mentionsOf(ctx: WorksContext, found: ReadonlySet<string>): Mentions {
  const { words, lower } = ctx;
  let longest = 0;
  for (const key of found) longest = Math.max(longest, key.length);
  const isTitle = (i: number, j: number): boolean => found.has(lower.slice((words[i] as Word).start, (words[j] as Word).end));
  return {
    startsAt(i) {
      const from = (words[i] as Word).start;
      for (let j = i; j < words.length && (words[j] as Word).end - from <= longest; j++) if (isTitle(i, j)) return true;
      return false;
    },
    endsAt(j) {
      const to = (words[j] as Word).end;
      for (let i = j; i >= 0 && to - (words[i] as Word).start <= longest; i--) if (isTitle(i, j)) return true;
      return false;
    },
  };
}

/** True for a noun naming a kind of work ("film", "soap", "thriller"). */
const isKind = (lower: string): boolean => WORK_NOUNS.has(lower) || KIND_OF_WORK_NOUNS.has(lower) || GENRE_CUES.has(lower);

/**
 * True when "It" at word `j` opens its sentence and the sentence before opens with a found title
 * ("X leads the field with 14 nominations. It is up against …"): news names the work, then goes on
 * with "it".
 */
function afterWorkSentence(ctx: WorksContext, j: number, m: Mentions): boolean {
  const { words } = ctx;
  if (!ctx.opensSentence((words[j] as Word).start)) return false;
  for (let i = j - 1; i >= 0 && i >= j - 2 * CLAUSE_REACH; i--) {
    if (ctx.opensSentence((words[i] as Word).start)) return m.startsAt(i);
  }
  return false;
}

/**
 * True when the words before the verb at `k` are its subject and name a work: a found title ending
 * right before it (maybe past an auxiliary and an adverb: "X has narrowly beaten"), "the"/"this"
 * opening the sentence before a kind of work, maybe past capitalised qualifiers ("The soap beat",
 * "The BBC show beat"), or a found title's possessive before up to two lower-case words ending in a
 * kind of work ("X's second series beat").
 */
function workSubject(ctx: WorksContext, k: number, m: Mentions): boolean {
  const { words } = ctx;
  let j = k - 1;
  const adverb = words[j];
  if (isSpacedLower(adverb) && ctx.posAt(adverb.start) === 'ADV') j--;
  const aux = words[j];
  if (isSpacedLower(aux) && RIVAL_AUXILIARIES.has(aux.lower)) j--;
  else if ((words[k] as Word).lower === 'beaten') return false;
  const last = words[j];
  if (!last) return false;
  if (last.lower === 'it' && last.capitalised) return afterWorkSentence(ctx, j, m);
  if (last.capitalised) return !last.possessive && m.endsAt(j) && ctx.view.slice(last.end, (words[j + 1] as Word).start) === ' ';
  if (!isKind(last.lower)) return false;
  let i = j - 1;
  while (i > j - 3 && words[i]?.capitalised === true && !(words[i] as Word).possessive && !SUBJECT_DETERMINERS.has((words[i] as Word).lower)) i--;
  const before = words[i];
  if (before && SUBJECT_DETERMINERS.has(before.lower)) return ctx.opensSentence(before.start);
  for (i = j - 1; i >= j - 3 && i >= 0; i--) {
    const w = words[i] as Word;
    if (w.capitalised) return w.possessive && m.endsAt(i);
    if (!w.spaceBefore) return false;
  }
  return false;
}

/**
 * True when the participle at `k` follows a comma right after a found title ("the comedy prize for
 * X, beating") or in a sentence that opens with one ("X picked up the award, beating"): the work is
 * what the participle hangs on.
 */
function workClause(ctx: WorksContext, k: number, m: Mentions): boolean {
  const { words, view } = ctx;
  const verb = words[k] as Word;
  const prev = words[k - 1];
  if (!prev || view.slice(prev.end, verb.start).trim() !== ',') return false;
  if (prev.capitalised && !prev.possessive && m.endsAt(k - 1)) return true;
  for (let i = k - 1; i >= 0 && i >= k - CLAUSE_REACH; i--) {
    if (ctx.opensSentence((words[i] as Word).start)) return m.startsAt(i);
  }
  return false;
}

/** True when a list item may be a work's title: no person's, place's or body's name, no given name or surname alone, no word in capitals alone. */
function titleItem(ctx: WorksContext, item: Run): boolean {
  const { words } = ctx;
  const lead = words[item.first] as Word;
  if (personShaped(words, item.first, item.last) || nameShaped(words, item) || HONORIFICS.has(lead.lower)) return false;
  if (someWord(words, item.first, item.last, isNoTitleWord)) return false;
  if (item.first === item.last && (GIVEN_NAMES.has(lead.lower) || isListedFirstName(lead.lower) || allCaps(ctx.view, lead) || ctx.isSurname(lead.lower))) return false;
  return true;
}

/**
 * The items the verb at `k` takes: title-case runs after it, past "fellow", "rival", "the
 * favourite", joined by commas and "and"; an owner's possessive before an item is skipped
 * ("Channel 4's X") and keeps the item whole, and so is a capitalised word qualifying a kind of
 * work ("fellow ITV1 show X").
 */
function rivalsAfter(ctx: WorksContext, k: number, out: Finding[]): void {
  const { words, view } = ctx;
  let i = k + 1;
  while (isSpacedLower(words[i]) && RIVAL_LEADS.has((words[i] as Word).lower) && i < k + 3) i++;
  let taken = 0;
  let owned = false;
  while (taken < ITEMS_AT_MOST) {
    const run = ctx.runFrom(i);
    if (!run) return;
    const after = words[run.last + 1];
    // An owner ("Channel 4's X") or a capitalised qualifier before a kind of work ("ITV1 show X"): the item follows.
    if ((words[run.last] as Word).possessive) {
      i = run.last + 1;
      owned = true;
      continue;
    }
    if (isSpacedLower(after) && isKind(after.lower) && words[run.last + 2]?.capitalised === true) {
      i = run.last + 2;
      continue;
    }
    // An owner's run is one title of that owner ("Vale's Salt and Stone"), "and" and all.
    for (const item of owned ? [run] : splitAtJoiners(words, run, false)) {
      if (titleItem(ctx, item)) out.push(titleFinding(ctx.formOf(item)));
      taken++;
    }
    owned = false;
    if (!after) return;
    const gap = view.slice((words[run.last] as Word).end, after.start).trim();
    if (gap === ',' && after.capitalised) i = run.last + 1;
    else if ((gap === '' || gap === ',') && !after.capitalised && after.lower === 'and' && words[run.last + 2]?.capitalised === true) i = run.last + 2;
    else return;
  }
}

/** True when a verb of {@link RACE_VERBS} stands right before the "with" / "against" at `k` ("up" only before "against"). */
function raceVerbBefore(words: readonly Word[], k: number): boolean {
  const v = words[k - 1];
  if (!isSpacedLower(v) || !isSpacedLower(words[k]) || !RACE_VERBS.has(v.lower)) return false;
  return v.lower !== 'up' || (words[k] as Word).lower === 'against';
}

/**
 * The works the found works beat: for each verb of {@link RIVAL_VERBS}, or of {@link RACE_VERBS}
 * before "with" / "against", whose subject is a found title, "the" and a kind of work or "It" after
 * a sentence a found title opens ({@link workSubject}), or a participle after a comma in a
 * sentence a found title opens ({@link workClause}), the title-case items after it ({@link rivalsAfter}).
 */
export function rivalTitles(ctx: WorksContext, found: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  if (found.size === 0) return out;
  const { words } = ctx;
  let m: Mentions | null = null;
  for (let k = 1; k < words.length; k++) {
    const verb = words[k] as Word;
    if (verb.capitalised) continue;
    // "compete with", "competing against", "up against": the verb stands before the preposition.
    const race = (verb.lower === 'against' || verb.lower === 'with') && raceVerbBefore(words, k);
    if (race) {
      m ??= mentionsOf(ctx, found);
      if (workSubject(ctx, k - 1, m)) rivalsAfter(ctx, k, out);
      continue;
    }
    if (!RIVAL_VERBS.has(verb.lower)) continue;
    m ??= mentionsOf(ctx, found);
    // A participle after a comma hangs on the clause before it; any other form follows its subject after a space.
    if (verb.spaceBefore ? workSubject(ctx, k, m) : RIVAL_PARTICIPLES.has(verb.lower) && workClause(ctx, k, m)) rivalsAfter(ctx, k, out);
  }
  return out;
}

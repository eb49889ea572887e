/**
 * Stage 4c, the title role: "A in the title role", "A, who plays the eponymous character", "A was
 * superb as the titular character". The part is the one the work is named after, so its name is
 * the work's title: the title of the work the sentence names after the phrase, else of the work the
 * text is about (named at least twice as often as any other). The part is the entity written as the title (made a character, as the words
 * say it is one), or a character named by the title's first word ("Forrest" of "Forrest Gump"),
 * or else a new character at the title's mentions. A title that reads as no one's name (an
 * article first, more than {@link MAX_TITLE_WORDS} words, a lower-case word) names no part.
 * The actor is the real person named nearest before the phrase in its clause, a few words away,
 * with no other name between. Every phrase reads a bounded window, so the pass is linear.
 */
import { TITLE_ROLE_LEADS, TITLE_ROLE_NOUNS, TITLE_ROLE_WORDS } from '../../data/casting-vocab';
import { HONORIFICS } from '../../data/honorifics';
import { ARTICLES } from '../../data/work-cues';
import { bareTitle } from '../../text/bare-title';
import { isListedFirstName } from '../../text/listed-first-name';
import { isModelWord } from '../../wink';
import { isLetter, isUpper } from '../../text/chars';
import type { Span } from '../../types';
import type { EntityDraft, NormalizedText, WorkDraft } from '../stage-types';
import { MAKER_ROLES, SENTENCE_END } from './link-casting-as';
import { castTitlePart } from './link-casting-title-part';

/** The most words a title may have to be a part's name ("Vera Drake", "John Q"). */
const MAX_TITLE_WORDS = 3;
/** The most words between the actor's name and the phrase ("A, heartbreaking in", "A's performance as"). */
const MAX_GAP_WORDS = 6;
/** The most characters between the actor's name and the phrase: {@link MAX_GAP_WORDS} long words. */
const MAX_GAP_CHARS = 160;
/**
 * How every phrase {@link phraseEnd} reads opens: `the`, a word of {@link TITLE_ROLE_WORDS}, a space.
 * A text with none has no phrase, and the pass reads nothing else: one search for all the words,
 * where the phrases' own reading stops at every `the` of the text.
 */
const TITLE_ROLE_OPENING = new RegExp(`the (?:${[...TITLE_ROLE_WORDS].join('|')}) `);
/** Words in the gap that say the actor is someone not named ("whoever played the title role"). */
const UNNAMED = new Set(['whoever', 'anyone', 'someone', 'nobody', 'everyone']);

/**
 * Links the actors the title-role phrases name to the parts the works' titles name; returns the
 * characters made for titles no entity holds (the caller adds them to the entities).
 */
export function linkTitleRoles(input: NormalizedText, entities: EntityDraft[], works: readonly WorkDraft[]): EntityDraft[] {
  const { view, lower } = input;
  const made: EntityDraft[] = [];
  if (works.length === 0 || !TITLE_ROLE_OPENING.test(lower)) return made;
  const madeFor = new Set<WorkDraft>();
  const mentions: { m: Span; e: number }[] = [];
  entities.forEach((entity, e) => {
    for (const m of entity.mentions) mentions.push({ m, e });
  });
  mentions.sort((a, b) => a.m.start - b.m.start);
  const main = mainWork(works);
  // Every work mention by its start, read with a pointer as the phrases go on.
  const workStarts: { at: number; w: WorkDraft }[] = [];
  for (const w of works) for (const m of w.mentions) workStarts.push({ at: m.start, w });
  workStarts.sort((a, b) => a.at - b.at);
  let nextWork = 0;
  const partOf = new Map<string, number | undefined>();
  let next = 0;
  for (let at = lower.indexOf('the ', 0); at >= 0; at = lower.indexOf('the ', at + 4)) {
    const end = phraseEnd(lower, at);
    if (end < 0 || !TITLE_ROLE_LEADS.has(wordBefore(lower, at))) continue;
    while (next < mentions.length && (mentions[next] as { m: Span }).m.end <= at) next++;
    const before = mentions[next - 1];
    if (!before || !actorGap(lower, before.m.end, at)) continue;
    const actor = entities[before.e] as EntityDraft;
    if (actor.kind !== 'person' || actor.roles.some((r) => MAKER_ROLES.has(r))) continue;
    while (nextWork < workStarts.length && (workStarts[nextWork] as { at: number }).at < end) nextWork++;
    const work = workInClause(lower, workStarts[nextWork], end) ?? main;
    const title = work ? titleOf(view, work) : undefined;
    if (!work || title === undefined) continue;
    // Each title's part is looked for once: the phrases of a text name few titles.
    if (!partOf.has(title)) partOf.set(title, partNamed(view, entities, title, before.e));
    const part = partOf.get(title);
    if (part === before.e) continue;
    castTitlePart(entities, work, part, before.e, made, madeFor);
  }
  return made;
}

/** The end of `the title role` (a word of {@link TITLE_ROLE_WORDS}, then a noun of {@link TITLE_ROLE_NOUNS}) at `at`, or -1. */
function phraseEnd(lower: string, at: number): number {
  let k = at + 4;
  let word = wordAt(lower, k);
  if (!TITLE_ROLE_WORDS.has(word) || lower[k + word.length] !== ' ') return -1;
  k += word.length + 1;
  word = wordAt(lower, k);
  return TITLE_ROLE_NOUNS.has(word) && !isLetter(lower[k + word.length] ?? '') ? k + word.length : -1;
}

/** The letters from `k` (at most a long word's). */
function wordAt(lower: string, k: number): string {
  let end = k;
  while (end < lower.length && end - k < 12 && isLetter(lower[end] as string)) end++;
  return lower.slice(k, end);
}

/** The word right before the space before `at`. */
function wordBefore(lower: string, at: number): string {
  if (lower[at - 1] !== ' ') return '';
  let k = at - 1;
  while (k > 0 && at - 1 - k < 12 && isLetter(lower[k - 1] as string)) k--;
  return lower.slice(k, at - 1);
}

/** True when the text from `from` to `to` stays in one clause, holds at most {@link MAX_GAP_WORDS} words and none that says the actor is unnamed. */
function actorGap(lower: string, from: number, to: number): boolean {
  // A few words are a few dozen characters: a longer gap is read no further, so each phrase costs
  // a bounded read however far back the last name stands.
  if (to - from > MAX_GAP_CHARS) return false;
  const gap = lower.slice(from, to);
  for (const ch of gap) if (SENTENCE_END.includes(ch) || ch === '(' || ch === ')') return false;
  const words = gap.split(/[^\p{L}']+/u).filter((w) => w.length > 0 && w !== "'s" && w !== 's');
  return words.length <= MAX_GAP_WORDS && !words.some((w) => UNNAMED.has(w));
}

/** How far after the phrase its clause is read for a work, in characters. */
const CLAUSE_REACH = 120;

/** The work of `first`, the first work mention after the phrase ending at `from`, when it stands in the same clause ("played the title role in Alexander"); else undefined. */
function workInClause(lower: string, first: { at: number; w: WorkDraft } | undefined, from: number): WorkDraft | undefined {
  if (!first || first.at - from > CLAUSE_REACH) return undefined;
  for (let k = from; k < first.at; k++) if (SENTENCE_END.includes(lower[k] as string)) return undefined;
  return first.w;
}

/**
 * The work the text is about: named at least twice as often as any other (or the one work named),
 * so a text of many works ("King" among a list of films) gives none.
 */
function mainWork(works: readonly WorkDraft[]): WorkDraft | undefined {
  let first: WorkDraft | undefined;
  let second = 0;
  for (const w of works) {
    const n = w.mentions.length;
    if (!first || n > first.mentions.length) {
      second = first?.mentions.length ?? 0;
      first = w;
    } else if (n > second) second = n;
  }
  return first && first.mentions.length > 0 && first.mentions.length >= 2 * second ? first : undefined;
}

/**
 * The title of `work` as its first mention writes it, when it reads as someone's name: every word
 * capitalised, at most {@link MAX_TITLE_WORDS}, no article first, and first a given name, a title
 * or no word of the language ("Vera Drake", "Mr. Benn", "Gunga Din"); else undefined. A title of
 * common words ("Sweet Charity") gives no name the part is called by.
 */
function titleOf(view: string, work: WorkDraft): string | undefined {
  const m = work.mentions[0];
  if (!m) return undefined;
  const title = view.slice(m.start, m.end).trim();
  const words = title.split(/\s+/);
  const lead = (words[0] as string).toLowerCase();
  if (words.length > MAX_TITLE_WORDS || ARTICLES.has(lead) || !words.every((w) => isUpper(w[0]))) return undefined;
  const bare = bareTitle(lead);
  return isListedFirstName(bare) || HONORIFICS.has(bare) || !isModelWord(bare) ? title : undefined;
}

/**
 * The entity, other than the actor `actor`, written as `title` somewhere, or a character written
 * as the title's first word alone (a part's given name), or undefined.
 */
function partNamed(view: string, entities: readonly EntityDraft[], title: string, actor: number): number | undefined {
  const want = title.toLowerCase();
  const first = want.split(/\s+/)[0] as string;
  let given: number | undefined;
  for (let e = 0; e < entities.length; e++) {
    if (e === actor) continue;
    const entity = entities[e] as EntityDraft;
    for (const m of entity.mentions) {
      const text = view.slice(m.start, m.end).toLowerCase();
      if (text === want) return e;
      if (given === undefined && first !== want && text === first && entity.kind === 'character') given = e;
    }
  }
  return given;
}

/**
 * Stage 4c, casting: the character-level readers the casting patterns of `link-casting.ts` share:
 * a whole word at an offset, the offset after one of a few words, where an appositive ends. Each
 * reads a bounded window, so a pattern stays linear in mentions.
 */
import { BRACKET_CASTING_LEADS, CAST_APPOSITION_NOUNS, CAST_WORK_NOUNS, MANNER_WORDS, MAX_CAST_APPOSITION_GAP, MAX_CAST_WORK_GAP, SUBJECT_PRONOUNS, VENUE_WORDS, VERBS_AFTER_PART } from '../../data/casting-vocab';
import { ABBREVIATED_NAME_SUFFIXES } from '../../data/name-cue-words';
import { INSTITUTION_WORDS } from '../../data/not-names';
import { OPEN_QUOTES } from '../../data/name-marks';
import { PERFORMANCE_NOUNS, ROLE_NOUNS } from '../../data/role-words';
import { isApostrophe, isLetter, isLower, isUpper } from '../../text/chars';
import { castingLeadAt } from '../../text/casting-lead';
import { WORD_FIRST_NAMES } from '../../text/first-names';
import { isListedFirstName } from '../../text/listed-first-name';
import type { EntityDraft } from '../stage-types';

/** The longest word the readers take, in characters: a longer run is no word they look for. */
export const MAX_WORD = 24;

/** A character of a word of a name as the casting readers read one: a letter, a digit, a dot, an apostrophe or a hyphen. */
const RUN_CHAR = /[\p{L}\p{Nd}.'’-]/u;

/** True for a character of {@link RUN_CHAR}; an ASCII one is read by its code, with no expression run (most of a text). */
export function isRunChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45;
  return RUN_CHAR.test(ch);
}

/** Words of manner allowed between a casting verb and its `by` ("played very well by"). */
export const MAX_MANNER_WORDS = 2;

/** True when `word` tells how a part was played: a listed word of manner or an adverb in `-ly`. */
export function isMannerWord(word: string): boolean {
  return MANNER_WORDS.has(word) || (word.length > 4 && word.endsWith('ly'));
}

/** The lower-case word of `view` that ends at `end` (small letters and hyphens) and where it starts, or null. */
export function wordBefore(view: string, end: number): { word: string; start: number } | null {
  let k = end;
  while (k > 0 && end - k < MAX_WORD && (isLower(view[k - 1] as string) || view[k - 1] === '-')) k--;
  if (k === end || isLetter(view[k - 1] ?? '')) return null;
  return { word: view.slice(k, end), start: k };
}

/** The start of the word that ends at `end` (letters, hyphens, apostrophes), or `end` when there is none. */
export function wordStartBefore(text: string, end: number): number {
  let k = end;
  while (k > 0 && end - k < MAX_WORD && (isLetter(text[k - 1]) || text[k - 1] === "'" || text[k - 1] === '’' || text[k - 1] === '-')) k--;
  return k;
}

/** The lower-case word after the one space at `at`, or ''. */
export function wordAfter(lower: string, at: number): string {
  if (lower[at] !== ' ') return '';
  let k = at + 1;
  while (k < lower.length && k - at <= MAX_WORD && isLetter(lower[k] as string)) k++;
  return lower.slice(at + 1, k);
}

/** How far an appositive may run between a name and its `is` or `played by`, in characters. */
export const MAX_APPOSITIVE = 60;
/** Marks that end a clause or an appositive. */
export const CLAUSE_END = '.!?;:\n()[]"“”';

/** Where the appositive that starts at `at` (just after `, `) ends at its closing comma, or -1. */
export function appositiveEnd(view: string, at: number, stopAtCapital: boolean): number {
  const limit = Math.min(view.length, at + MAX_APPOSITIVE);
  for (let k = at; k < limit; k++) {
    const ch = view[k] as string;
    if (ch === ',') return k;
    if (CLAUSE_END.includes(ch)) return -1;
    if (stopAtCapital && isUpper(ch) && (k === at || view[k - 1] === ' ')) return -1;
  }
  return -1;
}

/** True when `lower` has `word` as a whole word at `at`. */
export function wordAt(lower: string, at: number, word: string): boolean {
  return lower.startsWith(word, at) && !isLetter(lower[at + word.length] ?? '');
}

/**
 * Where the lower-case word (letters and inner hyphens) that starts at `at` ends, read at most
 * {@link MAX_WORD} characters: `at` itself when none starts there.
 */
export function lowerWordEnd(view: string, at: number): number {
  let end = at;
  while (end < view.length && end - at < MAX_WORD && (isLower(view[end] as string) || view[end] === '-')) end++;
  return end;
}

/** Offset right after one of `words` and a space at `at`, or -1. */
export function afterWord(lower: string, at: number, words: readonly string[]): number {
  for (const w of words) if (wordAt(lower, at, w) && lower[at + w.length] === ' ') return at + w.length + 1;
  return -1;
}

/**
 * True when a capitalised word and its possessive start at `at` ("Han's old friend"): an
 * appositive that describes someone by another's name. Reads at most {@link MAX_WORD} letters.
 */
export function possessiveNameAt(view: string, lower: string, at: number): boolean {
  if (!isUpper(view[at])) return false;
  let k = at + 1;
  while (k < view.length && k - at < MAX_WORD && isLetter(view[k] as string)) k++;
  if (!isApostrophe(view[k])) return false;
  if (lower[k + 1] === 's') k++;
  return view[k + 1] === ' ';
}

/** A mention of the entity at index `entity`. */
export interface EntityMention {
  start: number;
  end: number;
  entity: number;
}

/**
 * Where a mention that ends at `end` ends for the casting readers: past the dot of an abbreviated
 * suffix that ends the name ("A Jr. plays C", "A Snr., who plays C") when a lower-case word, a
 * comma, a semicolon or a closing bracket goes on the sentence after it; else `end`.
 */
export function endPastSuffixDot(view: string, end: number): number {
  if (view[end] !== '.') return end;
  let k = end;
  while (k > 0 && end - k < 4 && isLetter(view[k - 1] as string)) k--;
  const word = view.slice(k, end);
  if (!isUpper(word[0]) || !ABBREVIATED_NAME_SUFFIXES.has(word.toLowerCase()) || view[k - 1] !== ' ') return end;
  const after = view[end + 1];
  if (after === ',' || after === ';' || after === ')') return end + 1;
  return after === ' ' && isLower(view[end + 2] ?? '') ? end + 1 : end;
}

/**
 * Every mention of every entity, in text order; with `view`, a mention's end is read past the dot
 * of its name's suffix ({@link endPastSuffixDot}).
 */
export function mentionsInOrder(entities: readonly EntityDraft[], view?: string): EntityMention[] {
  const mentions: EntityMention[] = [];
  entities.forEach((e, entity) => {
    for (const m of e.mentions) mentions.push({ start: m.start, end: view === undefined ? m.end : endPastSuffixDot(view, m.end), entity });
  });
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * `mentions` ({@link mentionsInOrder} of `entities`, read before) as it is now, when the passes
 * since have at most emptied entities: the mentions of every emptied entity left out. The order a
 * new reading would give, without a sort; the casting passes share one reading so.
 */
export function stillMentioned(mentions: readonly EntityMention[], entities: readonly EntityDraft[]): readonly EntityMention[] {
  let count = 0;
  for (const e of entities) count += e.mentions.length;
  return count === mentions.length ? mentions : mentions.filter((m) => (entities[m.entity] as EntityDraft).mentions.length > 0);
}

/** The entities that already play someone. */
export function actorsOf(entities: readonly EntityDraft[]): Set<number> {
  const actors = new Set<number>();
  for (const e of entities) if (e.playedBy !== null) actors.add(e.playedBy);
  return actors;
}

/**
 * True when the part at `part` follows `as` after a noun of performance ("whose performance as C",
 * "her turn as C"): the noun says the name is a part, so the clause may go on after it with a verb
 * or a subject ({@link clauseGoesOn}: "whose performance as C I enjoyed", "whose turn as C was
 * inspiring") where a bare `as C` must end its phrase.
 */
export function performanceAs(view: string, part: number): boolean {
  const as = view[part - 1] === ' ' ? wordBefore(view, part - 1) : null;
  if (as?.word !== 'as' || view[as.start - 1] !== ' ') return false;
  return PERFORMANCE_NOUNS.has(wordBefore(view, as.start - 1)?.word ?? '');
}

/** True when a lone `I` stands at `at`: the pronoun, not a letter of a longer word ("Ivy") or an initial ("I."). */
export function loneI(view: string, at: number): boolean {
  return view[at] === 'I' && !(isLetter(view[at + 1]) || view[at + 1] === '.');
}

/** True when a verb of {@link VERBS_AFTER_PART} or a subject pronoun follows the name that ends at `end`: the clause goes on, no longer name does. */
export function clauseGoesOn(view: string, lower: string, end: number): boolean {
  if (view[end] !== ' ' || (isUpper(view[end + 1]) && !loneI(view, end + 1))) return false;
  const word = wordAfter(lower, end);
  return VERBS_AFTER_PART.has(word) || SUBJECT_PRONOUNS.has(word);
}

/**
 * True when the capitalised run `words` (lower case) after a form of `play` names a place one plays,
 * not a part: one word right after the plain verb (`plain`) that is no given name ("will play
 * Hampden", "tries to play God"), unless `cast` says the text casts it (an actor plays it, or
 * {@link castAfter}: "is to play Zorin in the new film"); or a run that ends on a word of a place
 * and is no given name and surname ("played Carnegie Hall", "the Bowl"; not "got to play Annie
 * Hall"). One word after a verb with an ending is a part unless it is a place after an article:
 * "plays House" is a part.
 */
export function playedPlace(words: readonly string[], plain: boolean, article: boolean, cast = false): boolean {
  const last = words[words.length - 1] ?? '';
  if (words.length === 1 && plain) return !cast && !isListedFirstName(last);
  if ((words.length === 1 && !article) || (!INSTITUTION_WORDS.has(last) && !VENUE_WORDS.has(last))) return false;
  return !(words.length === 2 && isListedFirstName(words[0] as string));
}

/**
 * True when the words right after a name that ends at `end` put it in a cast, not on a tour: `in`
 * and, within {@link MAX_CAST_WORK_GAP} words, a noun of a work ({@link CAST_WORK_NOUNS}: "in the
 * new film", "in a stage version") or a work's title (`blocked` marks titles); `opposite` another
 * player; `, who`, said of a person; or an apposition that says someone ({@link appositionOfSomeone}:
 * ", the girl at the centre of the story"). A venue is played on a date, at a festival, on a tour.
 */
export function castAfter(view: string, lower: string, end: number, blocked: Uint8Array): boolean {
  if (lower.startsWith(', who ', end) || lower.startsWith(' opposite ', end)) return true;
  if (appositionOfSomeone(view, lower, end)) return true;
  if (!lower.startsWith(' in ', end)) return false;
  let k = end + 4;
  for (let n = 0; n <= MAX_CAST_WORK_GAP && k < lower.length; n++) {
    // A title may open on its quote mark ("in \u201cHarbour of Ash\u201d").
    if (blocked[k] === 1 || (OPEN_QUOTES.includes(view[k] as string) && blocked[k + 1] === 1)) return true;
    let e = k;
    while (e < lower.length && e - k < MAX_WORD && lower[e] !== '.' && isRunChar(lower[e] as string)) e++;
    if (e === k) return false;
    if (CAST_WORK_NOUNS.has(lower.slice(k, e))) return true;
    if (view[e] !== ' ') return false;
    k = e + 1;
  }
  return false;
}

/** Articles that open an apposition after a name (", the girl who", ", a lonely keeper"). */
const APPOSITION_ARTICLES: readonly string[] = [', the ', ', a ', ', an '];

/**
 * True when an apposition right after the name that ends at `end` is headed by a noun of someone
 * ({@link CAST_APPOSITION_NOUNS}): a comma, an article, then within {@link MAX_CAST_APPOSITION_GAP}
 * lower-case words the noun ("Fern, the girl at the centre", "Quill, a lonely old keeper"). A word
 * with a capital, a digit or a mark ends the search: the apposition then names something else.
 */
function appositionOfSomeone(view: string, lower: string, end: number): boolean {
  const article = APPOSITION_ARTICLES.find((a) => lower.startsWith(a, end));
  if (article === undefined) return false;
  let k = end + article.length;
  for (let n = 0; n < MAX_CAST_APPOSITION_GAP && k < lower.length; n++) {
    let e = k;
    while (e < lower.length && e - k < MAX_WORD && (isLower(view[e]) || view[e] === "'" || view[e] === '’' || view[e] === '-')) e++;
    if (e === k) return false;
    if (CAST_APPOSITION_NOUNS.has(lower.slice(k, e))) return true;
    if (view[e] !== ' ') return false;
    k = e + 1;
  }
  return false;
}

/** True when the run `words` (lower case) ends on a noun of a job ("Executive Producer", "Host"): a post someone holds, not a part. */
export function jobTitle(words: readonly string[]): boolean {
  return ROLE_NOUNS.has(words[words.length - 1] ?? '');
}

/**
 * True when some mention of `e` is a first name and more ("Richard Attenborough"): an actor is
 * named so somewhere, where a hero name in brackets ("Tony Stark (Iron Man)") never is.
 */
export function namedInFull(view: string, lower: string, e: EntityDraft): boolean {
  return e.mentions.some((m) => {
    let space = m.start;
    while (space < m.end && view[space] !== ' ') space++;
    if (space >= m.end) return false;
    const first = lower.slice(m.start, space);
    return isListedFirstName(first) || WORD_FIRST_NAMES.has(first);
  });
}

/** True when the mention `start`..`end` fills a bracket alone: `(A)`, or `(A.)` after an initial or a suffix the mention leaves out. */
export function bracketedActor(view: string, start: number, end: number): boolean {
  return view[start - 1] === '(' && closesBracket(view, end);
}

/** The longest word read back before a list's comma. */
const MAX_LIST_WORD = 40;

/**
 * True when the name at `start` is an item after a list's comma: a comma right before it (after
 * at most one space) that itself follows a capitalised word ("A B, C D, (E)": the bracket goes on
 * the list). After a lower-case word the comma sets off an apposition ("her husband, Tom, (A)").
 */
export function listItemAt(view: string, start: number): boolean {
  let j = start - 1;
  if (view[j] === ' ') j--;
  if (j < 1 || view[j] !== ',') return false;
  let k = j - 1;
  while (k >= 0 && j - k <= MAX_LIST_WORD && isLetter(view[k] as string)) k--;
  const first = view[k + 1];
  return k + 1 < j && first !== undefined && first !== first.toLowerCase();
}

/**
 * Where the bracket right after a name that ends at `end` opens, or -1: one space or none, or a
 * comma and a space ("Ruth, (Ann Vell) a widow": the comma sets the name off, the bracket still
 * belongs to it; not when the name, from `start`, is itself an item after a list's comma), and
 * the name's possessive may stand between ("Grace's (Ann Vell) husband": the part's own name, its
 * actor in brackets).
 */
export function bracketAfter(view: string, lower: string, end: number, start = end): number {
  let at = end;
  if (isApostrophe(view[at]) && lower[at + 1] === 's' && !isLetter(view[at + 2] ?? '')) at += 2;
  else if (view[at] === ',' && view[at + 1] === ' ' && view[at + 2] === '(' && !listItemAt(view, start)) at++;
  if (view[at] === ' ') at++;
  return view[at] === '(' ? at : -1;
}

/** How far a comment after a bracketed name may run to its `)`, in characters. */
const MAX_BRACKET_COMMENT = 120;

/**
 * True when the name that ends at `end` fills its bracket up to a comment set off by a comma
 * ("(Ann Vell, also excellent)"): the bracket still names the one person its name gives.
 */
export function endsBracketName(view: string, end: number): boolean {
  if (closesBracket(view, end)) return true;
  if (view[end] !== ',' || view[end + 1] !== ' ' || !isLower(view[end + 2] ?? '')) return false;
  for (let k = end + 2; k < view.length && k - end < MAX_BRACKET_COMMENT; k++) {
    const ch = view[k] as string;
    if (ch === ')') return true;
    if (ch === '(' || ch === '\n') return false;
  }
  return false;
}

/**
 * True when a name ending at `end` closes a bracket: `)` right after it, or after the dot of a
 * suffix or an initial the mention leaves out ("(Robert Downey Jr.)").
 */
export function closesBracket(view: string, end: number): boolean {
  return view[end] === ')' || (view[end] === '.' && view[end + 1] === ')');
}

/**
 * Where the bracket that holds the actor whose mention starts at `start` opens, when a casting lead
 * of {@link BRACKET_CASTING_LEADS} stands between (`(voice of A`, `(played by A`), or -1.
 */
export function castingLeadBracket(lower: string, start: number): number {
  for (const lead of BRACKET_CASTING_LEADS) {
    const open = start - lead.length - 1;
    if (open >= 0 && castingLeadAt(lower, open) === lead.length) return open;
  }
  return -1;
}

/**
 * True when the mention `start`..`end` of an actor closes a bracket that a casting lead opens
 * (`(voice of A)`, `(played by A.)`), or one that goes on with the work the actor is known from
 * (`(voice of A of "Work")`) or with a bracket of its own (`(played by A (B in the dub))`).
 */
export function ledBracketActor(view: string, lower: string, start: number, end: number): boolean {
  if (castingLeadBracket(lower, start) < 0) return false;
  // A bracket of its own may open after the actor: "(played by A (B in the dub))".
  return closesBracket(view, end) || lower.startsWith(' of ', end) || view.startsWith(' (', end);
}

/** Words that open a relative clause after a name ("A, who …", "A, whom …"). */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);

/**
 * Where the relative clause opens (the comma after its antecedent) when the name `start`..`end`
 * stands inside one that opens after an earlier name and closes with a comma before the casting
 * cue at `cue` ("A, who I liked in B's last film, is fine as C"), else -1: the antecedent, not the
 * name inside the clause, is the subject of the cue. Reads back at most {@link MAX_APPOSITIVE}
 * characters.
 */
export function relativeClauseOpen(lower: string, start: number, end: number, cue: number): number {
  let q = start - 1;
  while (q >= 0 && start - q <= MAX_APPOSITIVE && lower[q] !== ',') {
    if (CLAUSE_END.includes(lower[q] as string)) return -1;
    q--;
  }
  if (q < 0 || lower[q] !== ',' || lower[q + 1] !== ' ') return -1;
  let w = q + 2;
  while (w < start && isLetter(lower[w] as string)) w++;
  if (!RELATIVE_WORDS.has(lower.slice(q + 2, w))) return -1;
  return lower.slice(end, cue).includes(',') ? q : -1;
}

/**
 * Pass 3b: lists of titles after "the likes of" / "such as" / "like" / "than" / "e.g.", when a work noun or
 * a kind of work stands earlier in the sentence and no noun for people right before the cue
 * ("actors like X"). Two one-word titles joined by the list's last "and" are two items ("Jaws,
 * Alien and Heat").
 */
import { castingLeadAt } from '../../text/casting-lead';
import { HONORIFICS } from '../../data/honorifics';
import { POSSESSIVE_DETERMINERS } from '../../data/name-cue-words';
import { ARTICLES, CLAUSE_STARTS, EXAMPLE_ABBREVIATIONS, POSSESSIVE_LIKENESS_CUES, INCLUDE_LINKS, KIND_LIST_PLURALS, OWNED_PLURAL_REACH, OWNED_WORK_PLURALS, NOT_SUBJECT_TAGS, GENRE_CUES, GENRE_NOUNS, JOINING_AS_WORDS, LIKENESS_CUES, LIKENESS_PART_LINKS, LIST_ADVERBS, LIST_KIND_PLURALS, NAME_JOINERS, NON_COMPARING, PEOPLE_NOUNS, SERIES_NOUNS, TITLE_LIST_CUES, WORK_NOUN_PLURALS, WORK_NOUNS } from '../../data/work-cues';
import { SPACE } from '../../text/chars';
import { isListGap } from '../../text/list-gap';
import type { Run } from '../../text/runs';
import { cueAt, type Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, cutLowerJoiner, splitAtJoiners, splitListItem, splitRest, trimRunEnd } from './cuts';
import { allCaps, hasConnector, isNoTitleWord, isPlaceOrBody, joinsNames, nameShaped, nounQualifies, personShaped, startsWithDigit, wordAt } from './shapes';
import { isListedFirstName } from '../../text/listed-first-name';
import { withPossessiveTail } from './possessive-lead';
import { chartTailEnd } from './chart-tail';
import { isKnownTitle } from './4-known-titles';
import { rangeList } from './3-range-list';
import { KIND_LIST_LINKS, MORE_KIND_LIST_PLURALS, THING_RELATIVE_OPENERS, RELATIVE_REACH, TITLE_LIST_JOINERS } from '../../data/work-list-words';

/** The list cues by their first word, in their order ("the" leads only to "the likes of"). */
const LIST_CUES_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const cue of TITLE_LIST_CUES) {
  const list = LIST_CUES_BY_FIRST.get(cue[0] as string) ?? [];
  list.push(cue);
  LIST_CUES_BY_FIRST.set(cue[0] as string, list);
}

/** A year in figures ("2003"), which may follow a title to name its version. */
const YEAR = /^(?:19|20)\d\d$/;

/** How many words back the sentence of a list cue is searched for a work noun. */
const LOOK_BACK = 25;

/** How many words back a kind of work in the singular counts ("a blockbuster, such as X", not "the franchise, the models like X"). */
const KIND_REACH = 2;

/** True for a comparative that compares works ("worse", "better", "funnier"), not "other" or "more". */
function comparative(w: Word | undefined, before: Word | undefined): boolean {
  if (!w || NON_COMPARING.has(w.lower)) return false;
  // "even more so than X": "so" stands for the comparison made just before.
  if (w.lower === 'so') return before !== undefined && (before.lower === 'more' || before.lower === 'less');
  return w.lower === 'worse' || w.lower === 'better' || (w.lower.endsWith('er') && w.lower.length > 4);
}

/**
 * True when `gap` may stand between two titles of a list: a comma, "and" / "or", then maybe "even"
 * and "the" ("Lost, Dexter and even Invasion", "Titanic, and the Lord of the Rings").
 */
function listGap(gap: string): boolean {
  let t = gap.trimEnd();
  for (let k = 0; k < 2; k++) {
    if (isListGap(t + ' ', TITLE_LIST_JOINERS)) return true;
    const space = t.lastIndexOf(' ');
    const last = t.slice(space + 1).toLowerCase();
    if (space < 0 || !(LIST_ADVERBS.has(last) || last === 'the')) return false;
    t = t.slice(0, space);
  }
  return isListGap(t + ' ', TITLE_LIST_JOINERS);
}

/** 3b. The titles listed after the list cue whose first word `w` is the word at `i`. */
export function listAfter(ctx: WorksContext, w: Word, i: number, listed: Finding[]): void {
  const { words } = ctx;
  const cue = cueAt(words, i, LIST_CUES_BY_FIRST.get(w.lower) ?? [], false);
  if (!cue || PEOPLE_NOUNS.has(words[i - 1]?.lower ?? '')) return;
  // "e.g." opens examples only with its dots; "e g" or a lone "eg" word is something else.
  if (EXAMPLE_ABBREVIATIONS.includes(cue) && (!dotted(ctx.view, words, i, cue.length) || peopleNounBefore(ctx.view, words, i))) return;
  // "worse than X", "funnier than X": "than" after a comparative, not "other than", "more than".
  if (cue[0] === 'than' && !comparative(words[i - 1], words[i - 2])) return;
  const before = listed.length;
  listFrom(ctx, w, i, cue.length, listed);
  // "better than Spinal Tap": with no kind of work near, a comparison (not of a noun: "a more
  // interesting character than X") reads its list as a likeness cue does, from a first item
  // shaped as no name can be.
  if (cue[0] === 'than' && listed.length === before && COMPARING_TAGS.has(ctx.posAt((words[i - 1] as Word).start))) likenessFrom(ctx, w, i, cue.length, listed);
  // "compared to Glass Harbour": the cue compares, as "better than" does.
  else if (cue[0] === 'compared' && listed.length === before) likenessFrom(ctx, w, i, cue.length, listed);
}

/**
 * True when each of the `length` words from `i` is followed by a full stop, the next one glued to
 * it: an abbreviation written as one ("e.g.", "i.e.", "eg.").
 */
function dotted(view: string, words: readonly Word[], i: number, length: number): boolean {
  for (let k = i; k < i + length; k++) {
    const w = words[k] as Word;
    if (view[w.end] !== '.' || (k + 1 < i + length && (words[k + 1] as Word).start !== w.end + 1)) return false;
  }
  return true;
}

/** How many words before "e.g." a noun for people is looked for in its sentence. */
const EXAMPLE_HEAD_REACH = 8;

/**
 * True when a noun for people stands a few words before the abbreviation at `i`, in its sentence
 * ("the characters on the show (i.e. X, Y)"): its examples are people or parts, though a work noun
 * stands nearer.
 */
function peopleNounBefore(view: string, words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - EXAMPLE_HEAD_REACH; k--) {
    const w = words[k] as Word;
    if (PEOPLE_NOUNS.has(w.lower)) return true;
    const gap = view.slice(w.end, (words[k + 1] as Word).start);
    if (k < i - 1 && (gap.includes('.') || gap.includes('!') || gap.includes('?'))) return false;
  }
  return false;
}

/** The last words of {@link EXAMPLE_ABBREVIATIONS}, whose full stop the gap to a list's first title leaves out. */
const ABBREVIATION_ENDS: ReadonlySet<string> = new Set(EXAMPLE_ABBREVIATIONS.map((c) => c[c.length - 1] as string));

/**
 * wink's tags of the comparative before "than" in a comparison read as a likeness cue ("better",
 * "worse"; wink takes "better" after "do it" for a verb), not a noun such as "character".
 */
const COMPARING_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'VERB']);

/**
 * 3b. The titles after a cue of likeness with no kind of work near ("it reminds me of X", "unlike
 * X"): the first item must be shaped as no name can be, two words or more that are no person's
 * shape, name or place, nor hold a word the text names alone ("reminds me of Tom Reed" names an
 * actor, "unlike Darth Vader" with "Vader" alone elsewhere a character).
 */
export function likenessList(ctx: WorksContext, w: Word, i: number, listed: Finding[]): void {
  const cue = cueAt(ctx.words, i, LIKENESS_CUES, true);
  if (cue && POSSESSIVE_LIKENESS_CUES.has(cue[0] as string) && !(ctx.words[i + cue.length - 1] as Word).possessive) return;
  if (cue) likenessFrom(ctx, w, i, cue.length, listed);
}

/**
 * The titles after a cue of `length` words at word `i` that says nothing of works ({@link
 * likenessList}): read only from a first item shaped as no name can be.
 */
function likenessFrom(ctx: WorksContext, w: Word, i: number, length: number, listed: Finding[]): void {
  const { words } = ctx;
  const full = ctx.runAt(i + length);
  if (!full || !(words[i + length] as Word).spaceBefore) return;
  const run = splitListItem(words, trimRunEnd(words, cutLongRun(words, full)));
  if (!likenessShaped(ctx, run)) return;
  listFrom(ctx, w, i, length, listed, true, true);
}

/**
 * True when `run` is shaped as no name can be, as the first item after a cue of likeness must be
 * ({@link likenessFrom}): two words or more, no person's shape, name, place or body, no word the
 * text names alone, no possessive at its end.
 */
function likenessShaped(ctx: WorksContext, run: Run): boolean {
  const { words } = ctx;
  if (run.first === run.last || personItem(ctx, run) || nameShaped(words, run) || joinsNames(words, run) || (words[run.last] as Word).possessive) return false;
  // More than three capitalised words with no connector are two names run together ("Unlike X Y Z
  // W is"), and a run before "from" and a capitalised word is a part in a work ("reminds me of
  // Kenji Oda from X").
  if (run.last - run.first > 2 && !hasConnector(words, run)) return false;
  for (let k = run.first + 1; k <= run.last + 1; k++) {
    const link = words[k];
    if (link && !link.capitalised && LIKENESS_PART_LINKS.has(link.lower) && words[k + 1]?.capitalised === true) return false;
  }
  // A title's article "A" is a capital alone, no word in capitals ("better than A Clockwork Orange").
  return !words.slice(run.first, run.last + 1).some((x) => isPlaceOrBody(x) || ctx.namesAlone(x.lower) || isListedFirstName(x.lower) || (allCaps(ctx.view, x) && !ARTICLES.has(x.lower)));
}

/**
 * 3b. The titles after an equal comparison, "as good as X", "as much as X": "as", one lower-case
 * adjective or adverb, "as", with a work noun earlier in the sentence as for the other cues, or
 * with none, from a first item shaped as no name can be, as after "better than" ({@link
 * likenessFrom}); not the joining "as well as X", "as long as".
 */
export function equalComparison(ctx: WorksContext, w: Word, i: number, listed: Finding[]): void {
  const { words } = ctx;
  const middle = words[i + 1];
  const second = words[i + 2];
  if (!middle || !second || second.lower !== 'as' || !middle.spaceBefore || !second.spaceBefore || middle.capitalised || second.capitalised) return;
  if (JOINING_AS_WORDS.has(middle.lower) || !EQUAL_COMPARISON_TAGS.has(ctx.posAt(middle.start)) || PEOPLE_NOUNS.has(words[i - 1]?.lower ?? '')) return;
  const before = listed.length;
  listFrom(ctx, w, i, 3, listed);
  // "not as good as Glass Harbour": with no kind of work near, read as "better than X" is.
  if (listed.length === before) likenessFrom(ctx, w, i, 3, listed);
}

/**
 * 3b. The titles right after a plural kind of work used as a noun ("BBC hits Little Britain and
 * Nighty Night", "the singles Takeover and Izzo", "ITV shows Doc Martin and Life Begins"): the
 * plural names what the list holds, as "movies like" does. Not a verb ("it shows Cameron"), not a
 * word in capitals ("films EVER"), and one word first only when the list goes on or the phrase ends
 * after it ("both films Scott plays in" names an actor).
 */
export function pluralKindList(ctx: WorksContext, w: Word, i: number, listed: Finding[]): void {
  const { view, words } = ctx;
  const first = wordAt(words, i + 1);
  if (!first || !first.capitalised || first.start !== w.end + 1 || !w.spaceBefore || ctx.posAt(w.start) !== 'NOUN') return;
  if (view.charCodeAt(w.end) !== SPACE || !ctx.runAt(i + 1) || allCaps(view, first)) return;
  listFrom(ctx, w, i, 1, listed, true);
}

/** Every plural kind of work that may stand right before a list of its titles. */
const KIND_PLURALS: ReadonlySet<string> = new Set([...KIND_LIST_PLURALS, ...MORE_KIND_LIST_PLURALS]);

/** The lower-case words {@link kindLists} reads, for the cue pass's word filter. */
export const KIND_LIST_WORDS: readonly string[] = [...KIND_PLURALS, ...KIND_LIST_LINKS];

/**
 * 3b. The lists a plural kind of work names: right after it ({@link pluralKindList}), as a range
 * after "from" ({@link rangeList}), or after a verb that links it to them ({@link linkedKindList}).
 */
export function kindLists(ctx: WorksContext, w: Word, i: number, listed: Finding[]): void {
  if (KIND_PLURALS.has(w.lower)) {
    pluralKindList(ctx, w, i, listed);
    rangeList(ctx, w, i, listed);
  }
  if (KIND_LIST_LINKS.has(w.lower)) linkedKindList(ctx, w, i, listed);
}

/**
 * 3b. The titles after a plural kind of work, maybe a short relative clause, and a linking verb
 * ("other shows which won praise were X, Y and Z", "the films that stood out include X and Y",
 * "the soaps were X and Y"): the plural names what the list holds. The list ends at an item that may
 * name a person, as after a plural kind right before it.
 */
export function linkedKindList(ctx: WorksContext, w: Word, i: number, listed: Finding[]): void {
  const { view, words } = ctx;
  const first = wordAt(words, i + 1);
  if (!first || !first.capitalised || !first.spaceBefore || !w.spaceBefore) return;
  let k = i - 1;
  const stop = Math.max(0, i - RELATIVE_REACH - 1);
  while (k > stop && !THING_RELATIVE_OPENERS.has((words[k] as Word).lower) && !KIND_PLURALS.has((words[k] as Word).lower)) k--;
  const opener = words[k];
  const plural = opener && THING_RELATIVE_OPENERS.has(opener.lower) ? words[k - 1] : opener;
  if (!plural || plural.capitalised || !KIND_PLURALS.has(plural.lower)) return;
  // "American shows which won", not "it shows which": a verb's tag counts only after a qualifier.
  const before = words[k - (plural === opener ? 1 : 2)];
  const qualified = before !== undefined && (before.capitalised || QUALIFIER_TAGS.has(ctx.posAt(before.start)));
  if (ctx.posAt(plural.start) !== 'NOUN' && !(plural !== opener && qualified)) return;
  // One clause: no sentence's end, no comma nor bracket between the plural and the verb.
  const between = view.slice(plural.end, w.start);
  for (const mark of CLAUSE_BREAKS) if (between.includes(mark)) return;
  listFrom(ctx, w, i, 1, listed, true, true);
}

/** wink's tags of a word that qualifies a plural kind of work before it ("other shows", "the films"). */
const QUALIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'DET', 'NUM']);

/** Marks that end the clause of a plural kind of work before its linking verb. */
const CLAUSE_BREAKS: readonly string[] = ['.', '!', '?', ',', ';', ':', '(', ')', '\n'];

/**
 * 3b. The titles after the plural of what someone made and "include" ("her films have included X
 * and Y", "his credits include X, Y and Z", "whose hits include X"): an owner (a possessive
 * determiner, "whose" or a possessive) a few words before the plural, then the verb, with at most
 * "have" / "has" / "had", "also" and a relative "which" / "that" between ("his work, which includes
 * X and Y"), in one clause. Not "roles", whose items are parts.
 */
export function ownedWorksList(ctx: WorksContext, w: Word, i: number, listed: Finding[]): void {
  const { view, words } = ctx;
  const first = wordAt(words, i + 1);
  if (!first || !first.capitalised || !first.spaceBefore || !w.spaceBefore) return;
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && INCLUDE_LINKS.has((words[k] as Word).lower)) k--;
  const plural = wordAt(words, k);
  // "his work, which includes": a comma may open the relative clause, and nothing else parts them.
  const link = words[k + 1] as Word;
  const relative = RELATIVE_LINKS.has(link.lower) && view.slice(link.start - 2, link.start) === ', ';
  if (!plural || !OWNED_WORK_PLURALS.has(plural.lower) || plural.capitalised || !(link.spaceBefore || relative)) return;
  let owned = false;
  for (let j = k - 1; j >= Math.max(0, k - OWNED_PLURAL_REACH) && !owned; j--) {
    const x = words[j] as Word;
    if (x.end !== (words[j + 1] as Word).start - 1) break;
    owned = POSSESSIVE_DETERMINERS.has(x.lower) || x.lower === 'whose' || x.possessive;
  }
  if (owned) listFrom(ctx, w, i, 1, listed, false, true);
}

/** The relative pronouns of {@link INCLUDE_LINKS}, which a comma may set off from the plural ("his work, which includes"). */
const RELATIVE_LINKS: ReadonlySet<string> = new Set(['which', 'that']);

/**
 * True for a list item after a plural kind of work that may name a person instead: a person's
 * shape, or one word that is a given name, a surname of the text or a function word, or that a
 * clause goes on from ("both films Scott plays in").
 */
function personItem(ctx: WorksContext, run: Run): boolean {
  const { words } = ctx;
  if (personShaped(words, run.first, run.last)) return true;
  if (run.first !== run.last) return false;
  const w = words[run.first] as Word;
  const after = wordAt(words, run.last + 1);
  const goesOn = after !== undefined && after.spaceBefore && !(NAME_JOINERS.has(after.lower) && !after.capitalised);
  return goesOn || isListedFirstName(w.lower) || ctx.isSurname(w.lower) || NOT_SUBJECT_TAGS.has(ctx.posAt(w.start));
}

/**
 * True for a list item that is a clause of the writer's ("Lost, I think", "like I'm with X"): "I" or
 * its contraction; right before a capitalised word it opens a title ("I've Been High", "I Love Lucy").
 */
const clauseItem = (words: readonly Word[], run: Run): boolean => CLAUSE_STARTS.has((words[run.first] as Word).lower) && !(run.first < run.last && (words[run.first + 1] as Word).capitalised);

/** wink's tags of the word between the two "as" of an equal comparison ("as good as", "as much as"). */
const EQUAL_COMPARISON_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV']);

/**
 * The titles listed after a cue of `length` words that starts with `w`, the word at `i`; with
 * `noPersons`, the list ends at an item that may name a person ({@link personItem}); with
 * `kindKnown`, the cue itself says the list holds works, and no kind of work is looked for in its
 * sentence.
 */
function listFrom(ctx: WorksContext, w: Word, i: number, length: number, listed: Finding[], noPersons = false, kindKnown = false): void {
  const { view, words } = ctx;
  // "movies like the Exorcist": an article may stand before the first title.
  const lead = wordAt(words, i + length);
  const article = lead && !lead.capitalised && lead.lower === 'the' ? 1 : 0;
  // No run after the cue, no list (looked at before the sentence, as "like" is common).
  if (!ctx.runAt(i + length + article)) return;
  const from = words[Math.max(0, i - LOOK_BACK)] as Word;
  const before = view.slice(from.start, w.start);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n'));
  // The cue may name the kind of work itself ("such films as X").
  const inSentence = words.slice(Math.max(0, i - LOOK_BACK), i + length).filter((x) => x.start - from.start > sentenceStart);
  // A kind of work in the singular counts right before the cue ("a blockbuster, such as X").
  const kindBefore = inSentence.some((x) => GENRE_CUES.has(x.lower) && !x.capitalised && x.start >= (words[Math.max(0, i - KIND_REACH)] as Word).start);
  if (!kindKnown && !kindBefore && !inSentence.some((x) => WORK_NOUNS.has(x.lower) || WORK_NOUN_PLURALS.has(x.lower) || GENRE_NOUNS.has(x.lower) || LIST_KIND_PLURALS.has(x.lower) || MORE_KIND_LIST_PLURALS.has(x.lower))) return;
  const cueEnd = words[i + length - 1 + article] as Word;
  // "a poor man's X": the gap to the first title starts after the possessive's "'s".
  let prevEnd = cueEnd.possessive ? cueEnd.end + (view.charCodeAt(cueEnd.end + 1) === 115 ? 2 : 1) : cueEnd.end;
  // "e.g. X": the abbreviation's full stop is no gap of the list.
  if (article === 0 && view[prevEnd] === '.' && ABBREVIATION_ENDS.has(cueEnd.lower)) prevEnd++;
  const listedBefore = listed.length;
  for (let full = ctx.runAt(i + length + article); full; ) {
    full = withPossessiveTail(ctx, full, true);
    // "X at number 20, It's Now or Never at number 27": a chart place after the run parts the
    // items, so an "or" inside the run is the title's.
    const cut = trimRunEnd(words, cutLowerJoiner(view, words, keptInfinitive(ctx, full, cutLongRun(words, full))));
    const run = cut.last === full.last && chartTailEnd(ctx, full.last + 1) > full.last + 1 ? cut : splitListItem(words, cut);
    // The first item may be a person ("movies like Tom Hanks makes"); once a title opens the
    // list, its items are titles ("shows like Lost, Dexter").
    const personFirst = listed.length === listedBefore && !ARTICLES.has((words[run.first] as Word).lower) && personShaped(words, run.first, run.last);
    const ends = words[run.last] as Word;
    const gap = view.slice(prevEnd, run.start);
    // "Jaws, Alien and Heat": the list's last "and" between two one-word titles.
    const pair = joinsNames(words, run) && twoTitles(ctx, run, listed.length > listedBefore && gap.includes(','));
    if (!listGap(gap) || nameShaped(words, run) || (joinsNames(words, run) && !pair) || personFirst || ends.possessive || clauseItem(words, run) || (noPersons && personItem(ctx, run))) break;
    if (pair) listed.push(titleFinding(ctx.formOf(wordRun(words, run.first))));
    // A subtitle's run goes on as the rest of the list ("X: The Return and Y").
    const sub = run.last === full.last ? subtitleAfter(ctx, run) : undefined;
    // A subtitle ends at its first "and" ("X: Resurrection and X: The Curse").
    const subItem = sub && splitAtJoiners(words, sub, false)[0];
    const item = pair ? wordRun(words, run.last) : subItem ? { first: run.first, last: subItem.last, start: run.start, end: subItem.end } : run;
    if (sub) full = sub;
    const form = ctx.formOf(item);
    // "including Channel 4's X": the run owns what follows, it is no title.
    const formEnd = item.start + form.length;
    if (view.startsWith("'s", formEnd) || view.startsWith('’s', formEnd)) break;
    // "such as Kenji Oda (voiced by A)": a bracket that names who plays the item makes it a part.
    if (view.startsWith(' (', formEnd) && castingLeadAt(ctx.lower, formEnd + 1) > 0) break;
    // "Year 3000": a number the title keeps that no sequel's number nor a year is ("X 2003 and
    // Y" names a version); the list is read no further.
    const after = wordAt(words, item.last + 1);
    if (after && after.spaceBefore && form.length === item.end - item.start && startsWithDigit(view, after) && !YEAR.test(after.lower)) break;
    // "credits included Olympic opening ceremonies": a word that qualifies a noun is no title.
    if (kindKnown && listed.length === listedBefore && nounQualifies(ctx, after, true)) break;
    listed.push(titleFinding(form));
    // The pair's "and" was the list's last joiner: the list ends with it.
    if (pair) break;
    prevEnd = item.end;
    let next = item.last + 1;
    // "X 2003 and Y": the year after a title is read over.
    if (after && after.spaceBefore && YEAR.test(after.lower)) {
      prevEnd = after.end;
      next++;
    }
    // "The Lord of the Rings series, Spirited Away": the kind of work after a title.
    const kind = words[next];
    if (kind && kind.spaceBefore && (WORK_NOUNS.has(kind.lower) || SERIES_NOUNS.has(kind.lower) || GENRE_CUES.has(kind.lower))) {
      prevEnd = kind.end;
      next++;
    }
    // "X at number 20, Y at number 27": the chart place after each title is read over.
    const placed = chartTailEnd(ctx, next);
    if (placed > next) {
      prevEnd = (words[placed - 1] as Word).end;
      next = placed;
    }
    if (words[next] && TITLE_LIST_JOINERS.includes((words[next] as Word).lower)) next++;
    // "and even X", "and more recently X": up to two adverbs.
    for (let k = 0; k < 2 && words[next] && LIST_ADVERBS.has((words[next] as Word).lower); k++) next++;
    // "Titanic, Gladiator, and the Lord of the Rings": an article before an item.
    if (words[next] && (words[next] as Word).lower === 'the' && !(words[next] as Word).capitalised && item.last === full.last) next++;
    // The rest of a run split at "and" is the next item.
    full = item.last === full.last ? ctx.runAt(next) : splitRest(words, full, next);
  }
}

/**
 * The long run `full` whole where {@link cutLongRun} cut it (`cut`) before a "to" that leads a
 * verb ("A Good Day to Die Hard", "Nothing to Lose at All"): an infinitive inside one title, not
 * the "to" that joins two ("from New Jack City to Baby Boy").
 */
function keptInfinitive(ctx: WorksContext, full: Run, cut: Run): Run {
  const to = ctx.words[cut.last + 1];
  return cut.last < full.last && to !== undefined && to.lower === 'to' && ctx.posAt(to.start) === 'PART' ? full : cut;
}

/** The run of the one word at `k`. */
const wordRun = (words: readonly Word[], k: number): Run => ({ first: k, last: k, start: (words[k] as Word).start, end: (words[k] as Word).end });

/**
 * True when the list item "A and B", one word each side, is two titles of the list, not one:
 * after an item the list already took and a comma ("Jaws, Alien and Heat", where the "and" joins
 * the list's last item as the comma joined the ones before), or where one side is a known title
 * ({@link isKnownTitle}). Not a pair that is a known title whole ("Angels and Demons"), nor
 * one whose side may be a person: a given name, a title of address, a surname the text writes
 * after a given name; nor a side that names a place, a body or a date.
 */
function twoTitles(ctx: WorksContext, run: Run, afterListedItem: boolean): boolean {
  const { view, words } = ctx;
  if (isKnownTitle(view.slice(run.start, run.end)) || goesOnAfter(ctx, run.last)) return false;
  const a = words[run.first] as Word;
  const b = words[run.last] as Word;
  if (!pairSide(ctx, a) || !pairSide(ctx, b)) return false;
  return afterListedItem || isKnownTitle(view.slice(a.start, a.end)) || isKnownTitle(view.slice(b.start, b.end));
}

/**
 * True when the list or the title may go on after word `k`, the pair's last: another item after a
 * joiner ("Spice and Wolf, or Mondaiji": the pair's "and" is then not the list's last joiner), or
 * a lower-case word and a capitalised one ("Hunter x Hunter"), one space apart. A comma alone
 * ends the list there: the pair's "and" was its last joiner.
 */
function goesOnAfter(ctx: WorksContext, k: number): boolean {
  const { view, words } = ctx;
  const last = words[k] as Word;
  const next = words[k + 1];
  if (next === undefined) return false;
  if (next.capitalised) {
    const gap = view.slice(last.end, next.start);
    const mark = gap.trim();
    return mark !== '' && mark !== ',' && listGap(gap);
  }
  const after = words[k + 2];
  if (after === undefined || !after.capitalised) return false;
  if (next.spaceBefore && view.slice(last.end, next.start) === ' ' && view.slice(next.end, after.start) === ' ') return true;
  return listGap(view.slice(last.end, after.start));
}

/** True when word `w` may be a one-word title of a pair ({@link twoTitles}): letters in title case, no person's word, no place's. */
function pairSide(ctx: WorksContext, w: Word): boolean {
  if (!w.capitalised || w.possessive || !TITLE_CASE_WORD.test(ctx.view.slice(w.start, w.end))) return false;
  return !isListedFirstName(w.lower) && !HONORIFICS.has(w.lower) && !isNoTitleWord(w) && !ctx.endsGivenName(w.lower) && !ctx.followsGivenName(w.lower);
}

/** A word in title case: a capital, then lower-case letters. */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The subtitle after a listed title and a colon ("Robin Hood: Prince of Thieves", "CSI: Miami"): a
 * colon inside a list item does not end it, so a title-case run right after ": " that ends at a
 * comma, a full stop, "and" / "or" or the end of the text is the rest of the title.
 */
export function subtitleAfter(ctx: WorksContext, run: Run): Run | undefined {
  const { view, words } = ctx;
  if (!view.startsWith(': ', run.end)) return undefined;
  const sub = ctx.runAt(run.last + 1);
  if (!sub || sub.start !== run.end + 2) return undefined;
  const after = words[sub.last + 1];
  if (after && after.spaceBefore && !NAME_JOINERS.has(after.lower)) return undefined;
  return sub;
}

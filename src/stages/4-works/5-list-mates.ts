/**
 * Pass 5b: titles listed with a title found ("Xena and Hercules", "Buster and Billie, Baby Blue
 * Marine and White Line Fever"): a list holds one sort of thing, so a title-case phrase joined to a
 * work by commas and "and" / "or" is a work too, unless its shape says it names a person, a place,
 * a body or a date. A member written with its subtitle after a colon or a dash is one item ("X: The
 * Return and Y").
 */
import { HONORIFICS } from '../../data/honorifics';
import { PLACES_AND_PEOPLES } from '../../data/not-names';
import { ARTICLES, FOREIGN_ARTICLES, NOT_SUBJECT_TAGS, VERB_TAGS, WORK_NOUNS } from '../../data/work-cues';
import { INDEFINITE_ARTICLES, LIST_CLOSERS, LIST_SUBJECT_VERBS, NAME_THE_LEADS, TITLE_LIST_JOINERS, TITLE_SHAPE_WORDS } from '../../data/work-list-words';
import { isWordChar } from '../../text/chars';
import { isListedFirstName } from '../../text/listed-first-name';
import { isListGap } from '../../text/list-gap';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { chartPlaceLength, chartTailEnd } from './chart-tail';
import { loneListMate } from './lone-list-mate';
import { splitAtJoiners, trimRunEnd } from './cuts';
import { allCaps, isNoTitleWord, isSequelDigitCode, nameShaped, nounQualifies, personShaped, someWord, startsWithDigit } from './shapes';

/** A list item: a title-case run or the part of one between its "and" / "or", with its number after it ("Zombie 2"). */
interface Item {
  run: Run;
  /** Where the item ends, after a sequel's number. */
  end: number;
  key: string;
  /** The item holds a main title and its subtitle ({@link withSubtitle}). */
  subtitled?: boolean;
}

/** Most items of one run that are tried as one title joined again ("Pride and Prejudice"). */
const JOIN_AT_MOST = 3;

/**
 * `gap` (at offset `from` of the text) without the tail the text repeats after each item of a
 * list, read over as the year after a title is: a year in brackets ("X (1999), Y (2003) and Z") or
 * a chart place ("X at number 20, Y at number 27 and Z").
 */
function withoutTail(ctx: WorksContext, from: number, gap: string): string {
  if (gap.startsWith(' (') && gap.charAt(6) === ')' && YEAR.test(gap.slice(2, 6))) return gap.slice(7);
  // Read in the text's lower case where the gap stands: a gap between two runs can be long, and
  // every pair of runs has one.
  const place = chartPlaceLength(ctx.lower, from, from + gap.length);
  if (place > 0) return gap.slice(place);
  return gap;
}

/** A year in figures, as a tail in brackets holds it. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * True when the text between offsets `from` and `to` may stand between two items of a list: maybe a repeated tail ({@link
 * withoutTail}), a comma, "and" / "or" / "plus" or both, then maybe a lower-case "the" ("the Beyond
 * or Zombie 2", "Jaws, and the Birds"); `joined` when it holds a joiner, not a comma alone.
 */
function itemGap(ctx: WorksContext, from: number, to: number): { list: boolean; joined: boolean } {
  const whole = ctx.view.slice(from, to);
  // Lines apart are no list (a title line, a tagline).
  if (whole.includes('\n')) return { list: false, joined: false };
  const gap = withoutTail(ctx, from, whole);
  let t = gap;
  if (t.endsWith(' the ')) t = t.slice(0, -4);
  const mark = t.trim();
  const list = mark !== '' && isListGap(t, TITLE_LIST_JOINERS);
  return { list, joined: list && mark !== ',' };
}

/**
 * The items of one run: its parts between "and" / "or" ({@link splitAtJoiners}), with the parts
 * that make a title found joined again ("Dumb and Dumber" stays one).
 */
function itemsOf(ctx: WorksContext, run: Run, known: ReadonlySet<string>): Item[] {
  const whole = item(ctx, run);
  // A chart place after the run parts the items, so an "or" inside it is the title's ("It's Now or Never at number 27").
  if (known.has(whole.key) || chartTailEnd(ctx, run.last + 1) > run.last + 1 || beforeWorkNoun(ctx.words, run)) return [whole];
  const parts = withAmpersands(ctx.words, splitAtJoiners(ctx.words, run, false));
  if (parts.length === 1) return [whole];
  const out: Item[] = [];
  for (let i = 0; i < parts.length; i++) {
    let taken = item(ctx, parts[i] as Run);
    for (let j = Math.min(parts.length - 1, i + JOIN_AT_MOST - 1); j > i; j--) {
      const joined = item(ctx, { first: (parts[i] as Run).first, last: (parts[j] as Run).last, start: (parts[i] as Run).start, end: (parts[j] as Run).end });
      if (known.has(joined.key)) {
        taken = joined;
        i = j;
        break;
      }
    }
    out.push(taken);
  }
  return out;
}

/**
 * True when a work noun follows the run and no title follows the noun ("the Ice and Fire
 * series"): the run as a whole is what the noun names, so its "and" joins the words of one title,
 * not two items.
 */
function beforeWorkNoun(words: readonly Word[], run: Run): boolean {
  const next = words[run.last + 1];
  // A title right after the noun makes the noun its cue, and the run a list ("X and British film Y").
  const after = words[run.last + 2];
  return next !== undefined && next.spaceBefore && !next.capitalised && WORK_NOUNS.has(next.lower) && !(after?.capitalised === true && after.spaceBefore);
}

/** The parts of a run joined again where "&" stands between them: an ampersand joins words of one title ("The Life & Death of X"). */
function withAmpersands(words: readonly Word[], parts: Run[]): Run[] {
  const out: Run[] = [];
  for (const part of parts) {
    const prev = out.at(-1);
    if (prev && (words[prev.last + 1] as Word).lower === '&') out[out.length - 1] = { first: prev.first, last: part.last, start: prev.start, end: part.end };
    else out.push(part);
  }
  return out;
}

/**
 * A run as a list item, with the sequel's number after it, and without a sentence's first word that
 * the text also writes in lower case or that is a verb or a function word, and the connectors after
 * it ("Forget the Beyond" → "Beyond", "Outside of Akira" → "Akira"); an item after a comma opens no
 * sentence, so its first word stays ("Million Dollar Baby").
 */
function item(ctx: WorksContext, full: Run): Item {
  const { words } = ctx;
  const lead = words[full.first] as Word;
  let run = full;
  const tag = ctx.posAt(lead.start);
  // A word after a comma is no sentence's first ("The Aviator, Million Dollar Baby and Ray").
  const opens = (!lead.spaceBefore && !afterComma(ctx.view, lead.start)) || ctx.opensSentence(lead.start);
  if (opens && full.last > full.first && !ARTICLES.has(lead.lower) && (ctx.writesLower(lead.lower) || VERB_TAGS.has(tag) || NOT_SUBJECT_TAGS.has(tag))) {
    let k = full.first + 1;
    while (k < full.last && !(words[k] as Word).capitalised) k++;
    if ((words[k] as Word).capitalised) run = { first: k, last: full.last, start: (words[k] as Word).start, end: full.end };
  }
  const end = run.start + ctx.formOf(run).length;
  return { run, end, key: ctx.lower.slice(run.start, end) };
}

/** True when a comma and white space stand right before `start`. */
function afterComma(view: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k >= start - 2 && view[k] === ' ') k--;
  return k < start - 1 && view[k] === ',';
}

/**
 * Lower-case words inside a title-case phrase that make it a match, a clause or a pair rather than a
 * title in a list ("Anakin vs Dooku", "Kirito is Mario", "Kyle with Sarah").
 */
const NOT_LIST_TITLE_WORDS: ReadonlySet<string> = new Set(['vs', 'v', 'is', 'are', 'with', 'by']);

/**
 * A word of {@link isNoTitleWord} that is no owner and no place or people's word: what still tells a
 * body or a date inside a phrase led by "A" / "An".
 */
const isNoTitleHead = (w: Word): boolean => isNoTitleWord(w) && !w.possessive && !PLACES_AND_PEOPLES.has(w.lower);

/** A lower-case word that makes a phrase no title of a list ({@link NOT_LIST_TITLE_WORDS}). */
const isNotListTitleWord = (w: Word): boolean => !w.capitalised && NOT_LIST_TITLE_WORDS.has(w.lower);

/**
 * True when a list item may be a title: two words or more, or one word with a sequel's number or
 * that {@link loneListMate} allows (one word in a list is a character's or a band's name as often:
 * "Naruto, Sasuke and Gaara"), not a person's shape, no first name first,
 * no hyphenated name (unless an article leads it: "The X-Factor"), no word of a place, a body, a
 * date or an owner, no match or clause ({@link NOT_LIST_TITLE_WORDS}), not the end of a longer
 * phrase the run left out; a phrase in capitals only in a list whose title is in capitals too. One
 * word only when its neighbours in the list are all titles found (`flanked`): two lone words side by
 * side are as often one title joined by "and" ("Secrets and Lies") or a list of characters.
 */
function mayBeTitle(ctx: WorksContext, it: Item, capitals: boolean, flanked: boolean): boolean {
  const { view, words } = ctx;
  const run = trimRunEnd(words, it.run);
  if (run.last !== it.run.last || (run.first === run.last && !numbered(ctx, it) && !(flanked && loneListMate(ctx, run)))) return false;
  const first = words[run.first] as Word;
  // A capitalised word, an owner or a number right before it that the run left out ("BABY BLUE
  // MARINE" → "BLUE MARINE", "All's Well That Ends Well", "the 19th Century"): the phrase is longer.
  const before = words[run.first - 1];
  // After a capitalised word and a colon the phrase is a subtitle ("Solo: A Space Story").
  if (before?.capitalised === true && view.slice(before.end, first.start) === ': ') return false;
  if (before && (before.capitalised || startsWithDigit(view, before)) && first.spaceBefore && first.start - before.end <= POSSESSIVE_GAP && !view.slice(before.end, first.start).includes(',')) return false;
  // An article first names no person ("The X-Factor"), nor does a foreign one before another
  // capitalised word in a list of titles ("La Gioconda, Il Trovatore and Aida"), nor a subtitle
  // after a colon or a dash.
  const led = ARTICLES.has(first.lower) || foreignLed(words, run) || it.subtitled === true;
  if (!led && (personShaped(words, run.first, run.last) || nameShaped(words, run) || isListedFirstName(first.lower))) return false;
  // "A" / "An" and two words or more after it lead a title, whatever its words ("A Passage to
  // India", "A Soldier's Story"): no place, owner or people has that shape; a body's or a date's word
  // still tells.
  const noTitle = INDEFINITE_ARTICLES.has(first.lower) && run.last - run.first >= 2 ? isNoTitleHead : isNoTitleWord;
  if (HONORIFICS.has(first.lower) || someWord(words, run.first, run.last, noTitle) || someWord(words, run.first, run.last, isNotListTitleWord)) return false;
  // A one-letter article reads as capitals alone ("A Week Away"): the word after it tells.
  const shout = first.lower.length === 1 && run.last > run.first ? (words[run.first + 1] as Word) : first;
  return !allCaps(view, shout) || capitals;
}

/** The marks between a main title and its subtitle: a colon, or a dash between spaces. */
const SUBTITLE_MARKS: ReadonlySet<string> = new Set([': ', ' - ', ' – ', ' — ']);

/**
 * The list item `prev` read with its subtitle, the first part of `run` (or the first parts that make
 * a title found joined again), when a subtitle mark ({@link SUBTITLE_MARKS}) stands between them
 * ("Harbour Lights: The Return and Paper Kites"), with the items of the rest of the run; null when
 * none stands there or the pair is not read as one title. A list's member with its subtitle is one
 * item: read apart, its main title and its subtitle part the list in two. A pair a pass found is
 * read so after either mark; one no pass found only after a colon, and only where the main title
 * is no list's first item (`listed`): a colon after a list's first phrase opens the list itself as
 * often ("the big three: Alpha, Beta and Gamma"), a dash a new clause.
 */
function withSubtitle(ctx: WorksContext, prev: Item, run: Run, listed: boolean, known: ReadonlySet<string>): { item: Item; rest: Item[] } | null {
  const mark = ctx.view.slice(prev.end, run.start);
  if (!SUBTITLE_MARKS.has(mark)) return null;
  const parts = withAmpersands(ctx.words, splitAtJoiners(ctx.words, run, false));
  const paired = (part: Run): Item => {
    const end = part.start + ctx.formOf(part).length;
    return { run: { first: prev.run.first, last: part.last, start: prev.run.start, end: part.end }, end, key: ctx.lower.slice(prev.run.start, end), subtitled: true };
  };
  let taken = -1;
  for (let j = Math.min(parts.length, JOIN_AT_MOST) - 1; j >= 0 && taken < 0; j--) if (known.has(paired(parts[j] as Run).key)) taken = j;
  if (taken < 0 && mark === ': ' && listed) taken = 0;
  if (taken < 0) return null;
  const next = parts[taken + 1];
  const rest = next ? itemsOf(ctx, { first: next.first, last: run.last, start: next.start, end: run.end }, known) : [];
  return { item: paired(parts[taken] as Run), rest };
}

/**
 * True when a verb or a noun follows the last item: after "and" the item is then as often the
 * subject of a new clause ("based on X and Ann Lee has played the lead") as the last title of a
 * list, and before a noun that is no kind of work it names what the noun is of ("One Piece and
 * Devil Fruit powers").
 */
function goesOn(ctx: WorksContext, it: Item): boolean {
  const next = ctx.words[it.run.last + 1];
  if (next === undefined || !next.spaceBefore || next.capitalised || next.start !== it.end + 1) return false;
  return VERB_TAGS.has(ctx.posAt(next.start)) || nounQualifies(ctx, next, true);
}

/**
 * True when the list's last item `it` comes after "and" (in the gap after `prev`, the item before
 * it) and a plural verb of {@link LIST_SUBJECT_VERBS} follows it ("X and Y are"): the whole list is
 * the verb's subject, so the verb ends the list rather than going on from its last item ({@link
 * goesOn}).
 */
function listIsSubject(ctx: WorksContext, prev: Item, it: Item): boolean {
  const next = ctx.words[it.run.last + 1];
  if (next === undefined || next.start !== it.end + 1 || !LIST_SUBJECT_VERBS.has(next.lower) || next.capitalised) return false;
  return ctx.lower.slice(prev.end, it.run.start).split(' ').includes('and');
}

/**
 * True when a foreign definite article opens a run of two words or more ("Il Trovatore", "Les
 * Misérables"): in a list held to titles that is a title's opening, not a given name.
 */
function foreignLed(words: readonly Word[], run: Run): boolean {
  return run.last > run.first && FOREIGN_ARTICLES.has((words[run.first] as Word).lower);
}

/**
 * True when a one-word item carries a sequel's number after it ("Gremlins 2"): a character's or a
 * band's one word seldom takes a number in a list that holds titles, a sequel's title does.
 */
function numbered(ctx: WorksContext, it: Item): boolean {
  const w = ctx.word(it.run.first);
  return it.end === w.end + 2 && isSequelDigitCode(ctx.view.charCodeAt(w.end + 1)) && !allCaps(ctx.view, w);
}

/** The most characters between a word and the next that the run left out ("All's Well": "'s "). */
const POSSESSIVE_GAP = 3;

/**
 * True when an open list's closer follows the item ("(X, Y etc.)"): a list of commas alone then
 * holds one sort of thing as a joiner says.
 */
function closesOpenList(ctx: WorksContext, it: Item): boolean {
  const { lower } = ctx;
  if (lower.charAt(it.end) !== ' ') return false;
  return LIST_CLOSERS.some((c) => lower.startsWith(c, it.end + 1) && !isWordChar(lower.charAt(it.end + 1 + c.length)));
}

/**
 * True when a list item is shaped as a person's name ({@link personShaped}, or a first name first)
 * and holds no subtitle (a name takes none: "Ann Vale: The Return" is a title):
 * the list is then one of people. One word is not enough ("The Aviator, Million Dollar Baby and
 * Ray"): a lone given name is a title as often, and one word is never taken as a title here.
 */
function personItem(ctx: WorksContext, it: Item): boolean {
  const { words } = ctx;
  const { first, last } = it.run;
  if (last === first || it.subtitled === true || ARTICLES.has((words[first] as Word).lower) || foreignLed(words, it.run)) return false;
  return personShaped(words, first, last) || isListedFirstName((words[first] as Word).lower);
}

/**
 * True when a list's titles found say it is a list of titles: one a cue found, or two of two words
 * or more found by any pass (a title found by its shape, its capitals or a repetition alone may be
 * a name, but two of them in one list hold it to titles: "BUSTER AND BILLIE, BABY BLUE MARINE and
 * WHITE LINE FEVER"; one word found so names a place or a character as often).
 */
function anchored(ctx: WorksContext, list: readonly Item[], cued: ReadonlySet<string>, known: ReadonlySet<string>): boolean {
  let found = 0;
  let shaped = 0;
  for (const x of list) {
    if (cued.has(x.key)) return true;
    if (known.has(x.key) && x.run.last > x.run.first) found++;
    if (titleShaped(ctx.words, x.run)) shaped++;
  }
  return found >= SHAPE_ANCHORS || shaped >= SHAPE_ANCHORS;
}

/**
 * True when a list item has the shape of a title that no name of a person, a place or a body has:
 * led by "A" / "An" ("A Passage to India"), or holding a lower-case word of {@link TITLE_SHAPE_WORDS}
 * after its first word ("Places in the Heart"), but for a "the" after a word of {@link NAME_THE_LEADS}.
 */
function titleShaped(words: readonly Word[], run: Run): boolean {
  if (run.last === run.first) return false;
  const lead = words[run.first] as Word;
  if (INDEFINITE_ARTICLES.has(lead.lower)) return true;
  for (let k = run.first + 1; k < run.last; k++) {
    const w = words[k] as Word;
    // "the" after "of" or "and" is as much a body's or a group's ("Friends of the Earth", "Ants and the Guild").
    if (!w.capitalised && TITLE_SHAPE_WORDS.has(w.lower) && !(w.lower === 'the' && NAME_THE_LEADS.has((words[k - 1] as Word).lower))) return true;
  }
  return false;
}

/** True when the items before and after item `i` of `list` (those there are) are titles found. */
function flanked(list: readonly Item[], i: number, known: ReadonlySet<string>): boolean {
  const before = list[i - 1];
  const after = list[i + 1];
  return (before === undefined || known.has(before.key)) && (after === undefined || known.has(after.key));
}

/**
 * Fewest items of a list parted by commas alone that holds one sort of thing without a joiner
 * ("X, Y, Z and any other film"): two title-case phrases with a comma between are as often a
 * name and its apposition ("Ann Vale, the Ridge Road …") as a list.
 */
const COMMA_LIST_ITEMS = 3;

/**
 * True when a list with no joiner between its items still holds one sort of thing: three items or
 * more, one of them a title a cue found (titles found by their shape alone hold a list of commas
 * to nothing: "Sam the Baker, Ode, Man in the Moon" may be a cast), and no verb or noun after the
 * last item ({@link goesOn}): a comma list before a verb is the subject of a clause ("X, Y, Z are
 * involved"), before a noun it qualifies the noun ("X, Y, Z arcs"). Not in talk of music, where
 * such a list names acts as often ("the A, the B, C and D" competing for a prize).
 */
function commaList(ctx: WorksContext, list: readonly Item[], cued: ReadonlySet<string>): boolean {
  return list.length >= COMMA_LIST_ITEMS && !ctx.aboutMusic() && list.some((x) => cued.has(x.key)) && !goesOn(ctx, list.at(-1) as Item);
}

/** How many titles found by their shape alone make a list one of titles ({@link anchored}). */
const SHAPE_ANCHORS = 2;

/**
 * 5b. The items of every list of title-case phrases (two items or more, joined by "and" / "or"
 * somewhere, closed by "etc." or held by {@link commaList}) that {@link anchored} holds to titles,
 * except the titles of `known` (every title found; `cued` those a cue found) and the items that may
 * not be titles ({@link mayBeTitle}).
 */
export function listMates(ctx: WorksContext, cued: ReadonlySet<string>, known: ReadonlySet<string>): Finding[] {
  const { view } = ctx;
  const out: Finding[] = [];
  if (known.size === 0) return out;
  let list: Item[] = [];
  let joined = false;
  const close = (): void => {
    if (list.length >= 2 && !joined) joined = closesOpenList(ctx, list.at(-1) as Item) || commaList(ctx, list, cued);
    // A title found is no person, whatever its shape ("Napoleon Dynamite").
    if (list.length >= 2 && joined && anchored(ctx, list, cued, known) && !list.some((x) => !known.has(x.key) && personItem(ctx, x))) {
      const capitals = list.some((x) => known.has(x.key) && allCaps(view, ctx.word(x.run.first)));
      const last = list.at(-1) as Item;
      const ranOn = goesOn(ctx, last) && !listIsSubject(ctx, list.at(-2) as Item, last);
      const taken = (x: Item, titles: ReadonlySet<string>, i: number): boolean => !known.has(x.key) && mayBeTitle(ctx, x, capitals, flanked(list, i, titles)) && !(x === last && ranOn);
      // The phrases of two words or more first: a lone word beside one of them is beside a title.
      const titles = new Set(known);
      list.forEach((x, i) => {
        if (x.run.last > x.run.first && taken(x, known, i)) titles.add(x.key);
      });
      for (const [i, x] of list.entries()) if (taken(x, titles, i)) out.push(titleFinding(view.slice(x.run.start, x.end)));
    }
    list = [];
    joined = false;
  };
  for (const run of ctx.runs) {
    const head = list.at(-1);
    const sub = head ? withSubtitle(ctx, head, run, list.length > 1, known) : null;
    if (sub) list[list.length - 1] = sub.item;
    for (const x of sub ? sub.rest : itemsOf(ctx, run, known)) {
      const prev = list.at(-1);
      const gap = prev ? itemGap(ctx, prev.end, x.run.start) : null;
      if (!gap?.list) close();
      else if (gap.joined) joined = true;
      list.push(x);
    }
  }
  close();
  return out;
}

/**
 * Pass 4e–4i, a title by the words around it: a bracket after a name ("Maguire (before
 * Spiderman)"), a part or a showing ("her role in X"), a cast or crew noun ("Friends actor Matt
 * Kane"), a series noun ("the Harry Potter films"), a maker's possessive ("Eastwood's Million
 * Dollar Baby").
 */
import { CLOSE_BRACKET, codeAt, OPEN_BRACKET, SPACE } from '../../text/chars';
import { GIVEN_NAMES } from '../../data/given-names';
import { FIRST_NAMES, WORD_FIRST_NAMES } from '../../text/first-names';
import { isListedFirstName } from '../../text/listed-first-name';
import { HONORIFICS } from '../../data/honorifics';
import { CALENDAR, COMMON_CAPITALISED, INSTITUTION_WORDS, ORGANISATIONS, PLACES_AND_PEOPLES } from '../../data/not-names';
import { APPOSITION_KINDS, ARTICLES, CREW_QUALIFIERS, GENRE_CUES, PRIZE_WORDS, BRACKET_LEADS, GENRE_NOUNS, KIND_OF_WORK_NOUNS, WORK_NOUN_PLURALS, WORK_NOUNS, CLOSED_LONE_TAGS, CONTRACTED, CREW_EMPLOYER_HEADS, CREW_NOUNS, CREW_NOUNS_AFTER_TWO, FOREIGN_ARTICLES, HOST_NOUNS, INVOLVEMENT_CUES, MADE_CUES, NAME_JOINERS, NON_TITLE_LEADS, NOT_SUBJECT_TAGS, NOT_WORK_HEADS, OWNED_TITLE_KINDS, OWNED_TITLE_LEADS, PEOPLE_NOUNS, PERFORMER_REACH, PERFORMER_ROLE_WORDS, ROLE_IN_CUES, ROLE_IN_PLURALS, ROLE_ON_CUES, SERIES_NOUNS, SPORT_EVENTS, TITLE_CONNECTORS } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import { firstAtOrAfter } from '../../text/search';
import { holdsTitleCaseInnerWord } from '../../text/title-case-inner';
import type { Word } from '../../text/words';
import { titleFinding, withoutSentenceLead, type Finding, type WorksContext } from './context';
import { cutLongRun, lastListItem, splitAtJoiners, trimRunEnd } from './cuts';
import { allCaps, endsLikeNationality, hasTitleParticle, isLoneNonTitle, isPlaceOrBody, nameShaped, nounQualifies, personShaped, someWord, wordAt } from './shapes';
import { KNOWN_MAKER_SURNAMES } from '../../data/work-makers';
import { withPossessiveTail } from './possessive-lead';
import { POSSESSIVE_DETERMINERS } from '../../data/name-cue-words';
import { PLAYED_BY_VERBS } from '../../data/role-words';
import { ownedPart } from './owned-part';
import { roleListTail } from './role-list-tail';

/** A lower-case connector other than "and" / "or" ("Shakespeare in Love"). */
const isInnerConnector = (w: Word): boolean => TITLE_CONNECTORS.has(w.lower) && !w.capitalised && !NAME_JOINERS.has(w.lower);

/** True when every word of `run` passes `test` ("New York": every word a place's). */
function everyWord(words: readonly Word[], run: Run, test: (w: Word) => boolean): boolean {
  for (let k = run.first; k <= run.last; k++) if (!test(words[k] as Word)) return false;
  return true;
}

/** A head word of a place or a body, a place or a people, a day or a month ("appeared in London"). */
const isPlaceOrDate = (w: Word): boolean => NOT_WORK_HEADS.has(w.lower) || PLACES_AND_PEOPLES.has(w.lower) || CALENDAR.has(w.lower);

/** A place, a people or a day, written in title case (not a firm, a body's word or a possessive). */
const placeOrDay = (w: Word): boolean => !w.possessive && (PLACES_AND_PEOPLES.has(w.lower) || CALENDAR.has(w.lower));

/** A word no title before a crew noun holds: a possessive, a place, a firm, an honorific, a date. */
const isNoCrewTitleWord = (w: Word): boolean => w.possessive || isPlaceOrDate(w) || ORGANISATIONS.has(w.lower) || HONORIFICS.has(w.lower);

/**
 * {@link isNoCrewTitleWord} for a run of two words or more before a crew noun and a full name: a head
 * word of a place or a body counts only when it names an employer of cast and crew
 * ({@link CREW_EMPLOYER_HEADS}: "Northgate Theatre director X"), not a word a story's title ends with
 * as often ("Harbour City actor X", "Our Family creator X").
 */
const isNoCrewTitleWordBeforeName = (w: Word): boolean =>
  w.possessive || (NOT_WORK_HEADS.has(w.lower) && CREW_EMPLOYER_HEADS.has(w.lower)) || placeOrDay(w) || ORGANISATIONS.has(w.lower) || HONORIFICS.has(w.lower);

/**
 * 4e. A bracket after a name that holds a title: "Maguire (before Spiderman)", "Rogers (in Way Up
 * Thar)", "Madden (Shakespeare in Love)". A bracket that holds a name or a place is a cast list or
 * an aside, so a whole bracket counts only with a connector inside.
 */
export function readBracket(ctx: WorksContext, run: Run, out: Finding[]): void {
  const { view, words } = ctx;
  if (codeAt(view, run.end) !== CLOSE_BRACKET) return;
  const prev = wordAt(words, run.first - 1);
  const lead = prev && BRACKET_LEADS.has(prev.lower) && !prev.capitalised && codeAt(view, prev.start - 1) === OPEN_BRACKET ? prev : undefined;
  const open = lead ? lead.start - 1 : run.start - 1;
  if (codeAt(view, open) !== OPEN_BRACKET) return;
  const owner = wordAt(words, firstAtOrAfter(words, open) - 1);
  if (!owner?.capitalised || open - owner.end > 1 || personShaped(words, run.first, run.last) || nameShaped(words, run) || creditLed(words, run)) return;
  if (lead || (run.last - run.first >= 2 && someWord(words, run.first, run.last, isInnerConnector))) out.push(titleFinding(ctx.formOf(run)));
  // Title case joins two titles by "and" as a list does ("(X Of Y and The Z)"): each is a title.
  else if (run.last - run.first >= 2 && holdsTitleCaseInnerWord(view, words, run.first, run.last)) for (const item of splitAtJoiners(words, run, true)) out.push(titleFinding(ctx.formOf(item)));
}


/**
 * True when the run opens on a credit, a verb of making or casting and its `by` ("Voiced by Kaito
 * Mori", "Directed by Ann Lee"): the bracket says who plays or made the name before it, in title
 * case as often as not, and holds no title.
 */
function creditLed(words: readonly Word[], run: Run): boolean {
  const verb = words[run.first] as Word;
  return words[run.first + 1]?.lower === 'by' && (MADE_CUES.has(verb.lower) || PLAYED_BY_VERBS.has(verb.lower));
}

/** Words that name a part of a work or a stretch of a story, not a work, in a bracket ("(Election Arc)", "(Part II)"). */
const STRETCH_WORDS: ReadonlySet<string> = new Set(['arc', 'arcs', 'saga', 'part', 'episode', 'episodes', 'season', 'chapter', 'volume', 'filler']);

/**
 * 4e'. A bracket right after a kind of work that holds one title-case run and nothing else: "a
 * palace drama (Empress of China)", "those silly movies (Tail Sting)": the example the writer
 * names of that kind. Not a person ("films (Jared Leto)"), a place or a body, a part or a stretch
 * of a work ("(Election Arc)"), nor one word that is no noun ("(Eventually)").
 */
export function readKindBracket(ctx: WorksContext, run: Run, out: Finding[]): void {
  const { view, words } = ctx;
  if (codeAt(view, run.start - 1) !== OPEN_BRACKET) return;
  const form = ctx.formOf(run);
  if (codeAt(view, run.start + form.length) !== CLOSE_BRACKET) return;
  const kind = wordAt(words, run.first - 1);
  if (!kind || kind.capitalised || kind.end !== run.start - 2 || codeAt(view, kind.end) !== SPACE) return;
  const l = kind.lower;
  if (!(WORK_NOUNS.has(l) || WORK_NOUN_PLURALS.has(l) || KIND_OF_WORK_NOUNS.has(l) || GENRE_NOUNS.has(l))) return;
  // A given name first is a person's name ("films (Jared Leto)"); a place counts only as a word of
  // a longer title with a connector ("(Empress of China)").
  if (personShaped(words, run.first, run.last) || nameShaped(words, run) || isListedFirstName((words[run.first] as Word).lower) || someWord(words, run.first, run.last, isStretch)) return;
  if (!someWord(words, run.first, run.last, isInnerConnector) && someWord(words, run.first, run.last, isPlaceWord)) return;
  const lone = run.first === run.last ? (words[run.first] as Word) : null;
  if (lone && (GIVEN_NAMES.has(lone.lower) || allCaps(view, lone) || isLoneNonTitle(lone.lower) || !LONE_BRACKET_TAGS.has(ctx.posAt(lone.start)))) return;
  out.push(titleFinding(form));
}

/** wink's tags of one word in a bracket after a kind of work that may be a title. */
const LONE_BRACKET_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'X', '']);

/** A word of a part or a stretch of a work. */
const isStretch = (w: Word): boolean => STRETCH_WORDS.has(w.lower);

/** A word of a place, a body or a date. */
const isPlaceWord = (w: Word): boolean => isPlaceOrDate(w) || isPlaceOrBody(w);

/**
 * 4f. A title after a part or a showing and "in" / "on": "her leading role in X", "starred in X", "his
 * turn in X", "a cameo on X", "worked on X and Y"; not a person ("a scene with her part in Tom's life"), not a place
 * ("appeared in London"), not a run that qualifies a noun after it. After a cue of several parts
 * the list goes on past its commas ("appeared in X, Y and Z"), each item read as the first is.
 */
export function readRoleIn(ctx: WorksContext, run: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const prep = words[run.first - 1];
  const cue = words[run.first - 2];
  if (!prep || !cue || prep.capitalised || !(words[run.first] as Word).spaceBefore || !prep.spaceBefore || cue.capitalised) return;
  if (prep.lower === 'opposite') {
    if (ROLE_IN_CUES.has(cue.lower)) readOpposite(ctx, run, out);
    return;
  }
  // "the host of X", "a judge on X": a show by who presents it.
  const hosted = (prep.lower === 'of' || prep.lower === 'on') && HOST_NOUNS.has(cue.lower);
  if (!hosted && ((prep.lower !== 'in' && prep.lower !== 'on') || !(ROLE_IN_CUES.has(cue.lower) || ownWork(words, run.first - 2)))) return;
  // "worked on X" names a work; "worked in X" a place or a trade.
  if (ROLE_ON_CUES.has(cue.lower) && prep.lower !== 'on') return;
  // A bare "his role in" and one word is a part in an affair as often ("his role in Enron").
  const involvement = INVOLVEMENT_CUES.has(cue.lower) && !performerRole(words, run.first - 2);
  const whole = trimRunEnd(words, cutLongRun(words, withPossessiveTail(ctx, run)));
  // "roles in X and Y", "starred in X and The Y": two titles.
  // "appeared in X, Y and Z": the list goes on past the commas that end the first run; in such a
  // list only the last item holds the list's "and" ("roles in Romeo and Juliet, X and Y").
  const tail = ROLE_IN_PLURALS.has(cue.lower) ? roleListTail(ctx, run) : [];
  const items = tail.length > 0 ? [whole] : ROLE_IN_PLURALS.has(cue.lower) ? splitAtJoiners(words, whole, false) : splitAtJoiners(words, whole, true);
  const own = items.length;
  for (let t = 0; t < tail.length; t++) {
    const next = trimRunEnd(words, cutLongRun(words, withPossessiveTail(ctx, tail[t] as Run)));
    if (t < tail.length - 1) items.push(next);
    else items.push(...splitAtJoiners(words, next, false));
  }
  // A name's shape is a title only after a part or a showing, and not when it qualifies a noun
  // after the list ("starred in Ann Lee films", the maker's) or follows "worked on" (a task on a
  // person as often: "the stylist worked on Ann Lee").
  const shapeMayBeTitle = !involvement && !ROLE_ON_CUES.has(cue.lower) && !nounQualifies(ctx, words[whole.last + 1], false);
  // A list that goes on past commas holds one sort of thing: an item whose only fault is a word
  // that heads places and bodies ("Holby City", "The Bill", "My Family") is a title when another
  // item is one outright, and an item that is a place ("appeared in Leeds, Boston and X") or a
  // later one shaped as a person's name makes it a list of places or people, whose later items
  // are no titles.
  const headed: Run[] = [];
  const later: Finding[] = [];
  let outright = false;
  let notWorks = false;
  for (let n = 0; n < items.length; n++) {
    const cut = items[n] as Run;
    const after = words[cut.last + 1];
    const lone = cut.first === cut.last ? (words[cut.first] as Word) : null;
    // One word that closes its phrase ("her role in Closer,", "starred in Ray.") names the work
    // even when it is a given name or tagged as an adverb: no surname or clause goes on from it.
    const closed = after === undefined || !after.spaceBefore;
    // A name's shape after the list's first item is a person's, and the list one of people: the
    // cue does not reach it.
    const person = !(lone && closed) && personShaped(words, cut.first, cut.last);
    if (person && n >= own) notWorks = true;
    if ((person && !(shapeMayBeTitle && n < own && unnamedElsewhere(ctx, cut))) || nameShaped(words, cut) || (words[cut.last] as Word).possessive) continue;
    if (lone && (allCaps(view, lone) || (closed ? CLOSED_LONE_TAGS.has(ctx.posAt(lone.start)) : GIVEN_NAMES.has(lone.lower) || NOT_SUBJECT_TAGS.has(ctx.posAt(lone.start))))) continue;
    if ((lone && isPlaceOrBody(lone)) || everyWord(words, cut, placeOrDay)) notWorks = true;
    if (someWord(words, cut.first, cut.last, placeOrDay) || (lone && (involvement || isPlaceOrBody(lone)))) continue;
    if (nounQualifies(ctx, after, true)) continue;
    if (someWord(words, cut.first, cut.last, isPlaceOrDate)) {
      if (tail.length > 0) headed.push(cut);
      continue;
    }
    outright = true;
    (n < own ? out : later).push(titleFinding(ctx.formOf(cut)));
  }
  if (notWorks) return;
  out.push(...later);
  if (outright) for (const cut of headed) out.push(titleFinding(ctx.formOf(cut)));
}

/**
 * 4f. The work after co-stars' names ("appeared opposite Ann Lee and Tom Reed in X."): the part of
 * the run after its last lower-case "in", when it closes its phrase ("… in Leeds last year" goes
 * on) and is no person, place or date.
 */
function readOpposite(ctx: WorksContext, run: Run, out: Finding[]): void {
  const { words } = ctx;
  let k = run.last - 1;
  while (k > run.first && !((words[k] as Word).lower === 'in' && !(words[k] as Word).capitalised)) k--;
  if (k <= run.first) return;
  readTitleAfterIn(ctx, run, k, out);
}

/**
 * The part of `run` after its lower-case "in" at word `k` as a work's title, when it closes its
 * phrase ("… in Leeds last year" goes on) and is no person, place or date, nor one given name or
 * place's word.
 */
export function readTitleAfterIn(ctx: WorksContext, run: Run, k: number, out: Finding[]): void {
  const { words } = ctx;
  const title = trimRunEnd(words, { first: k + 1, last: run.last, start: (words[k + 1] as Word).start, end: run.end });
  if (words[title.last + 1]?.spaceBefore === true || (words[title.last] as Word).possessive) return;
  if (personShaped(words, title.first, title.last) || nameShaped(words, title) || someWord(words, title.first, title.last, isPlaceOrDate)) return;
  if (title.first === title.last && (GIVEN_NAMES.has((words[title.first] as Word).lower) || isPlaceOrBody(words[title.first] as Word))) return;
  out.push(titleFinding(ctx.formOf(title)));
}

/**
 * True for a run of two words or more none of which the text writes alone, as it would a person's
 * first name or surname ("Staunton said", "Vera told"): after a part or a showing ("her role in Vera
 * Drake", "starred in Erin Brockovich"), a name's shape that is never a person in the text is a title.
 */
function unnamedElsewhere(ctx: WorksContext, run: Run): boolean {
  if (run.last === run.first) return false;
  for (let k = run.first; k <= run.last; k++) if (ctx.standsAlone(ctx.word(k).lower)) return false;
  return true;
}

/**
 * True for "work" after a possessive determiner at `cue` ("her work on X", "his work in X"): what
 * someone made or played in, as "her role in X" is; "work on" alone is a task ("work on the case").
 */
function ownWork(words: readonly Word[], cue: number): boolean {
  const w = words[cue];
  const owner = words[cue - 1];
  return w !== undefined && w.lower === 'work' && owner !== undefined && POSSESSIVE_DETERMINERS.has(owner.lower);
}

/**
 * True when a word shortly before the "role" at `cue` makes it a performer's part ("her leading
 * role in X", "for his role in X"), not a part in an affair ("his role in the takeover").
 */
function performerRole(words: readonly Word[], cue: number): boolean {
  for (let k = cue - 1; k >= Math.max(0, cue - PERFORMER_REACH); k--) {
    const w = words[k] as Word;
    if (PERFORMER_ROLE_WORDS.has(w.lower)) return true;
    if (!w.spaceBefore) break;
  }
  return false;
}

/**
 * 4g. A run before a cast or crew noun and a name ("Friends actor Matt Kane", "Carry On star Ann
 * Lee"); not a place, a firm or a prize ("US actor", "BBC presenter", "Oscar winner"), not a person
 * ("Tom Hanks co-star"), not a common word opening a sentence ("Comic actor X").
 * 4h. "the X films", "the X franchise": a series of works, whatever the shape of X ("the Harry
 * Potter films"); "a X film" names a maker as often ("a Spike Lee film").
 */
export function readCrewOrSeries(ctx: WorksContext, whole: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const next = words[whole.last + 1];
  if (!next || !next.spaceBefore || next.capitalised) return;
  // "Fans of the X anime": the series is the part of the run after its lower-case "the".
  const full = SERIES_NOUNS.has(next.lower) ? afterInnerThe(words, whole) : whole;
  // A name after the noun ("Friends actor Matt Kane"), or a run of two words or more in
  // mid-sentence ("the Pulp Fiction director has").
  const named = words[full.last + 2]?.capitalised === true && words[full.last + 2]?.spaceBefore === true;
  const crew = CREW_NOUNS.has(next.lower) && (named || (full.last > full.first && (words[full.first] as Word).spaceBefore));
  const before = words[full.first - 1];
  const series = before !== undefined && !before.capitalised && ((SERIES_NOUNS.has(next.lower) && before.lower === 'the') || ownedTitle(before, next));
  if (!crew && !series) return;
  // "the Ashes series", "the Champions League season": a contest, not a series of works.
  if (series && SPORT_EVENTS.has((words[full.last] as Word).lower)) return;
  // "rapper Twista and Ray actor X": the title is after the last "and". A sentence's first word
  // that the text also writes in lower case is no part of it ("Former Playschool presenter").
  let run = lastListItem(words, withoutSentenceLead(words, full));
  const lead = words[run.first] as Word;
  if (run.last > run.first && !lead.spaceBefore && ctx.writesLower(lead.lower) && (words[run.first + 1] as Word).capitalised) run = { first: run.first + 1, last: run.last, start: (words[run.first + 1] as Word).start, end: run.end };
  // An honorific opens a person's name, but before a connector in front of a series or crew noun it
  // opens a title ("the Lord of the Rings trilogy", "the Prince of Persia films", "Lord of the Rings
  // director X"): a person's name holds no connector.
  const titled = (series || crew) && run.last > run.first && isInnerConnector(words[run.first + 1] as Word) && HONORIFICS.has((words[run.first] as Word).lower);
  const beforeName = crew && run.last > run.first && fullNameAfterNoun(words, run);
  if (someWord(words, titled ? run.first + 1 : run.first, run.last, beforeName ? isNoCrewTitleWordBeforeName : isNoCrewTitleWord)) return;
  if (crew && ((personShaped(words, run.first, run.last) && !titleBeforeFullName(words, run, ctx.opensSentence((words[run.first] as Word).start)) && !unnamedBeforeFullName(ctx, run, next)) || nameShaped(words, run))) return;
  // One word: a series only with two words or more ("the Jackson films" names a maker); a
  // common word ("Film director X", "Rock star X") or a nationality ("Polish actor") is none.
  const lone = run.first === run.last ? (words[run.first] as Word) : null;
  if (lone && CREW_NOUNS_AFTER_TWO.has(next.lower)) return;
  // A lone word before a series noun is a title ("the Alien franchise") unless it names a maker
  // ("the Jackson films", "the Kubrick films").
  if (lone && series && (KNOWN_MAKER_SURNAMES.has(lone.lower) || GIVEN_NAMES.has(lone.lower) || ctx.isSurname(lone.lower) || isLoneNonTitle(lone.lower))) return;
  if (lone && (allCaps(view, lone) || ctx.writesLower(lone.lower) || NOT_SUBJECT_TAGS.has(ctx.posAt(lone.start)) || ctx.posAt(lone.start) === 'ADJ')) return;
  // A sentence's first word counts when the text also writes it capitalised mid-sentence
  // ("Veteran actor X" does not), and "-ish" / "-ese" / "-ian" words are nationalities.
  if (lone && ((!lone.spaceBefore && !ctx.writesCapitalisedMidSentence(lone.lower) && !openingTitle(ctx, lone, run)) || endsLikeNationality(lone))) return;
  out.push(titleFinding(ctx.formOf(run)));
}

/**
 * True for an owner's word before a run and a kind of work in the singular after it ("his X single",
 * "their X album", "whose X series"): the run names what the owner made.
 */
function ownedTitle(before: Word, kind: Word): boolean {
  return OWNED_TITLE_LEADS.has(before.lower) && OWNED_TITLE_KINDS.has(kind.lower);
}

/**
 * True for one word opening a sentence before a crew noun and a full name that is no kind of
 * performer ("Scrubs star Ann Lee said", not "Rock star Ann Lee", "Film director", "Oscar host"): a
 * reporter's lead names the person by the work they are known for as often as by their field.
 */
function openingTitle(ctx: WorksContext, lone: Word, run: Run): boolean {
  const { words } = ctx;
  const l = lone.lower;
  if (CREW_QUALIFIERS.has(l) || WORK_NOUNS.has(l) || GENRE_CUES.has(l) || PRIZE_WORDS.has(l) || !ctx.opensSentence(lone.start)) return false;
  return fullNameAfterNoun(words, run);
}

/** True when the two words after the crew noun that follows `run` are capitalised, spaced and not owning: a full name. */
function fullNameAfterNoun(words: readonly Word[], run: Run): boolean {
  const a = wordAt(words, run.last + 2);
  const b = wordAt(words, run.last + 3);
  return a !== undefined && b !== undefined && a.capitalised && a.spaceBefore && b.capitalised && b.spaceBefore && !a.possessive;
}

/**
 * True for one given name in mid-sentence or opening a sentence (`opening`) before a crew noun and
 * a full name ("Ray star Jamie Foxx", "Troy actress Ann Lee"): no one is described by another
 * person's first name alone, so the word is the work the person is known for.
 */
function titleBeforeFullName(words: readonly Word[], run: Run, opening: boolean): boolean {
  const w = words[run.first] as Word;
  return run.first === run.last && (w.spaceBefore || opening) && !HONORIFICS.has(w.lower) && fullNameAfterNoun(words, run);
}

/**
 * True for a name's shape of two or three words before a crew noun (not "co-star", which follows
 * the person one played beside) and a full name, when the text never writes one of its words alone
 * ("Vera Drake star Imelda Staunton", "James Bond star Ann Lee"): a person named twice over is
 * named again by the surname, a work is not.
 */
function unnamedBeforeFullName(ctx: WorksContext, run: Run, noun: Word): boolean {
  return noun.lower !== 'co-star' && fullNameAfterNoun(ctx.words, run) && unnamedElsewhere(ctx, run);
}

/** People who follow works, before "of the X anime" at a sentence's start. */
const FAN_NOUNS: ReadonlySet<string> = new Set(['fans', 'viewers', 'readers', 'followers', 'lovers', 'newcomers', 'watchers']);

/**
 * The part of a run that opens with people and "of the" after it ("Fans of the X" → "X"), which
 * a sentence's capital joined to the title; the run itself otherwise ("Lord of the Rings").
 */
function afterInnerThe(words: readonly Word[], run: Run): Run {
  const lead = words[run.first] as Word;
  if (!(FAN_NOUNS.has(lead.lower) || PEOPLE_NOUNS.has(lead.lower)) || words[run.first + 1]?.lower !== 'of') return run;
  for (let k = run.last - 1; k > run.first; k--) {
    const w = words[k] as Word;
    if (w.lower === 'the' && !w.capitalised) return { first: k + 1, last: run.last, start: (words[k + 1] as Word).start, end: run.end };
  }
  return run;
}

/**
 * 4i. A maker's possessive before a title of two words or more that is not a person's shape:
 * "Eastwood's Million Dollar Baby", "Miyazaki's Spirited Away" ("DeVito's Owen" is a role, and one
 * word after a possessive is a role as often). Not a firm or a body ("Lee's POW Entertainment"),
 * not a run that qualifies a noun ("Metallica's Madly in Anger tour"), not a review's part after a
 * performer's full name (`owned-part.ts`: "Dana Moss's Ruth Pike is"). A foreign article may open
 * the title ("Verdi's La Traviata"); a run that goes on over "and" into the next maker's full name
 * ends before it.
 */
export function readMakerPossessive(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const owner = words[full.first - 1];
  if (!owner || !owner.possessive || !owner.capitalised || full.last === full.first || !(words[full.first] as Word).spaceBefore) return;
  // The owner is a maker or a channel: not a place or a day ("Britain's X", "Saturday's X"), not
  // a contraction ("What's Eating X", "Who's Your Daddy"), not inside a title itself ("The
  // Devil's Advocate", "Bill and Ted's Excellent Adventure").
  const ownerLower = owner.lower;
  const beforeOwner = words[full.first - 2];
  if (PLACES_AND_PEOPLES.has(ownerLower) || CALENDAR.has(ownerLower) || CONTRACTED.has(ownerLower) || NON_TITLE_LEADS.has(ownerLower)) return;
  if (beforeOwner && owner.spaceBefore && ((beforeOwner.capitalised && ARTICLES.has(beforeOwner.lower)) || NAME_JOINERS.has(beforeOwner.lower))) return;
  const owned = beforeNextOwner(words, full);
  const run = trimRunEnd(words, cutLongRun(words, owned));
  if (run.last === run.first || run.last !== owned.last || personShaped(words, run.first, run.last) || nameShaped(words, run)) return;
  if (ownedPart(ctx, owner, run)) return;
  // A work's possessive before its star: "Million Dollar Baby's Hilary Swank"; a star's before
  // the part, a first name that is also a word and a surname ("Ford's Rick Deckard"; not "Sinatra's
  // My Way", nor a longer title, "Hitchcock's Shadow of a Doubt").
  const lead = (words[run.first] as Word).lower;
  // A foreign article opens a title ("Verdi's La Traviata"), though "La" also leads a given name.
  // A particle only titles hold ("Strauss's Ariadne auf Naxos") makes a given name open a title too.
  if ((FIRST_NAMES.has(lead) && !FOREIGN_ARTICLES.has(lead) && !someWord(words, run.first, run.last, hasTitleParticle)) || (run.last === run.first + 1 && WORD_FIRST_NAMES.has(lead) && !COMMON_CAPITALISED.has(lead))) return;
  // Two words the text also names one of alone are a part an actor's possessive owns ("Ann Vale's
  // Orlo Vance … then Orlo leaves"): a title is rarely cut to one of its words.
  if (run.last === run.first + 1 && !ARTICLES.has((words[run.first] as Word).lower) && (ctx.namesAloneMidSentence((words[run.first] as Word).lower) || ctx.namesAloneMidSentence((words[run.last] as Word).lower))) return;
  // After a person's full name, a place or a date past the first word of a longer run is what the
  // title is about ("Philip Roth's The Plot Against America", "Martin Scorsese's Gangs of New
  // York"); first, in a run of two, or after a body's or a place's possessive, it is the owner's
  // place or day ("Ann Vale's New York", "Manhattan's Upper East Side", "the Guild of Great Britain").
  const given = words[full.first - 2];
  const longRun = run.last - run.first >= 2 && given !== undefined && given.capitalised && isListedFirstName(given.lower) && view.slice(given.end, owner.start) === ' ';
  for (let k = run.first; k <= run.last; k++) {
    const w = words[k] as Word;
    if (longRun && k > run.first && placeOrDay(w)) continue;
    if (isNoCrewTitleWord(w) || NAME_JOINERS.has(w.lower) || INSTITUTION_WORDS.has(w.lower) || allCaps(view, w)) return;
  }
  const after = words[run.last + 1];
  if (nounQualifies(ctx, after, true)) return;
  out.push(titleFinding(ctx.formOf(run)));
}

/**
 * The part of a maker's run before a joiner and the next maker's full-name possessive ("Verdi's La
 * Traviata and Richard Strauss's Ariadne" → "La Traviata"): the run ends on the next owner, whose
 * name is no word of the title; the run itself otherwise.
 */
function beforeNextOwner(words: readonly Word[], run: Run): Run {
  if (!(words[run.last] as Word).possessive) return run;
  for (let k = run.first + 1; k < run.last - 1; k++) {
    const w = words[k] as Word;
    if (!NAME_JOINERS.has(w.lower) || w.capitalised) continue;
    if (!isListedFirstName((words[k + 1] as Word).lower) || !personShaped(words, k + 1, run.last)) return run;
    return { first: run.first, last: k - 1, start: run.start, end: (words[k - 1] as Word).end };
  }
  return run;
}

/** Lower-case words that may stand between an owner's possessive and the kind of work ("Scorsese's big-budget biopic"). */
const APPOSITION_GAP = 2;

/**
 * 4k. A run set off by a comma before an owner's possessive and a kind of work: "The Aviator,
 * Martin Scorsese's biopic of Howard Hughes", "Night Train, Ann Lee's first novel": what a maker's
 * work is named beside is that work. Not a person's shape or a place, not one given name, not a
 * kind of work that qualifies a noun ("Ann Lee's film critic").
 */
export function readAppositive(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  if (!view.startsWith(', ', full.end)) return;
  // The owner: one to three capitalised words, the last a possessive.
  let k = full.last + 1;
  const ownerFirst = words[k];
  if (!ownerFirst?.capitalised || ownerFirst.start !== full.end + 2) return;
  while (!(words[k] as Word).possessive) {
    const next = words[k + 1];
    if (k >= full.last + 3 || !next?.capitalised || !next.spaceBefore) return;
    k++;
  }
  const owner = words[k] as Word;
  if (PLACES_AND_PEOPLES.has(owner.lower) || CALENDAR.has(owner.lower)) return;
  let kind = k + 1;
  while (kind <= k + 1 + APPOSITION_GAP && words[kind] && !(words[kind] as Word).capitalised && !APPOSITION_KINDS.has((words[kind] as Word).lower)) kind++;
  const noun = words[kind];
  if (!noun || noun.capitalised || !noun.spaceBefore || !APPOSITION_KINDS.has(noun.lower) || nounQualifies(ctx, words[kind + 1], false)) return;
  const run = lastListItem(words, trimRunEnd(words, cutLongRun(words, withoutSentenceLead(words, full))));
  if (run.last !== full.last || personShaped(words, run.first, run.last) || nameShaped(words, run) || someWord(words, run.first, run.last, isNoCrewTitleWord)) return;
  const lone = run.first === run.last ? (words[run.first] as Word) : null;
  if (lone && (GIVEN_NAMES.has(lone.lower) || allCaps(view, lone) || NOT_SUBJECT_TAGS.has(ctx.posAt(lone.start)))) return;
  out.push(titleFinding(ctx.formOf(run)));
}

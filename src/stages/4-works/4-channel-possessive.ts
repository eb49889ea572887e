/**
 * Pass 4: a run after a broadcaster's or a studio's possessive ("HBO's Lackawanna Blues", "the
 * BBC's Have I Got News For You", "Channel 4's Shameless"): what a channel owns and is named by
 * its title is a programme or a film. One word is enough here, as the owner is no maker of people.
 * Also a run with its channel in brackets after it ("The Crown (Netflix)", "X (BBC Three, 9pm)").
 */
import { CALENDAR, ORGANISATIONS, PLACES_AND_PEOPLES } from '../../data/not-names';
import { CHANNEL_HEADS, CHANNEL_NUMBERS, CHANNEL_OWNERS, GROUP_PLURALS, HOSTED_KINDS, NOT_WORK_HEADS, NOUN_TAGS, OBJECT_LEAD_TAGS, SIDE_PLURALS } from '../../data/work-cues';
import { FIRST_NAMES, RARE_FIRST_NAMES, WORD_FIRST_NAMES } from '../../text/first-names';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, withoutSentenceLead, type Finding, type WorksContext } from './context';
import { cutLongRun, splitAtJoiners, trimRunEnd } from './cuts';
import { allCaps, nameShaped, nounQualifies, personShaped, someWord } from './shapes';

/** A word of a place, a body or a day: the run names a part of the channel, not a programme ("ITV's London Studios"). */
const isChannelPartWord = (w: Word): boolean => NOT_WORK_HEADS.has(w.lower) || ORGANISATIONS.has(w.lower) || PLACES_AND_PEOPLES.has(w.lower) || CALENDAR.has(w.lower);

/** The most possessives a title after a channel's possessive is read through ("Hell's Kitchen", "They Think It's All Over"). */
const POSSESSIVES_IN_TITLE = 2;

/**
 * The run with the runs that follow a possessive at its end right after it ("Hell's" + "Kitchen"):
 * runs stop at a possessive, but a title may hold one.
 */
function throughPossessives(ctx: WorksContext, run: Run): Run {
  let out = run;
  for (let k = 0; k < POSSESSIVES_IN_TITLE; k++) {
    const last = ctx.word(out.last);
    const next = ctx.runAt(out.last + 1);
    if (!last.possessive || !next || !ctx.word(next.first).spaceBefore) break;
    out = { first: out.first, last: next.last, start: out.start, end: next.end };
  }
  return out;
}

/** True when the possessive word `i` names a channel: one word ("HBO's") or a head and a number ("BBC One's", "Channel 4's"). */
function channelOwnerAt(words: readonly Word[], i: number): boolean {
  const owner = words[i];
  if (!owner?.possessive) return false;
  if (CHANNEL_OWNERS.has(owner.lower)) return true;
  const head = words[i - 1];
  return CHANNEL_NUMBERS.has(owner.lower) && owner.spaceBefore && head !== undefined && CHANNEL_HEADS.has(head.lower);
}

/**
 * True when the lower-case word after a run makes the run its modifier ("the BBC's Tidewater digital
 * service", "ITV's Saturday schedule"); a noun tag on a verb before a determiner or a pronoun ("X
 * changes that", "X overtook its rivals") does not count.
 */
function qualifiedAfter(ctx: WorksContext, words: readonly Word[], last: number): boolean {
  const after = words[last + 1];
  if (!after || !after.spaceBefore || after.capitalised) return false;
  const next = words[last + 2];
  const nextTag = next ? ctx.posAt(next.start) : '';
  if (nounQualifies(ctx, after, true)) return !OBJECT_LEAD_TAGS.has(nextTag);
  // An adjective, then a noun: "the BBC's Tidewater digital service".
  return ctx.posAt(after.start) === 'ADJ' && next !== undefined && !next.capitalised && nounQualifies(ctx, next, true) && NOUN_TAGS.has(nextTag);
}

/** Two or three words led by a first name, none a possessive before the last ("Megan Thorne"; not "Mabel's Kitchen"). */
function fullNameLed(words: readonly Word[], run: Run): boolean {
  if (run.last === run.first || run.last - run.first > 2 || !FIRST_NAMES.has((words[run.first] as Word).lower)) return false;
  for (let k = run.first; k < run.last; k++) if ((words[k] as Word).possessive) return false;
  return true;
}

/**
 * 4. A title-case run right after a channel's possessive: the first item when a list follows
 * ("Channel 4's Supernanny and ITV1's X"), not a person's shape ("the BBC's Ann Lee", a full name
 * led by any first name), not a place, a body or a day ("ITV's London Studios", "Channel 4's
 * January figures"), not a modifier of a noun after it.
 */
export function readChannelPossessive(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { words } = ctx;
  if (!(words[full.first] as Word).spaceBefore || !channelOwnerAt(words, full.first - 1)) return;
  const run = splitAtJoiners(words, trimRunEnd(words, cutLongRun(words, throughPossessives(ctx, full))), false)[0] as Run;
  // A full name led by any first name is a presenter, a reporter or a boss far more often than a
  // programme named after its hero ("CNN's Ada Lorne", "the studio's head").
  // A group's plural at the end names no one person, whatever word leads ("Channel 4's Tyne Lads").
  const group = run.last > run.first && GROUP_PLURALS.has((words[run.last] as Word).lower);
  if (!group && (personShaped(words, run.first, run.last) || fullNameLed(words, run))) return;
  // A place inside is a programme's only when a kind of programme follows ("the BBC's Focus on Africa programme").
  const kind = words[run.last + 1];
  const kindAfter = kind !== undefined && !kind.capitalised && HOSTED_KINDS.has(kind.lower);
  // A group's plural after a place names a programme about the group, no part of the channel
  // ("Channel 4's Leeds Lads"); a place's men or women are its team ("the BBC's England Women").
  const team = group && SIDE_PLURALS.has((words[run.last] as Word).lower);
  if (!kindAfter && (!group || team) && someWord(words, run.first, run.last, isChannelPartWord)) return;
  // A lone word the text also uses as a surname is a presenter or a reporter ("the BBC's Lee"); a
  // lone word in capitals is an abbreviation as often ("Pixar's CGI").
  const lone = run.first === run.last ? (words[run.first] as Word) : null;
  if (lone && (ctx.isSurname(lone.lower) || ctx.posAt(lone.start) === 'PRON' || allCaps(ctx.view, lone))) return;
  // A group's plural is no modifier: the word after it is the programme's verb ("Leeds Lads returns").
  if (!kindAfter && (!group || team) && qualifiedAfter(ctx, words, run.last)) return;
  out.push(titleFinding(ctx.formOf(run)));
}

/**
 * True when the words from `k` name a channel and close a bracket or go on after a comma: one
 * owner word ("(Netflix)", "(HBO, 2019)") or a head and a number ("(BBC Three)", "(Channel 4, 9pm)").
 */
function channelInBracketAt(view: string, words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (!w) return false;
  const closes = (x: Word): boolean => view[x.end] === ')' || view[x.end] === ',';
  if (CHANNEL_OWNERS.has(w.lower) && closes(w)) return true;
  const n = words[k + 1];
  return CHANNEL_HEADS.has(w.lower) && n !== undefined && n.start === w.end + 1 && CHANNEL_NUMBERS.has(n.lower) && closes(n);
}

/**
 * The run's part after its last lower-case connector when a person's name opens it ("James Roe
 * from Shameless" → "Shameless"): the run joined a person to the programme they are from.
 */
function afterNamedHead(words: readonly Word[], run: Run): Run {
  for (let k = run.last - 1; k > run.first; k--) {
    const w = words[k] as Word;
    if (w.capitalised) continue;
    const head = { first: run.first, last: k - 1, start: run.start, end: (words[k - 1] as Word).end };
    const lead = (words[head.first] as Word).lower;
    const twoNames = head.last === head.first + 1 && (WORD_FIRST_NAMES.has(lead) || RARE_FIRST_NAMES.has(lead));
    if (!personShaped(words, head.first, head.last) && !fullNameLed(words, head) && !twoNames) return run;
    const next = words[k + 1] as Word;
    return { first: k + 1, last: run.last, start: next.start, end: run.end };
  }
  return run;
}

/**
 * 4. A title-case run with its channel in brackets right after it ("The Crown (Netflix)", "The
 * Mighty Boosh (BBC Three)"): a listing's way of naming a programme. Not a person's shape or a full
 * name led by any first name, as a reporter's or a guest's broadcaster is written so too ("Ada
 * Lorne (BBC)"); two words or more; no place, body or day word.
 */
export function readChannelBracket(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  if (view[full.end] !== ' ' || view[full.end + 1] !== '(') return;
  const open = words[full.last + 1];
  if (!open || open.start !== full.end + 2 || !channelInBracketAt(view, words, full.last + 1)) return;
  const run = afterNamedHead(words, trimRunEnd(words, cutLongRun(words, withoutSentenceLead(words, full))));
  if (run.last !== full.last || personShaped(words, run.first, run.last) || nameShaped(words, run)) return;
  // One word is a place, a body or a firm with its broadcaster as often ("Ofcom (BBC)").
  if (run.last === run.first || fullNameLed(words, run) || RARE_FIRST_NAMES.has((words[run.first] as Word).lower)) return;
  if (someWord(words, run.first, run.last, isChannelPartWord)) return;
  out.push(titleFinding(ctx.formOf(run)));
}

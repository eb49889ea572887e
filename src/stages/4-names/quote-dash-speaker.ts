/**
 * A quoted line's speaker tag: `"…" – Name` or `"…"-Name`, the way fans cite a favourite line.
 */
import { isDash } from '../../text/chars';
import { tagEndsAt } from '../../text/speaker-tag';
import { isStopWord, type NameContext } from './context';

/** Closing double quote marks a cited line ends with. */
const LINE_CLOSERS: ReadonlySet<string> = new Set(['"', '”']);

/** Opening double quote marks a cited line starts with. */
const LINE_OPENERS: ReadonlySet<string> = new Set(['"', '“']);

/**
 * Marks that may end a speaker tag: a stop, a comma, a slash before a second name. Not a bracket:
 * `– Assembly Woman (Park Eun-Hee)` names the speaker in the bracket and only describes her before it.
 */
const TAG_ENDS: ReadonlySet<string> = new Set(['.', ',', ';', '!', '?', '/']);

/** Fewest spaces inside a cited line: a line says something (`"friendly fire" - X` cites a term). */
const MIN_LINE_SPACES = 2;

/** Most words a speaker tag's name holds (`Monkey D. Luffy`); a longer run holds a title after it (`– X Sword Art Online`). */
const MAX_TAG_WORDS = 3;

/** Longest cited line read back for its opening mark, in characters. */
const MAX_LINE = 600;

/**
 * True when the name of words `first` to `last` is a cited line's speaker: it starts right after one dash (not `--`, which
 * sets off the writer's own remark), with or without spaces around it, that follows a closing
 * double quote mark; the quoted line holds three words or more; the name holds three words at
 * most and its first is no function word (`– This night…`); and the tag ends there: at the text's or the line's end, at a
 * stop or a comma, before a capitalised function word (a review run together, `– Luffy This
 * show`) or a scene word (`– Ilse after she opens the box`). A lower-case word after it makes the
 * words after the dash the writer's sentence (`– Yes my friend`).
 */
export function isQuoteDashSpeaker(ctx: NameContext, first: number, last: number): boolean {
  const { view } = ctx.input;
  const lead = ctx.words[first];
  const tail = ctx.words[last];
  if (!lead || !tail || last - first >= MAX_TAG_WORDS || isStopWord(lead.lower)) return false;
  let i = lead.start - 1;
  while (i >= 0 && view[i] === ' ') i--;
  if (!isDash(view[i]) || isDash(view[i - 1])) return false;
  i--;
  while (i >= 0 && view[i] === ' ') i--;
  if (!LINE_CLOSERS.has(view[i] as string)) return false;
  let spaces = 0;
  let open = i - 1;
  for (; open >= 0 && i - open <= MAX_LINE && !LINE_OPENERS.has(view[open] as string); open--) {
    if (view[open] === '\n') return false;
    if (view[open] === ' ') spaces++;
  }
  if (open < 0 || !LINE_OPENERS.has(view[open] as string) || i - open > MAX_LINE || spaces < MIN_LINE_SPACES) return false;
  return tagEndsAt(view, tail.end, TAG_ENDS);
}

/**
 * Script lines in the shapes other than `Name : words` (which {@link classifyLine} reads): a quoted
 * exchange in a blockquote (`> Name: words`), a speaker in brackets (`[Name] words`) or in bold
 * (`**Name:** words`), and a
 * screenplay cue (a line holding only a name in capitals, the speech on the lines below it).
 * Pure functions of the lines, so they are tested table by table; the segmenter turns what they
 * return into script lines.
 */
import { LABEL_WORDS, ONE_WORD_HEADINGS } from '../../data/heading-words';
import type { Span } from '../../types';
import { isLetter, isUpper } from '../../text/chars';
import { WORD_FIRST_NAMES } from '../../text/first-names';
import { isListedFirstName } from '../../text/listed-first-name';
import { classifyLine } from './1-classify-line';

/** One script line found here: the lines it spans (indices, inclusive), the speaker and the words. */
export interface ScriptShape {
  first: number;
  last: number;
  speaker: Span;
  words: Span;
}

/** Longest speaker name in brackets or in a cue, in characters. */
const MAX_SPEAKER_CHARS = 40;

/** 1-3 capitalised words of letters, apostrophes, periods and hyphens (`Dr. Park`, `Min-seo`). */
function speakerShaped(part: string): boolean {
  if (part.length === 0 || part.length > MAX_SPEAKER_CHARS) return false;
  const words = part.split(' ').filter(Boolean);
  if (words.length > 3) return false;
  return words.every((w) => isUpper(w[0]) && [...w].every((c) => isLetter(c) || c === "'" || c === '’' || c === '.' || c === '-'));
}

/** True when the words of a would-be speaker label a part of a review ("Edit", "Spoilers"). */
function isLabel(part: string): boolean {
  return part
    .toLowerCase()
    .split(' ')
    .some((w) => LABEL_WORDS.has(w.replace(/\.$/, '')) || ONE_WORD_HEADINGS.has(w));
}

/** `> Name: words`: the script line inside a blockquote, by the rules of `Name : words`. */
function blockquoted(view: string, line: Span): { speaker: Span; words: Span } | null {
  if (view[line.start] !== '>') return null;
  let s = line.start + 1;
  while (s < line.end && (view[s] === ' ' || view[s] === '>')) s++;
  const cls = classifyLine(view.slice(s, line.end));
  if (cls.kind !== 'dialogue' || !cls.strongDialogue) return null;
  return { speaker: { start: s, end: s + cls.speakerEnd }, words: { start: s + cls.textStart, end: line.end } };
}

/** `[Name] words`. */
function bracketed(view: string, line: Span): { speaker: Span; words: Span } | null {
  if (view[line.start] !== '[') return null;
  const close = view.indexOf(']', line.start);
  if (close < 0 || close >= line.end || close - line.start > MAX_SPEAKER_CHARS + 1) return null;
  const name = view.slice(line.start + 1, close).trim();
  if (!speakerShaped(name) || isLabel(name)) return null;
  let w = close + 1;
  while (w < line.end && view[w] === ' ') w++;
  if (w === close + 1 && w < line.end) return null;
  if (!/\p{L}/u.test(view.slice(w, line.end))) return null;
  const start = view.indexOf(name, line.start);
  return { speaker: { start, end: start + name.length }, words: { start: w, end: line.end } };
}

/** `**Name:** words`, `**Name**: words`, `*Name:* words`: a speaker in bold or italics. */
function emphasised(view: string, line: Span): { speaker: Span; words: Span } | null {
  const mark = view[line.start];
  if (mark !== '*' && mark !== '_') return null;
  let s = line.start;
  while (s < line.end && view[s] === mark && s - line.start < 2) s++;
  const width = s - line.start;
  const colon = view.indexOf(':', s);
  if (colon < 0 || colon >= line.end || colon - s > MAX_SPEAKER_CHARS) return null;
  // The marks close right before the colon or right after it.
  const closeBefore = view.slice(colon - width, colon) === mark.repeat(width);
  const closeAfter = view.slice(colon + 1, colon + 1 + width) === mark.repeat(width);
  if (closeBefore === closeAfter) return null;
  const nameEnd = closeBefore ? colon - width : colon;
  const name = view.slice(s, nameEnd).trim();
  if (!speakerShaped(name) || isLabel(name)) return null;
  let w = closeAfter ? colon + 1 + width : colon + 1;
  while (w < line.end && view[w] === ' ') w++;
  if (!/\p{L}/u.test(view.slice(w, line.end))) return null;
  const start = view.indexOf(name, s);
  return { speaker: { start, end: start + name.length }, words: { start: w, end: line.end } };
}

/** A screenplay cue: a name in capitals alone on its line (`MARGARET`, `DR. PARK`). */
function isCue(text: string): boolean {
  if (!speakerShaped(text) || isLabel(text)) return false;
  let letters = 0;
  for (const c of text) {
    if (!isLetter(c)) continue;
    if (!isUpper(c)) return false;
    letters++;
  }
  return letters >= 2;
}

/**
 * The words written capitalised in the middle of a sentence (after a lower-case word or a comma):
 * what the text itself uses as names.
 */
function midSentenceCapitals(view: string): Set<string> {
  const out = new Set<string>();
  for (const m of view.matchAll(/\p{Lu}[\p{Ll}'’-]+/gu)) {
    const before = view[m.index - 2];
    if (view[m.index - 1] === ' ' && before !== undefined && (before === ',' || (isLetter(before) && !isUpper(before)))) out.add(m[0].toLowerCase());
  }
  return out;
}

/** True when a speaker reads as a person's name: a listed first name, or a name the text uses. */
function nameLike(speaker: string, names: ReadonlySet<string>): boolean {
  const words = speaker.toLowerCase().split(/[ .]+/).filter(Boolean);
  return words.some((w) => isListedFirstName(w) || WORD_FIRST_NAMES.has(w) || names.has(w));
}

/** The words written all in lower case somewhere in the text. */
function lowerCaseWords(view: string): Set<string> {
  const out = new Set<string>();
  for (const m of view.matchAll(/\p{Ll}+/gu)) {
    const before = view[m.index - 1];
    const after = view[m.index + m[0].length];
    if (!isLetter(before) && !isLetter(after)) out.add(m[0]);
  }
  return out;
}

/**
 * The script lines of the shapes above. Brackets, bold speakers and cues count only in an exchange: two or more
 * lines of the shape with two or more speakers, each a listed first name or a word the text writes
 * capitalised mid-sentence (`[Music]`, `[Laughter]` are none) and none of whose words the text
 * writes in lower case ("THE PLOT" over a paragraph is a heading). A cue's speech is the lines
 * right below it, up to a blank line or the next cue. `lines` are the text's trimmed lines, null for blank ones.
 */
export function scriptShapes(view: string, lines: readonly (Span | null)[]): ScriptShape[] {
  const quoted: ScriptShape[] = [];
  const brackets: ScriptShape[] = [];
  const cues: ScriptShape[] = [];
  lines.forEach((line, i) => {
    if (!line) return;
    const inQuote = blockquoted(view, line) ?? null;
    if (inQuote) {
      quoted.push({ first: i, last: i, ...inQuote });
      return;
    }
    const inBrackets = bracketed(view, line) ?? emphasised(view, line);
    if (inBrackets) {
      brackets.push({ first: i, last: i, ...inBrackets });
      return;
    }
    const below = lines[i + 1];
    if (!below || !isCue(view.slice(line.start, line.end)) || isCue(view.slice(below.start, below.end))) return;
    let last = i + 1;
    while (lines[last + 1] && !isCue(view.slice((lines[last + 1] as Span).start, (lines[last + 1] as Span).end))) last++;
    cues.push({ first: i, last, speaker: { start: line.start, end: line.end }, words: { start: below.start, end: (lines[last] as Span).end } });
  });
  const exchange = (found: ScriptShape[]): ScriptShape[] => {
    const speakers = new Set(found.map((s) => view.slice(s.speaker.start, s.speaker.end).toLowerCase()));
    return found.length >= 2 && speakers.size >= 2 ? found : [];
  };
  // The texts' own words, read only when an exchange may be there.
  let cueLines = exchange(cues);
  let bracketLines = exchange(brackets);
  if (cueLines.length + bracketLines.length > 0) {
    const names = midSentenceCapitals(view);
    const lower = lowerCaseWords(view);
    const named = (s: ScriptShape): boolean => {
      const speaker = view.slice(s.speaker.start, s.speaker.end);
      return nameLike(speaker, names) && !speaker.toLowerCase().split(/[ .]+/).some((w) => lower.has(w));
    };
    bracketLines = exchange(bracketLines.filter(named));
    cueLines = exchange(cueLines.filter(named));
  }
  return [...quoted, ...bracketLines, ...cueLines].sort((a, b) => a.first - b.first);
}

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

/** A blockquoted line without its marks (`> LOUIS` → `LOUIS`); null for a line of marks only. */
function withoutQuoteMarks(view: string, line: Span): Span | null {
  if (view[line.start] !== '>') return line;
  let s = line.start;
  while (s < line.end && (view[s] === ' ' || view[s] === '>')) s++;
  return s < line.end ? { start: s, end: line.end } : null;
}

/**
 * `> RICK _(staring at his glass)_: She is coming back.`: a blockquoted script line with a stage
 * direction in brackets between the speaker and the colon (italic marks around it or not).
 */
function directed(view: string, line: Span): { speaker: Span; words: Span } | null {
  const inner = withoutQuoteMarks(view, line);
  if (view[line.start] !== '>' || !inner) return null;
  const colon = view.indexOf(':', inner.start);
  const open = view.indexOf('(', inner.start);
  if (colon < 0 || colon >= line.end || open < 0 || open > colon || colon - inner.start > MAX_DIRECTED_CHARS) return null;
  const close = view.indexOf(')', open);
  if (close < 0 || close > colon || /[^_* ]/.test(view.slice(close + 1, colon))) return null;
  let e = open;
  while (e > inner.start && /[_* ]/.test(view[e - 1] as string)) e--;
  const name = view.slice(inner.start, e);
  if (!speakerShaped(name) || isLabel(name)) return null;
  let w = colon + 1;
  while (w < line.end && view[w] === ' ') w++;
  if (!/\p{L}/u.test(view.slice(w, line.end))) return null;
  return { speaker: { start: inner.start, end: e }, words: { start: w, end: line.end } };
}

/** Longest stretch from a speaker to the colon over a stage direction, in characters. */
const MAX_DIRECTED_CHARS = 120;

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
  const directions: ScriptShape[] = [];
  const brackets: ScriptShape[] = [];
  const cues: ScriptShape[] = [];
  const quotedCues: ScriptShape[] = [];
  // A cue and its speech read the same inside a blockquote, its marks aside.
  const inner = lines.map((line) => (line ? withoutQuoteMarks(view, line) : null));
  const cueAt = (k: number): boolean => {
    const l = inner[k];
    return l !== null && l !== undefined && isCue(view.slice(l.start, l.end));
  };
  lines.forEach((line, i) => {
    if (!line) return;
    const inQuote = blockquoted(view, line) ?? null;
    if (inQuote) {
      quoted.push({ first: i, last: i, ...inQuote });
      return;
    }
    const withDirection = directed(view, line);
    if (withDirection) {
      directions.push({ first: i, last: i, ...withDirection });
      return;
    }
    // `> [Name] words`, `> **Name:** words`: the same shapes inside a blockquote.
    const body = inner[i] ?? line;
    const inBrackets = bracketed(view, body) ?? emphasised(view, body);
    if (inBrackets) {
      brackets.push({ first: i, last: i, ...inBrackets });
      return;
    }
    const cue = inner[i];
    const below = inner[i + 1];
    if (!cue || !below || !cueAt(i) || cueAt(i + 1)) return;
    let last = i + 1;
    while (inner[last + 1] && !cueAt(last + 1)) last++;
    const found = { first: i, last, speaker: cue, words: { start: below.start, end: (lines[last] as Span).end } };
    (view[line.start] === '>' ? quotedCues : cues).push(found);
  });
  const exchange = (found: ScriptShape[]): ScriptShape[] => {
    const speakers = new Set(found.map((s) => view.slice(s.speaker.start, s.speaker.end).toLowerCase()));
    return found.length >= 2 && speakers.size >= 2 ? found : [];
  };
  // A line with a stage direction counts beside plain blockquoted script lines, or in an exchange of its own.
  const directedLines = quoted.length > 0 ? directions : exchange(directions);
  // The texts' own words, read only when an exchange may be there.
  let cueLines = exchange(cues);
  let bracketLines = exchange(brackets);
  let quotedCueLines = exchange(quotedCues);
  if (cueLines.length + bracketLines.length + quotedCueLines.length > 0) {
    const names = midSentenceCapitals(view);
    const lower = lowerCaseWords(view);
    const nameOf = (s: ScriptShape): string => view.slice(s.speaker.start, s.speaker.end);
    const named = (s: ScriptShape): boolean => nameLike(nameOf(s), names) && !nameOf(s).toLowerCase().split(/[ .]+/).some((w) => lower.has(w));
    bracketLines = exchange(bracketLines.filter(named));
    cueLines = exchange(cueLines.filter(named));
    // Cues inside a blockquote are a quoted scene, not headings: one speaker the text names is
    // enough, and a part named by a common noun ("CROUPIER") speaks too.
    if (!quotedCueLines.some((s) => nameLike(nameOf(s), names))) quotedCueLines = [];
  }
  return [...quoted, ...directedLines, ...bracketLines, ...cueLines, ...quotedCueLines].sort((a, b) => a.first - b.first);
}

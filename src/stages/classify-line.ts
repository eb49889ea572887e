/**
 * The line rules of stage 2: what one line of text is (a heading, a question, a script line,
 * prose, …). Pure functions of the line's text, so they are tested table by table.
 */
import { COLON_LEAD_IN_VERBS, LABEL_WORDS, ONE_WORD_HEADINGS } from '../data/heading-words';
import { HONORIFICS } from '../data/honorifics';
import { QUOTE_CHARS } from '../data/quote-pairs';
import { FIRST_LETTER_OR_DIGIT, HAS_LETTER_OR_DIGIT, isDash, isLetter, isUpper } from '../text/chars';

const SPEAKER_WORD = /^[\p{L}\p{M}'’.-]+$/u;
import { lineWords, titleCaseCounts } from '../text/title-case';

/** What a line is. `setext` is an underline (`===`, `---`) that may promote the line above. */
export type LineKind = 'heading' | 'question' | 'dialogue' | 'separator' | 'setext' | 'fence' | 'text';

/** A classified line; `textStart`/`textEnd` are offsets into the line of the heading text or script words. */
export interface LineClass {
  kind: LineKind;
  /** For headings: where the heading text starts in the line (after `#` marks or `**`). */
  textStart: number;
  textEnd: number;
  /** For dialogue: the speaker's end in the line (its start is 0). */
  speakerEnd: number;
  /** For dialogue: true when the words after the colon cannot be a title ("Yes, what?"). */
  strongDialogue: boolean;
  /** For weak dialogue: what the line is when no script line stands beside it. */
  fallback: 'heading' | 'text';
  /**
   * How a heading is marked: `markdown` (`#`, a bold-only line: always a heading), `numbered`
   * (`III. Verdict`, `2) The cast`), `colon` (ends in a colon), or `bare` (a question or a
   * title-like line). The segmenter checks all but `markdown` against the lines around them.
   */
  mark: HeadingMark;
}

/** How a heading line is marked; see {@link LineClass.mark}. */
export type HeadingMark = 'markdown' | 'numbered' | 'colon' | 'bare';

const MAX_HEADING_CHARS = 200;
const MAX_TITLE_CASE_WORDS = 12;
const MAX_COLON_WORDS = 15;
const MIN_QUESTION_WORDS = 4;
const MAX_QUESTION_WORDS = 40;

/** Narrows `[start, end)` of a line past emphasis marks that wrap it (`*My Mister*`, `**Verdict**`). */
export function withoutEmphasis(line: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (b - a > 2 && (line[a] === '*' || line[a] === '_') && line[b - 1] === line[a]) {
    a++;
    b--;
  }
  return [a, b];
}

/** True when a run of words reads as a title ("The Funniest Scene", "Best Lines & Lessons"). */
export function isTitleCase(words: readonly string[]): boolean {
  const { capitalised, content } = titleCaseCounts(words);
  if (content === 1 && words.length <= 2) return capitalised === 1 && ONE_WORD_HEADINGS.has((words.find((w) => isLetter(w[0])) ?? '').toLowerCase());
  return capitalised >= 2 && capitalised / content >= 0.75;
}

/** True when the line holds a sentence end (`. `, `! `) before its last character, abbreviations aside. */
function hasInnerSentenceEnd(line: string, terminals: string): boolean {
  for (let i = 0; i < line.length - 1; i++) {
    const ch = line[i] as string;
    if (!terminals.includes(ch) || line[i + 1] !== ' ') continue;
    if (ch === '.') {
      let k = i;
      while (k > 0 && isLetter(line[k - 1])) k--;
      const word = line.slice(k, i).toLowerCase();
      if (HONORIFICS.has(word) || word.length === 1 || word === 'vs' || word === 'etc') continue;
    }
    return true;
  }
  return false;
}

/** The speaker part of a script line: one to three capitalised words (`Gyeong-So`, `MRS. PARK`). */
function speakerShaped(part: string): boolean {
  if (part.length === 0 || part.length > 40) return false;
  const words = part.split(/\s+/).filter(Boolean);
  if (words.length > 3) return false;
  return words.every((w) => isUpper(w[0]) && SPEAKER_WORD.test(w));
}

const EMPTY: Omit<LineClass, 'kind'> = { textStart: 0, textEnd: 0, speakerEnd: 0, strongDialogue: false, fallback: 'text', mark: 'bare' };

function kindOnly(kind: LineKind, line: string): LineClass {
  return { kind, textStart: 0, textEnd: line.length, speakerEnd: 0, strongDialogue: false, fallback: 'text', mark: 'bare' };
}

/**
 * The number or letter that opens a numbered heading: a Roman numeral, one or two digits or one
 * capital letter, then `.` or `)` ("III. Verdict", "2) The cast", "A. Story").
 */
const HEADING_NUMBER = /^(?:[IVX]{1,5}|\d{1,2}|[A-Z])[.)] ?/;
const MAX_NUMBERED_WORDS = 8;

/**
 * A numbered heading: the number, then a few words opening with a capital letter and no
 * sentence punctuation ("2) The cast"; not "1. It was a long wait." nor a list item of prose).
 */
function numberedHeading(line: string): boolean {
  const m = HEADING_NUMBER.exec(line);
  if (!m) return false;
  const [a, b] = withoutEmphasis(line, m[0].length, line.length);
  const rest = line.slice(a, b);
  if (!isUpper(rest[0]) || /[.,;:!…]$/.test(rest) || isDash(rest[rest.length - 1])) return false;
  const words = lineWords(rest);
  return words.length >= 1 && words.length <= MAX_NUMBERED_WORDS && (rest.match(/,/g)?.length ?? 0) <= 1 && !hasInnerSentenceEnd(rest, '.?!');
}

/** True for a signature line of an embedded post or a quote's source: "— Name (@handle) date". */
function signatureLine(line: string): boolean {
  return isDash(line[0]) || line.startsWith('--') || line.includes('(@');
}

/** Classifies a script line `Name : words`, or returns null. */
function classifyDialogue(line: string): LineClass | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const speaker = line.slice(0, colon).trimEnd();
  const rest = line.slice(colon + 1).trim();
  if (!rest || !speakerShaped(speaker) || line[colon + 1] === '/' || LABEL_WORDS.has(speaker.toLowerCase().replace(/\.$/, ''))) return null;
  const restWords = lineWords(rest);
  const { capitalised, content } = titleCaseCounts(restWords);
  const strong = /[.!?…,]$/.test(rest) || capitalised < content || content === 0 || /[.!?]\s/.test(rest);
  const fallback = strong ? 'text' : titleLikeKind(line, lineWords(line));
  return { kind: 'dialogue', textStart: line.indexOf(rest, colon + 1), textEnd: line.length, speakerEnd: speaker.length, strongDialogue: strong, fallback, mark: 'bare' };
}

/**
 * Classifies one trimmed, non-blank line. `inFence` is true inside a markdown code fence.
 * Dialogue lines with title-like words ("Cheong-San : Gyeong-So") are returned as dialogue
 * with `strongDialogue: false`; the segmenter keeps them only beside another script line.
 */
export function classifyLine(line: string, inFence = false): LineClass {
  if (line.startsWith('```') || line.startsWith('~~~')) return kindOnly('fence', line);
  if (inFence) return kindOnly('text', line);
  if (!HAS_LETTER_OR_DIGIT.test(line)) return kindOnly(/^(?:=+|-+)$/.test(line) && line.length >= 2 ? 'setext' : 'separator', line);

  // 1. Markdown: `# Heading`, `**Heading**`.
  const hashes = /^#{1,6}(?=\s)/.exec(line);
  if (hashes) {
    let end = line.length;
    while (end > 0 && line[end - 1] === '#') end--;
    const inner = line.slice(hashes[0].length, end).trim();
    if (!inner) return kindOnly('separator', line);
    const [start, stop] = withoutEmphasis(line, line.indexOf(inner, hashes[0].length), line.indexOf(inner, hashes[0].length) + inner.length);
    return { ...EMPTY, kind: inner.endsWith('?') ? 'question' : 'heading', textStart: start, textEnd: stop, mark: 'markdown' };
  }
  const bold = /^(\*\*|__)(.+)\1$/.exec(line);
  if (bold && bold[2] && !bold[2].includes('**') && line.length <= MAX_HEADING_CHARS) {
    const inner = bold[2].trim();
    const start = line.indexOf(inner, 2);
    // An aside in bold ("**(spoilers ahead)**") is no heading.
    if (inner.startsWith('(') || inner.startsWith('[')) return kindOnly('text', line);
    return { ...EMPTY, kind: inner.endsWith('?') ? 'question' : 'heading', textStart: start, textEnd: start + inner.length, mark: 'markdown' };
  }

  // 2. Numbered headings ("III. Verdict", "2) The cast", "A. Story").
  if (line.length <= MAX_HEADING_CHARS && numberedHeading(line)) return { ...EMPTY, kind: 'heading', textEnd: line.length, mark: 'numbered' };

  // 3. Lines that are never headings: list items, captions, quoted speech, signature lines,
  //    emphasised asides ("*(mild spoilers ahead)*", "_Spoilers._"), long lines.
  if (/^(?:[-*+•]|\d{1,3}[.)])\s/.test(line)) return kindOnly('text', line);
  const first = line[0] as string;
  if (QUOTE_CHARS.has(first) || first === '(' || first === '[' || first === '>') return kindOnly('text', line);
  if (signatureLine(line)) return kindOnly('text', line);
  if (line.length > MAX_HEADING_CHARS) return kindOnly('text', line);
  const [innerStart, innerEnd] = withoutEmphasis(line, 0, line.length);
  if (innerStart > 0) {
    const inner = line.slice(innerStart, innerEnd);
    if (inner.startsWith('(') || inner.startsWith('[') || /[.!…]$/.test(inner)) return kindOnly('text', line);
  }

  // 4. Script lines.
  const dialogue = classifyDialogue(line);
  if (dialogue?.strongDialogue) return dialogue;

  const words = lineWords(line);
  const last = line[line.length - 1] as string;

  // 5. Question lines: only questions, long enough not to be a line of speech ("What’s wrong?").
  //    Whether one stands alone or ends a paragraph of prose, the segmenter decides.
  if (last === '?') {
    const isQuestion = words.length >= MIN_QUESTION_WORDS && words.length <= MAX_QUESTION_WORDS && !hasInnerSentenceEnd(line, '.!');
    return isQuestion ? { ...EMPTY, kind: 'question', textEnd: line.length } : kindOnly('text', line);
  }

  // 6. Lines ending in a colon that are not a lead-in to quoted words, nor the wrapped end of a
  //    sentence (a lower-case start).
  if (last === ':') {
    const lastWord = (words[words.length - 1] ?? '').toLowerCase();
    const ok = words.length <= MAX_COLON_WORDS && !COLON_LEAD_IN_VERBS.has(lastWord) && !hasInnerSentenceEnd(line, '.!?') && !isLowerStart(line);
    return ok ? { ...EMPTY, kind: 'heading', textEnd: line.length, mark: 'colon' } : kindOnly('text', line);
  }
  if (dialogue) return dialogue;

  // 7. Short title-like lines.
  return kindOnly(titleLikeKind(line, words), line);
}

/** True when the line's first letter is lower case. */
function isLowerStart(line: string): boolean {
  const ch = FIRST_LETTER_OR_DIGIT.exec(line)?.[0];
  return ch !== undefined && isLetter(ch) && ch !== ch.toUpperCase();
}

/** Step 7 of {@link classifyLine}: a short title-cased line without sentence punctuation is a heading. */
function titleLikeKind(line: string, words: readonly string[]): 'heading' | 'text' {
  const last = line[line.length - 1];
  if (/[.,;!…]$/.test(line) || isDash(last)) return 'text';
  if (words.length === 0 || words.length > MAX_TITLE_CASE_WORDS) return 'text';
  if ((line.match(/,/g)?.length ?? 0) > 1 || hasInnerSentenceEnd(line, '.?')) return 'text';
  if (!isUpper(FIRST_LETTER_OR_DIGIT.exec(line)?.[0]) && !/^\d/.test(line)) return 'text';
  return isTitleCase(words) ? 'heading' : 'text';
}

/**
 * True when the first line of a document reads as its title: not prose (no final full stop),
 * not quoted speech, a caption or a script line, and not too long.
 */
export function isTitleLine(line: string, cls: LineClass): boolean {
  if (cls.kind === 'heading' || cls.kind === 'question') return true;
  if (cls.kind !== 'text') return false;
  const first = line[0] as string;
  if (QUOTE_CHARS.has(first) || first === '(' || first === '[' || /^(?:[-*+•]|\d{1,3}[.)])\s/.test(line)) return false;
  const words = lineWords(line);
  if (words.length === 0 || words.length > 25 || line.length > MAX_HEADING_CHARS) return false;
  if (/[.,;:]$/.test(line) && !line.endsWith('...') && !line.endsWith('…')) return false;
  if (hasInnerSentenceEnd(line, '.')) return false;
  if (line.endsWith('!')) return isTitleCase(words);
  return true;
}

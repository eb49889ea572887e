/**
 * The line rules of stage 2: what one line of text is (a heading, a question, a script line,
 * prose, …). Pure functions of the line's text, so they are tested table by table.
 */
import { COLON_LEAD_IN_VERBS, LABEL_WORDS, SENTENCE_SUBJECT_PRONOUNS } from '../../data/heading-words';
import { QUOTE_CHARS } from '../../data/quote-pairs';
import { HAS_LETTER_OR_DIGIT, isDash, isUpper } from '../../text/chars';
import { lineWords, titleCaseCounts } from '../../text/title-case';
import { plainLine, wholeHeading, wholeLine, type LineClass, type StrongScriptLine, type WeakScriptLine } from './line-class';
import { emphasisedSentence, hasInnerSentenceEnd, isLowerStart, LIST_MARK, MAX_HEADING_CHARS, scoreLine, spoilerWarning, titleLikeKind, withoutEmphasis } from './title-shape';

const SPEAKER_WORD = /^[\p{L}\p{M}'’.-]+$/u;
const MAX_SPEAKER_CHARS = 40;
const MAX_SPEAKER_WORDS = 3;
const MAX_COLON_WORDS = 15;
const MIN_QUESTION_WORDS = 4;
const MAX_QUESTION_WORDS = 40;

/** The speaker part of a script line: one to three capitalised words (`Gyeong-So`, `MRS. PARK`). */
function speakerShaped(part: string): boolean {
  if (part.length === 0 || part.length > MAX_SPEAKER_CHARS) return false;
  const words = part.split(/\s+/).filter(Boolean);
  if (words.length > MAX_SPEAKER_WORDS) return false;
  return words.every((w) => isUpper(w[0]) && SPEAKER_WORD.test(w));
}

/**
 * The number or letter that opens a numbered heading: a Roman numeral, one or two digits or one
 * capital letter, then `.` or `)` ("III. Verdict", "2) The cast", "A. Story").
 */
const HEADING_NUMBER = /^(?:[IVX]{1,5}|\d{1,2}|[A-Z])[.)] ?/;
const MAX_NUMBERED_WORDS = 8;

/**
 * A numbered heading: the number, then a few words opening with a capital letter and no
 * sentence punctuation but a closing colon ("2) The cast", "3) Sound:"; not "1. It was a long
 * wait." nor a list item of prose).
 */
function numberedHeading(line: string): boolean {
  const m = HEADING_NUMBER.exec(line);
  if (!m) return false;
  const [a, b] = withoutEmphasis(line, m[0].length, line[line.length - 1] === ':' ? line.length - 1 : line.length);
  const rest = line.slice(a, b).trimEnd();
  if (!isUpper(rest[0]) || /[.,;:!…]$/.test(rest) || isDash(rest[rest.length - 1])) return false;
  const words = lineWords(rest);
  return words.length >= 1 && words.length <= MAX_NUMBERED_WORDS && (rest.match(/,/g)?.length ?? 0) <= 1 && !hasInnerSentenceEnd(rest, '.?!');
}

/**
 * True for a signature line of an embedded post or a quote's source: "— Name (@handle) date". A
 * line framed by dashes on both sides ("--Story--") is a decorated heading, not a source.
 */
function signatureLine(line: string): boolean {
  return line.includes('(@') || ((isDash(line[0]) || line.startsWith('--')) && !isDash(line[line.length - 1]));
}

/** Classifies a script line `Name : words`, or returns null. */
function classifyDialogue(line: string): StrongScriptLine | WeakScriptLine | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const speaker = line.slice(0, colon).trimEnd();
  const rest = line.slice(colon + 1).trim();
  if (!rest || !speakerShaped(speaker) || line[colon + 1] === '/' || LABEL_WORDS.has(speaker.toLowerCase().replace(/\.$/, ''))) return null;
  const { capitalised, content } = titleCaseCounts(lineWords(rest));
  const spans = { kind: 'dialogue', speakerEnd: speaker.length, textStart: line.indexOf(rest, colon + 1) } as const;
  const strong = /[.!?…,]$/.test(rest) || capitalised < content || content === 0 || /[.!?]\s/.test(rest);
  return strong ? { ...spans, strongDialogue: true } : { ...spans, strongDialogue: false, fallback: titleLikeKind(line, lineWords(line)) };
}

/** A markdown heading (`# Heading`, `## Why?`) from its marks on; a separator when only marks are there. */
function hashHeading(line: string, marks: number): LineClass {
  let end = line.length;
  while (end > 0 && line[end - 1] === '#') end--;
  const inner = line.slice(marks, end).trim();
  if (!inner) return plainLine('separator');
  const at = line.indexOf(inner, marks);
  const [start, stop] = withoutEmphasis(line, at, at + inner.length);
  return { kind: inner.endsWith('?') ? 'question' : 'heading', mark: 'markdown', textStart: start, textEnd: stop };
}

/**
 * A score closing a line, maybe in brackets and before a colon: "10/10", "(8 / 10)", "9.5/10):",
 * "4 out of 5".
 */
const SCORE_AT_END = /\(?\d{1,3}(?:\.\d{1,2})? ?(?:\/ ?(?:100|10|5)|out of (?:100|10|5))\)?:?$/;
/** A score out of ten left implied, after a mark: "Art: 8", "Story - 4", "STORY = 10", "Plot: 7.5". */
const BARE_SCORE_AT_END = /[:=\-–—] ?(?:10|\d)(?:\.\d{1,2})?$/;
/** Marks between a part's name and its score: "Art: 9/10", "Art - 9/10", "Art (9/10)", "Art = 9/10". */
const PART_SCORE_GAP = ' :=-–—(';
const MAX_PART_WORDS = 4;

/**
 * True when the line names a part of the work and scores it, on a line of its own ("Art: 10/10",
 * "Overall: 9.6/10", "Sound (9/10)", "The Music - 8/10"): the heading of a review written part by
 * part, not a speaker's line; the score may be a bare number out of ten after a mark ("Story - 4").
 * A mark must stand between the name and the score, so a verdict ("Solid 8/10", "I give it
 * 8/10") is none; nor is a sentence opening with its subject.
 */
function scoredPartHeading(line: string): boolean {
  const m = SCORE_AT_END.exec(line) ?? BARE_SCORE_AT_END.exec(line);
  if (!m || m.index === 0 || scoreLine(line)) return false;
  let end = m.index;
  let gap = m[0].startsWith('(') || !HAS_LETTER_OR_DIGIT.test(m[0][0] as string);
  while (end > 0 && PART_SCORE_GAP.includes(line[end - 1] as string)) {
    if (line[end - 1] !== ' ') gap = true;
    end--;
  }
  const [a, b] = withoutEmphasis(line, 0, end);
  const label = line.slice(a, b);
  const words = lineWords(label);
  const first = (words[0] ?? '').toLowerCase().replace(/’/g, "'");
  // A label ending in a digit is a ratio or a time ("Aspect ratio: 1.37:1"), no part.
  return (gap || b < end) && !/\d$/.test(label) && words.length >= 1 && words.length <= MAX_PART_WORDS && isUpper(label[0]) && !SENTENCE_SUBJECT_PRONOUNS.has(first) && !hasInnerSentenceEnd(label, '.!?');
}

/**
 * Classifies one trimmed, non-blank line. `inFence` is true inside a markdown code fence.
 * Dialogue lines with title-like words ("Cheong-San : Gyeong-So") are returned as dialogue
 * with `strongDialogue: false`; the segmenter keeps them only beside another script line.
 */
export function classifyLine(line: string, inFence = false): LineClass {
  if (line.startsWith('```') || line.startsWith('~~~')) return plainLine('fence');
  if (inFence) return plainLine('text');
  if (!HAS_LETTER_OR_DIGIT.test(line)) return plainLine(/^(?:=+|-+)$/.test(line) && line.length >= 2 ? 'setext' : 'separator');

  // 1. Markdown: `# Heading`, `**Heading**`.
  const hashes = /^#{1,6}(?=\s)/.exec(line);
  if (hashes) return hashHeading(line, hashes[0].length);
  const bold = /^(\*\*|__)(.+)\1$/.exec(line);
  if (bold && bold[2] && !bold[2].includes('**') && line.length <= MAX_HEADING_CHARS) {
    const inner = bold[2].trim();
    const start = line.indexOf(inner, 2);
    // An aside in bold ("**(spoilers ahead)**") is no heading.
    if (inner.startsWith('(') || inner.startsWith('[')) return plainLine('text');
    // A line of scores, a spoiler warning or a whole sentence in bold is no heading either.
    const innerWords = lineWords(inner);
    if (scoreLine(inner) || spoilerWarning(line, innerWords) || emphasisedSentence(innerWords)) return plainLine('text');
    return { kind: inner.endsWith('?') ? 'question' : 'heading', mark: 'markdown', textStart: start, textEnd: start + inner.length };
  }

  // 2. Numbered headings ("III. Verdict", "2) The cast", "A. Story").
  if (line.length <= MAX_HEADING_CHARS && numberedHeading(line)) return wholeHeading('heading', 'numbered', line.length);

  // 3. Lines that are never headings: list items, captions, quoted speech, signature lines,
  //    emphasised asides ("*(mild spoilers ahead)*", "_Spoilers._"), spoiler warnings, long lines.
  if (LIST_MARK.test(line)) return plainLine('text');
  const first = line[0] as string;
  if (QUOTE_CHARS.has(first) || first === '(' || first === '[' || first === '>') return plainLine('text');
  // A pro or a point with its mark glued on ("+Sound", "•Pacing") is a list item too.
  if (first === '+' || first === '•') return plainLine('text');
  if (signatureLine(line)) return plainLine('text');
  if (line.length > MAX_HEADING_CHARS || spoilerWarning(line, lineWords(line))) return plainLine('text');
  const [innerStart, innerEnd] = withoutEmphasis(line, 0, line.length);
  if (innerStart > 0) {
    const inner = line.slice(innerStart, innerEnd);
    if (inner.startsWith('(') || inner.startsWith('[') || /[.!…]$/.test(inner)) return plainLine('text');
  }

  // 4. A part of the work and its score ("Sound: 10/10"); script lines; a line of scores is the
  //    writer's verdict ("3 out of 10", "Plot 2/10, cast 6/10").
  if (scoredPartHeading(line)) return wholeHeading('heading', 'scored', line.length);
  const dialogue = classifyDialogue(line);
  if (dialogue?.strongDialogue) return dialogue;
  if (scoreLine(line)) return plainLine('text');

  const words = lineWords(line);
  const last = line[line.length - 1] as string;

  // 5. Question lines: only questions, long enough not to be a line of speech ("What’s wrong?").
  //    Whether one stands alone or ends a paragraph of prose, the segmenter decides.
  if (last === '?') {
    const isQuestion = words.length >= MIN_QUESTION_WORDS && words.length <= MAX_QUESTION_WORDS && !hasInnerSentenceEnd(line, '.!');
    return isQuestion ? wholeHeading('question', 'bare', line.length) : plainLine('text');
  }

  // 6. Lines ending in a colon that are not a lead-in to quoted words, nor a sentence opening with
  //    its subject ("I'll end with a song:"), nor the wrapped end of a sentence (a lower-case start).
  if (last === ':') {
    const lastWord = (words[words.length - 1] ?? '').toLowerCase();
    const firstWord = (words[0] ?? '').toLowerCase().replace(/’/g, "'");
    const ok =
      words.length <= MAX_COLON_WORDS &&
      !COLON_LEAD_IN_VERBS.has(lastWord) &&
      !SENTENCE_SUBJECT_PRONOUNS.has(firstWord) &&
      !hasInnerSentenceEnd(line, '.!?') &&
      !isLowerStart(line);
    return ok ? wholeHeading('heading', 'colon', line.length) : plainLine('text');
  }
  if (dialogue) return dialogue;

  // 7. Short title-like lines.
  return wholeLine(titleLikeKind(line, words), line.length);
}

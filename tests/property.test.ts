import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { contractProblems } from './helpers/invariants';

const RUNS = 1000;

/** Pieces of text that have broken parsers before: line ends, marks, markup, scripts, emoji. */
const FRAGMENTS = [
  '\r\n', '\r', '\n', '\n\n', '\n\n\n', '\u2028', '\u2029', '\u0085', '\uFEFF', '\u00A0', '\u200B', '\t', '\u0000', '\u0007',
  '\uD800', '\uDFFF', '👩‍👩‍👧', '😀', '🇰🇷', 'é', 'e\u0301', '한국어 리뷰', 'שלום', 'مرحبا', '# ', '## Verdict', '**Bold**', '_x_', '*x*',
  '---', '```', '- item', '1. item', '<br />', '<br /><br />', '<BR>', '“', '”', '‘', '’', '"', "'", '«', '»', '「', '」', '„',
  '—', '–', '-', ':', ' : ', '?', '!', '.', '…', ',', '(', ')', '[', ']', 'Cheong-San', 'Cheong San', 'Name-', 'Mrs.Park',
  'Mr Weitz', 'said', ' said ', 'he said', ' as ', 'starred as', 'played by', 'Kim Mi So', 'All of Us Are Dead',
  'I love it', 'not good', 'too many', 'unimportant', 'Park Eun-Hee', 'The Funniest Scene', 'Do you like it?', 'GYEONG-SO: Yes?',
  '(Credit: Netflix)', 'title: "x"', ' ', '  ',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 });
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 12 });
const words = fc.constantFrom('the', 'show', 'was', 'great', 'boring', 'Nam-ra', 'Lee', 'Jae-Gyu', 'season', 'two', 'I', 'loved', 'it');

/** Strange documents: fragments, random code units (lone surrogates too) and words, joined. */
const strangeText = fc.array(fc.oneof(fragment, fragment, anyUnits, anyCodePoints, words), { maxLength: 40 }).map((parts) => parts.join(''));

/** Ordinary-looking documents with LF line ends only (for the CRLF and BOM comparison). */
const lfText = fc
  .array(fc.oneof(words, words, fc.constantFrom(' ', ' ', '. ', ', ', '\n', '\n\n', '“', '”', '?', ': ', ' – ', 'Cheong-San', 'Mrs.Park', 'said')), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('property: any string', () => {
  it(`never throws and keeps the contract (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(strangeText, (text) => {
        const a = analyzeReview(text);
        expect(contractProblems(text, a)).toEqual([]);
        for (const w of a.warnings) expect(w.start >= 0 && w.end <= text.length && w.end > w.start).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`gives plain JSON, the same on a second call (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(strangeText, (text) => {
        const json = JSON.stringify(analyzeReview(text));
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(analyzeReview(text))));
        expect(JSON.stringify(analyzeReview(text))).toBe(json);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('property: line ends and a BOM change nothing', () => {
  it(`reads CRLF and BOM text as the LF text, offsets shifted (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(lfText, (text) => {
        const crlf = `\uFEFF${text.replace(/\n/g, '\r\n')}`;
        const a = analyzeReview(text);
        const b = analyzeReview(crlf);
        expect(contractProblems(crlf, b)).toEqual([]);
        expect(b.sections.map((s) => s.heading?.text ?? null)).toEqual(a.sections.map((s) => s.heading?.text ?? null));
        expect(b.sections.map((s) => s.sentiment)).toEqual(a.sections.map((s) => s.sentiment));
        expect(b.characters.map((c) => [c.name, c.mentions.length])).toEqual(a.characters.map((c) => [c.name, c.mentions.length]));
        expect(b.quotes.map((q) => [q.text.replace(/\r\n/g, '\n'), q.kind, q.speaker?.name ?? null])).toEqual(a.quotes.map((q) => [q.text, q.kind, q.speaker?.name ?? null]));
      }),
      { numRuns: RUNS },
    );
  });
});

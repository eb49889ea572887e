import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { KNOWN_PART_NAMES } from '../src/data/part-names-known';
import { isKnownPartName, partNameKey, withoutKnownParts } from '../src/stages/4-names/known-parts';
import { realPersonCued } from '../src/stages/4-names/learned-parts';
// @ts-expect-error: a plain ES module script without types
import { learnPartNames } from '../scripts/learn-part-names.mjs';
// @ts-expect-error: a plain ES module script without types
import { readSkipList } from '../scripts/learn-work-titles.mjs';

describe('realPersonCued: words that make a cast name someone who lived', () => {
  const cases: [string, string, boolean][] = [
    ['The panel praised Nora Quill, 61, for her stage work.', 'Nora Quill', true],
    ['Her portrait of Nora Quill (61) opens tonight.', 'Nora Quill', true],
    ['A tribute to the late Nora Quill was shown first.', 'Nora Quill', true],
    ['The studio is making a biopic of Nora Quill next year.', 'Nora Quill', true],
    ['Fans queued for the Nora Quill biopic all night.', 'Nora Quill', true],
    ['Vale plays Nora Quill, a pilot lost at sea.', 'Nora Quill', false],
    ['The life of Nora Quill is the whole plot.', 'Nora Quill', false],
    ['Noranora Quillton, 61, is someone else.', 'Nora Quill', false],
  ];
  it.each(cases)('%s', (text, name, expected) => {
    expect(realPersonCued(text, name)).toBe(expected);
  });
});

describe('learnPartNames: names cast as parts in several documents', () => {
  const reading = (forms: string[], part: boolean, person: boolean) => ({ forms, part, person });
  const docs = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `reviews/x ${i}`, text: String(i) }));
  it('keeps a name two documents cast and none reads as a person, and not one a single document casts', () => {
    const readings = (text: string) => [reading(['Tam Rook'], true, false), ...(text === '0' ? [reading(['Ida Moss'], true, false)] : [])];
    expect(learnPartNames(docs(3), readings).names).toEqual(['Tam Rook']);
  });
  it('drops a name read as a real person in more than a quarter as many documents', () => {
    const readings = (text: string) => [reading(['Tam Rook'], text !== '0', text === '0')];
    expect(learnPartNames(docs(3), readings).names).toEqual([]);
    expect(learnPartNames(docs(5), readings).names).toEqual(['Tam Rook']);
  });
  it('drops a name documents name as a work title as often', () => {
    const readings = () => [reading(['Tam Rook'], true, false)];
    expect(learnPartNames(docs(4), readings, { titlesOf: (d: { text: string }) => (d.text === '0' || d.text === '1' ? ['Tam Rook'] : []) }).names).toEqual([]);
  });
  it('counts news documents for the real-person side only', () => {
    const news = [{ name: 'news/a.txt', text: 'a' }, { name: 'news/b.txt', text: 'b' }];
    const readings = () => [reading(['Tam Rook'], true, false)];
    expect(learnPartNames(news, readings, { castsParts: (d: { name: string }) => !d.name.startsWith('news/') }).names).toEqual([]);
  });
});

describe('a known part named bare is a character', () => {
  const name = KNOWN_PART_NAMES.find((n) => n === 'Sarah Connor') ?? (KNOWN_PART_NAMES[0] as string);
  it('the learned list holds full names only, matched whatever the spacing', () => {
    expect(KNOWN_PART_NAMES.every((n) => n.trim().split(/\s+/).length >= 2)).toBe(true);
    expect(isKnownPartName(name.toUpperCase())).toBe(true);
    expect(partNameKey('Obi-Wan  Kenobi')).toBe(partNameKey('Obi Wan Kenobi'));
    expect(withoutKnownParts(() => isKnownPartName(name))).toBe(false);
  });
  const texts = [
    `I rewatched it last night. ${name} is still the reason I love it, and the chase in the second half holds up.`,
    `Few films give a hero like ${name} this much room. The score is loud, the pacing brisk.`,
  ];
  it.each(texts)('%s', (text) => {
    const r = analyzeReview(text);
    const c = r.characters.find((x) => x.name === name);
    expect(c).toBeDefined();
    expect(r.people.some((p) => p.name === name)).toBe(false);
    expect(text.slice(c!.mentions[0]!.start, c!.mentions[0]!.end)).toBe(name);
  });
});

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const trainPresent = existsSync(join(SHARED, 'train', 'texts'));
describe.skipIf(!trainPresent)('the learners never read the training reviews', () => {
  it('every imdb-row file of ../shared/train names a data row the skip list names', () => {
    const skip = readSkipList(readFileSync(join(import.meta.dirname, '..', 'scripts', 'learn-work-titles.skip.txt'), 'utf8'));
    const skipped: Set<number> = skip.rows.get('reviews/imdb-first-999.csv') ?? new Set();
    const files = readdirSync(join(SHARED, 'train', 'texts')).filter((f) => f.startsWith('imdb-row-'));
    expect(files.length).toBeGreaterThan(0);
    // The labelled files count rows from 1 (imdb-row-0027 is data row 26).
    expect(files.filter((f) => !skipped.has(Number(/\d+/.exec(f)![0]) - 1))).toEqual([]);
  });
});

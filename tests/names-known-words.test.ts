import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { KNOWN_PART_WORDS } from '../src/data/part-words-known';
import { knownWordKind, partNameKey, withoutKnownParts } from '../src/stages/4-names/known-parts';
import { KNOWN_PERSON_WORDS } from '../src/data/person-words-known';
// @ts-expect-error: a plain ES module script without types
import { learnPartWords, lowerWords } from '../scripts/learn-part-words.mjs';

type Row = { forms: string[]; kind: string };
const docs = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `reviews/x ${i}`, text: String(i) }));
const row = (forms: string[], kind: string): Row => ({ forms, kind });

describe('learnPartWords: one-word names many reviews read as characters', () => {
  const cases: [string, (text: string) => Row[], number, Record<string, unknown>, string[]][] = [
    ['kept when enough reviews read it as a character', () => [row(['Tavik'], 'character')], 8, {}, ['Tavik']],
    ['dropped below the document count', () => [row(['Tavik'], 'character')], 7, {}, []],
    ['full names are not one-word names', () => [row(['Tavik Orn'], 'character')], 10, {}, []],
    ['dropped when read as a person in too many', (t) => [row(['Tavik'], Number(t) < 2 ? 'person' : 'character')], 10, {}, []],
    ['a real person\'s full name counts against its surname', (t) => [row(['Tavik'], 'character'), ...(Number(t) < 3 ? [row(['Ada Tavik'], 'person')] : [])], 12, {}, []],
    ['a real person\'s full name counts against its given name', (t) => [row(['Tavik'], 'character'), ...(Number(t) < 3 ? [row(['Tavik Lund'], 'person')] : [])], 12, {}, []],
    ['dropped when documents name it as a work\'s title', () => [row(['Tavik'], 'character')], 10, { titlesOf: (d: { text: string }) => (Number(d.text) < 2 ? ['Tavik'] : []) }, []],
    ['dropped when it is a listed given name', () => [row(['Tavik'], 'character')], 10, { givenName: (k: string) => k === 'tavik' }, []],
    ['news casting counts for nothing', () => [row(['Tavik'], 'character')], 10, { castsParts: () => false }, []],
  ];
  it.each(cases)('%s', (_, rows, n, opts, expected) => {
    expect(learnPartWords(docs(n), rows, opts).names).toEqual(expected);
  });
  it('drops a word documents write in lower case mid-sentence as often as half the readings', () => {
    const text = (i: number) => (i < 5 ? `we watched the tavik arc ${i}` : `${i}`);
    const many = Array.from({ length: 10 }, (_, i) => ({ name: `reviews/x ${i}`, text: text(i) }));
    expect(learnPartWords(many, () => [row(['Tavik'], 'character')]).names).toEqual(['Tavik']);
    const more = Array.from({ length: 10 }, (_, i) => ({ name: `reviews/x ${i}`, text: i < 6 ? `we watched the tavik arc ${i}` : `${i}` }));
    expect(learnPartWords(more, () => [row(['Tavik'], 'character')]).names).toEqual([]);
  });
  it('lowerWords reads lower-case words between words of a sentence only', () => {
    expect([...lowerWords('Tavik met the crew, then tavik left. next came rain')].sort()).toEqual(['came', 'crew', 'left', 'met', 'rain', 'tavik', 'the', 'then']);
  });
});

describe('a known one-word part written once is a character', () => {
  const name = KNOWN_PART_WORDS.includes('Luffy') ? 'Luffy' : (KNOWN_PART_WORDS[0] as string);
  it('the learned list holds one-word names only, matched whatever the case, and none while unknown', () => {
    expect(KNOWN_PART_WORDS.every((n) => !/\s/.test(n.trim()))).toBe(true);
    expect(knownWordKind(name.toUpperCase())).toBe('part');
    expect(knownWordKind('Tavik')).toBeUndefined();
    expect(withoutKnownParts(() => knownWordKind(name))).toBeUndefined();
  });
  it('no word is both a known part and a known real person', () => {
    const people = new Set(KNOWN_PERSON_WORDS.map(partNameKey));
    expect(KNOWN_PART_WORDS.filter((w) => people.has(partNameKey(w)))).toEqual([]);
  });
  const texts = [
    `The second half drags, but ${name} is fun to watch in every fight.`,
    `I came back for the music. ${name} gets the best lines this time, and the finale lands.`,
    `Honestly the pacing is slow; still, watching ${name} grow made the long run worth it.`,
    // A capitalised word that opens a clause is no part of a longer name cut short.
    `The world moves on. While ${name} is away at sea, the rest of the cast carries the arc.`,
    `Plenty of shows try this. Like ${name}, the lead here is loud and stubborn.`,
    `The villains are weak. With ${name} gone for ten episodes, the pacing suffers.`,
  ];
  it.each(texts)('%s', (text) => {
    const r = analyzeReview(text);
    const c = r.characters.find((x) => x.name === name);
    expect(c).toBeDefined();
    expect(r.people.some((p) => p.name === name)).toBe(false);
    expect(text.slice(c!.mentions[0]!.start, c!.mentions[0]!.end)).toBe(name);
  });
  const notNames = [
    `We flew to ${name} for the premiere, and the show was fine.`,
    `The ${name} of this season is a weaker copy of the first.`,
    `We went back to Harbour ${name} for the premiere, and the show was fine.`,
    `An unknown word like Tavik said once is still no name here, and the show was fine.`,
  ];
  it.each(notNames)('%s', (text) => {
    const r = analyzeReview(text);
    expect(r.characters.some((x) => x.name === name || x.name === 'Tavik')).toBe(false);
  });
});

const ROOT = join(import.meta.dirname, '..');
const corpusReady = existsSync(join(ROOT, '..', 'shared', 'corpus', 'reviews-by-work')) && existsSync(join(ROOT, 'bench', 'build', 'stages.js'));
describe.skipIf(!corpusReady)('known one-word parts relearned (../shared/corpus)', () => {
  it('gives the file src/data/part-words-known.ts holds', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'learn-part-words.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toContain('src/data/part-words-known.ts is up to date');
  }, 600_000);
});

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { KNOWN_PERSON_WORDS } from '../src/data/person-words-known';
import { knownWordKind, withoutKnownParts } from '../src/stages/4-names/known-parts';
// @ts-expect-error: a plain ES module script without types
import { learnPersonWords, placeWords } from '../scripts/learn-person-words.mjs';

type Row = { forms: string[]; kind: string };
const docs = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `reviews/x ${i}`, text: String(i) }));
const row = (forms: string[], kind: string): Row => ({ forms, kind });

describe('learnPersonWords: surnames many texts give real people', () => {
  const suffix = (k: string) => k === 'jr';
  const cases: [string, (text: string) => Row[], number, Record<string, unknown>, string[]][] = [
    ['kept when enough texts read it alone as a person', () => [row(['Varkel'], 'person')], 5, {}, ['Varkel']],
    ['dropped below the document count', () => [row(['Varkel'], 'person')], 4, {}, []],
    ['the surname of a real person\'s full name counts', () => [row(['Ines Varkel'], 'person')], 5, {}, ['Varkel']],
    ['a generation suffix is skipped for the surname', () => [row(['Ines Varkel Jr'], 'person')], 5, { suffix }, ['Varkel']],
    ['a character\'s full name counts against each of its words', (t) => [row(['Varkel'], 'person'), ...(Number(t) < 2 ? [row(['Ines Varkel'], 'character')] : [])], 10, {}, []],
    ['dropped when texts read it as a character', (t) => [row(['Varkel'], Number(t) < 2 ? 'character' : 'person')], 10, {}, []],
    ['dropped when texts name it as a work\'s title', () => [row(['Varkel'], 'person')], 10, { titlesOf: (d: { text: string }) => (Number(d.text) < 2 ? ['Varkel'] : []) }, []],
    ['dropped when it is a listed given name', () => [row(['Varkel'], 'person')], 10, { givenName: (k: string) => k === 'varkel' }, []],
    ['a real person\'s cue counts a one-word name read otherwise', () => [row(['Varkel'], 'character')], 6, { realCue: () => true }, ['Varkel']],
  ];
  it.each(cases)('%s', (_, rows, n, opts, expected) => {
    expect(learnPersonWords(docs(n), rows, opts).names).toEqual(expected);
  });
  it('drops a word texts write as a place or in lower case', () => {
    const place = Array.from({ length: 10 }, (_, i) => ({ name: `reviews/x ${i}`, text: i < 2 ? `we flew in from Varkel ${i}` : `${i}` }));
    expect(learnPersonWords(place, () => [row(['Varkel'], 'person')], { placeLeads: ['in', 'from'] }).names).toEqual([]);
    const lower = Array.from({ length: 10 }, (_, i) => ({ name: `reviews/x ${i}`, text: i < 2 ? `a varkel of ${i}` : `${i}` }));
    expect(learnPersonWords(lower, () => [row(['Varkel'], 'person')]).names).toEqual([]);
  });
  it('placeWords reads one capitalised word after a lead word, not a longer name nor a possessive', () => {
    expect([...placeWords('We lived in Varkel, then in New Orn; a film by Tesh, and his native Dunmere.', ['in', 'native'])].sort()).toEqual(['dunmere', 'varkel']);
    expect([...placeWords("We met in Varkel's studio.", ['in'])]).toEqual(['varkels']);
  });
});

describe('a known surname alone is a real person', () => {
  const name = KNOWN_PERSON_WORDS.includes('Spielberg') ? 'Spielberg' : (KNOWN_PERSON_WORDS[0] as string);
  it('the learned list holds one-word names only, matched whatever the case, and none while unknown', () => {
    expect(KNOWN_PERSON_WORDS.length).toBeGreaterThan(20);
    expect(KNOWN_PERSON_WORDS.every((n) => !/\s/.test(n.trim()))).toBe(true);
    expect(knownWordKind(name.toUpperCase())).toBe('person');
    expect(knownWordKind('Varkel')).toBeUndefined();
    expect(withoutKnownParts(() => knownWordKind(name))).toBeUndefined();
  });
  const texts = [
    `The middle act sags badly. ${name} wrote it in a hurry and it shows.`,
    `I doubt ${name} ever meant the ending to feel this cold.`,
    `Whatever you think of the plot, ${name} keeps every scene moving.`,
  ];
  it.each(texts)('%s', (text) => {
    const r = analyzeReview(text);
    const p = r.people.find((x) => x.name === name);
    expect(p).toBeDefined();
    expect(r.characters.some((c) => c.name === name)).toBe(false);
    expect(text.slice(p!.mentions[0]!.start, p!.mentions[0]!.end)).toBe(name);
  });
  const notPeople = [
    `We spent a rainy week in ${name} before the premiere, and the show was fine.`,
    `It has the charm of The Kingdom of ${name} without its songs.`,
    `Dr. ${name} is the villain of the piece, a cold man with a colder lab.`,
  ];
  it.each(notPeople)('%s', (text) => {
    const r = analyzeReview(text);
    expect(r.people.some((x) => x.name === name || x.name === `Dr. ${name}`)).toBe(false);
  });
});

const ROOT = join(import.meta.dirname, '..');
const corpusReady = existsSync(join(ROOT, '..', 'shared', 'corpus', 'reviews-by-work')) && existsSync(join(ROOT, 'bench', 'build', 'stages.js'));
describe.skipIf(!corpusReady)('known surnames relearned (../shared/corpus)', () => {
  it('gives the file src/data/person-words-known.ts holds', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'learn-person-words.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toContain('src/data/person-words-known.ts is up to date');
  }, 600_000);
});

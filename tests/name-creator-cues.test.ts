// A name said to shape the story from outside it (`A decided to end the manga`, `A said in an
// interview`, `A's original manga`) is the work's maker: a real person with the role `author`. A character decides and wants too: without a noun of the work as the object,
// the name keeps its story reading. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

describe('a name read as the maker of the story', () => {
  it.each([
    ['deciding to end the manga', 'Frankly Morvane decided to end the manga with one long war, and I hated it.', 'Morvane'],
    ['wanting to stretch the arc', 'The fights drag because Morvane clearly wanted to stretch the final arc.', 'Morvane'],
    ['drawing characters', 'Back then Morvane loves drawing ugly characters, and it shows in every volume.', 'Morvane'],
    ['saying so in an interview', 'Later Morvane said in an interview that the twist was planned from the start.', 'Morvane'],
    ['owning the original manga', 'This anime cuts many scenes from Morvane\'s original manga, sadly.', 'Morvane'],
    ['rushing the ending', 'It feels like Tessaro Quill rushed the ending to please the magazine.', 'Tessaro Quill'],
  ] as const)('is a person who made the work, %s', (_, text, name) => {
    const a = analyzeReview(text);
    const start = text.indexOf(name);
    const person = a.people.find((p) => p.name === name);
    expect(person?.roles).toContain('author');
    expect(person?.mentions.map((m) => [m.start, m.end])).toEqual([[start, start + name.length]]);
    expect(a.characters.map((c) => c.name)).not.toContain(name);
  });

  it.each([
    ['deciding something in the story', 'In the second season Varrok decided to leave the village with Senna.', 'Varrok'],
    ['wanting a thing of the story', 'Varrok wanted to find the treasure, and Varrok never gives up.', 'Varrok'],
    ['saying something with no interview', 'Varrok said that the sea was calling him, and Varrok sailed away.', 'Varrok'],
    ['with his crew', 'The best part is watching Varrok and his crew sail from island to island.', 'Varrok'],
  ] as const)('gets no maker role %s', (_, text, name) => {
    const a = analyzeReview(text);
    expect(a.people.find((e) => e.name === name)?.roles ?? []).not.toContain('author');
  });
});

describe('a maker cue that holds no maker', () => {
  it.each([
    ['a town wanting its plot', 'For years Dunmere wanted its plot of land back from the council.', 'Dunmere'],
    ['a work judged to make a better story', 'In the end Moonfall makes a better story than a film.', 'Moonfall'],
    ['a place after the article', 'The idea of the Verdant Reach makes the whole series flow.', 'Verdant Reach'],
    ['a sentence opened by an adverb', 'Ever wanted to see the characters of a quiet show fight?', 'Ever'],
  ] as const)('gives no author role: %s', (_, text, name) => {
    const a = analyzeReview(text);
    expect(a.people.find((e) => e.name === name)?.roles ?? []).not.toContain('author');
  });
});

describe('an actor or a character near a maker noun', () => {
  it.each([
    ['an actor making a part likeable', 'Instead, Dalmond Pryce makes the lonely character feel real.', 'Dalmond Pryce'],
    ['a character owning an editor', 'The comedy centres on Corvin, and Corvin\'s editor fires him twice.', 'Corvin'],
  ] as const)('gives no author role: %s', (_, text, name) => {
    const a = analyzeReview(text);
    expect(a.people.find((e) => e.name === name)?.roles ?? []).not.toContain('author');
  });
});

// A story introduces its cast through one another: a friend, a rival, a teacher, a crush. A name
// written once right after such a word and a possessive (`his pal X`, `her rival X`) is someone in
// the story, found as a name as one after a family word is. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

describe('a name once after a possessive and a word of a tie in the story', () => {
  it.each([
    ['a pal', 'The plot follows Dorrik and his pal Wenzel as they drift from one scam to the next.', 'Wenzel'],
    ['a rival', 'Mako trains every night so that she can finally beat her rival Tsuzura at the spring meet.', 'Tsuzura'],
    ['a sensei', 'The boy joins a squad with two other kids and their sensei Gorobei, who is always late.', 'Gorobei'],
    ['a crush', 'Half of the season is about Tamio stammering in front of his crush Ruiko at the station.', 'Ruiko'],
    ['a teammate', 'Later he leaves the village to look for his teammate Kaisuke, who went over to the enemy.', 'Kaisuke'],
    ['a nemesis', 'In the last reel the spy is finally caught by his nemesis Voronov in a freezing warehouse.', 'Voronov'],
  ])('%s: found as a character', (_, text, name) => {
    const a = analyzeReview(text);
    expect(a.characters.map((c) => c.name)).toContain(name);
    expect(a.people.map((p) => p.name)).not.toContain(name);
  });
});

describe('the same words with no name of someone after them', () => {
  it.each([
    ['a place after the tie word', 'He moves to the city with his pal and finds work in Harbin by the river.', 'Harbin'],
    ['a capitalised word opening the next sentence', 'She never beats her rival. Saturday comes and the meet is cancelled.', 'Saturday'],
  ])('%s: no entity', (_, text, word) => {
    const a = analyzeReview(text);
    expect([...a.characters, ...a.people].map((e) => e.name)).not.toContain(word);
  });
});

// A hero's title-name before its player's full name in brackets (`Copper Man (Dorian Vale)`): its
// last word is a noun of sex or age, which elsewhere makes a title-case phrase a description, but
// where the text also uses the two words as a name (written again, or slashed to a personal name)
// they are the part, and the bracket casts it as after any part's name, also when the player's
// name ends in a suffix with its dot (`Jr.`) or after a comma (`, Jr.`). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { sortedLinks as links } from './helpers/links';

describe("a hero's title-name before its player in brackets", () => {
  it.each([
    ['a hero named for a man', 'The team is back. Copper Man (Dorian Vale) and Red Falcon (Marla Quint) argue all film, and Copper Man wins.', [['Copper Man', 'Dorian Vale'], ['Red Falcon', 'Marla Quint']]],
    ['a hero named for a woman', 'The city is burning. Later Night Woman (Marla Quint) saves it again, as Night Woman always does.', [['Night Woman', 'Marla Quint']]],
    ['a girl hero', 'The surprise is Thunder Girl (Marla Quint), who steals every scene. I want more Thunder Girl.', [['Thunder Girl', 'Marla Quint']]],
    ['a suffix with its dot before the close', 'The team is back. Copper Man (Dorian Vale Jr.) leads them into battle, and Copper Man wins.', [['Copper Man', 'Dorian Vale Jr']]],
    ['a suffix after a comma', 'The team is back. Copper Man (Dorian Vale, Jr.) leads them into battle, and Copper Man wins.', [['Copper Man', 'Dorian Vale']]],
    ['after a personal name and a slash', 'The team is back. Ray Holt/Copper Man (Dorian Vale) leads them into battle.', [['Copper Man', 'Dorian Vale']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('the personal name before the slash is the same part', () => {
    const a = analyzeReview('The team is back. Ray Holt/Copper Man (Dorian Vale) leads them into battle.');
    expect(a.characters.map((c) => [c.name, [...c.aliases]])).toEqual([['Copper Man', ['Ray Holt']]]);
  });

  it('the player is a real person, not a character', () => {
    const a = analyzeReview('The team is back. Copper Man (Dorian Vale) leads them into battle, and Copper Man wins.');
    expect(a.people.map((p) => p.name)).toEqual(['Dorian Vale']);
    expect(a.characters.map((c) => c.name)).toEqual(['Copper Man']);
    expect(a.characters[0]?.mentions).toEqual([{ start: 18, end: 28 }, { start: 71, end: 81 }]);
  });

  it.each([
    // A role noun before the sex noun describes the part: no hero's name.
    ['a role noun first', 'Later the Police Woman (Marla Quint) finds the body. The Police Woman is brave.'],
    // Written once, the phrase is as often a description before the described one's own name.
    ['written once', '"We hold the line." – Harbour Woman (Sela Marr). It is a fine speech.'],
  ] as const)('no hero part: %s', (_, text) => {
    expect(links(text).map(([c]) => c)).not.toContain('Police Woman');
  });
});

describe('a title-case description before a name in brackets', () => {
  it('stays a description where the text writes it in lower case', () => {
    const text = 'A speech moves them. "We stand together." – Harbour Woman (Sela Marr). Later the harbour woman waits on the pier.';
    expect(analyzeReview(text).characters.map((c) => c.name)).not.toContain('Harbour Woman');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const entities = (text: string) => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people];
};
const names = (text: string): string[] => entities(text).map((e) => e.name);

describe('a job word opening a sentence before a full name is no part of the name', () => {
  it.each([
    ['The film is set in a bank. Employee Ann Pike plans a heist with two friends. Pike is the brains of the gang.', 'Ann Pike', 'Employee'],
    ['The thriller opens in a lab. Sprinter Kelly Vane takes the lead role, and Vane is superb as a runner who cheats.', 'Kelly Vane', 'Sprinter'],
    ['The band is back. Conductor Marta Kress leads the orchestra tonight. Kress has led it for ten years.', 'Marta Kress', 'Conductor'],
    ['Sidekick Ben Ode steals every scene of the comedy. Ode is a natural.', 'Ben Ode', 'Sidekick'],
    // A plural the model knows by its singular.
    ['Guitarists Ann Pike and Tom Webb played on the album. Pike wrote most of the songs.', 'Ann Pike', 'Guitarists'],
  ])('%j gives %j, without %j', (text, name, lead) => {
    const found = names(text);
    expect(found).toContain(name);
    expect(found.some((n) => n.startsWith(lead))).toBe(false);
  });

  it('merges the surname alone with the full name once the job word is gone', () => {
    const e = entities('The band is back. Conductor Marta Kress leads the orchestra tonight. Kress has led it for ten years.').find((x) => x.name === 'Marta Kress');
    expect(e?.aliases).toContain('Kress');
  });

  it.each([
    // A family name written first that the model also knows as a word stays the name's.
    ['The show was a hit. Song Kang Ho stars as a poor father. Song is brilliant.', 'Song Kang Ho'],
    // A rank of address stays the name's (an office such as `Judge` does not: names-office-titles).
    ['The jury met on Monday. Inspector Ruth Hale praised the film. Hale said it was brave.', 'Inspector Ruth Hale'],
  ])('%j keeps %j whole', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('a listed job word before the surname of a full name the text gives', () => {
  it.each([
    ['Comic Vance returns with sitcom\n\nComedian Tom Vance is to return to screens. Vance will direct it.', 'Tom Vance', 'Comic'],
    ['Rocker Vance in on-stage fight\n\nSinger Tom Vance was hurt on Sunday. Vance later apologised.', 'Tom Vance', 'Rocker'],
    ['Tycoon Harlow buys studio\n\nMedia boss James Harlow has bought the studio. Harlow said he was proud.', 'James Harlow', 'Tycoon'],
  ])('is no part of it, and the headline names that one: %j', (text, name, lead) => {
    const all = entities(text);
    expect(all.some((e) => e.name.startsWith(lead))).toBe(false);
    const e = all.find((x) => x.name === name);
    // The headline's surname is the first mention of the full name's entity.
    const at = text.indexOf(' ') + 1;
    expect(e?.mentions[0]).toEqual({ start: at, end: text.indexOf(' ', at) });
  });

  it('a given name or a place with a job\'s ending is no job word: "Tennessee Williams" stays whole', () => {
    const found = names('Tennessee Williams wrote the play. Robin Williams starred in the film.');
    expect(found).toContain('Tennessee Williams');
    expect(found).toContain('Robin Williams');
  });

  it('with no full name ending in the word, nothing is cut: "Comic Relief" leaves no lone "Relief"', () => {
    expect(names('Comic Relief raised money again this year, and the show was watched by millions.')).not.toContain('Relief');
  });
});

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
    // A title of address stays the name's.
    ['The jury met on Monday. Judge Ruth Hale praised the film. Hale said it was brave.', 'Judge Ruth Hale'],
  ])('%j keeps %j whole', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

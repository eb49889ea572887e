// The world a story happens on (`the fleet heads for Earth`) is a place, no one: it is neither a
// character nor a person, and the story's own people stay. All names and wording invented.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

const names = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].flatMap((e) => [e.name, ...e.aliases]);
};

describe('the world is no name', () => {
  it.each([
    ['Ansel Brook crash-lands on a copy of Earth. Earth there is ruled by Dalia Venn.', ['Ansel Brook', 'Dalia Venn']],
    ['Kell plans to wreak havoc on Earth, and Tamsin Roe has to stop Kell before Earth falls.', ['Kell', 'Tamsin Roe']],
    ['Why would Pell and Oona ever want to go back to Earth? Earth bored them both.', ['Oona', 'Pell']],
  ])('%j names only %j', (text, expected) => {
    expect(names(text).sort()).toEqual(expected);
  });
});

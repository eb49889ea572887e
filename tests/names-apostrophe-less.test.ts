import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

// A contraction written without its apostrophe, capitalised after a full stop the writer left
// out, follows a name the way a surname does; it never is one.
describe('a contraction without its apostrophe is no surname', () => {
  it.each([
    ['Mireille is the heart of it. The heroine grows on you, unlike Mireille Lets just say she wins me over later.', 'Mireille'],
    ['Tobias runs from every fight. I cheered for Tobias Dont ask me why, he is a coward for most of it.', 'Tobias'],
    ['Odalys steals the show. My favourite by far is Odalys Thats all I will say about her.', 'Odalys'],
    ['Corwin is a delight. Nobody beats Corwin Didnt he steal every scene he is in?', 'Corwin'],
  ])('%j names %j alone', (text, name) => {
    const names = found(text);
    expect(names).toContain(name);
    expect(names.some((n) => n.startsWith(`${name} `))).toBe(false);
  });
  it.each([
    // A real surname after the same given names still makes a full name.
    ['The heroine grows on you, unlike Mireille Lestrade, who wins me over later.', 'Mireille Lestrade'],
    ['I cheered for Tobias Dunmore every time he came on screen.', 'Tobias Dunmore'],
    // Surnames spelled like a contraction stay surnames.
    ['The designer Jonas Ive left the firm in spring. Ive said he was proud of the work.', 'Jonas Ive'],
  ])('%j keeps %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
});

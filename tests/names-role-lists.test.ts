import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const people = (text: string): { name: string; roles: readonly string[] }[] => analyzeReview(text).people.map((p) => ({ name: p.name, roles: p.roles }));
const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a plural role noun names every item of the list after it', () => {
  it.each([
    // Right before the list: every singer of it, lone words too.
    ['The gala booked singers Corvina, Sir Abel Trask, Halloran and Pell for the encore.', ['Corvina', 'Halloran', 'Pell']],
    // After `including`, `like` or `such as`.
    ['He has quarrelled with fellow rappers including Big Tamsin, Orwell and Drayke over the years.', ['Big Tamsin', 'Orwell', 'Drayke']],
    ['It borrows from directors such as Quennell and Lindqvist Baerg without shame.', ['Quennell', 'Lindqvist Baerg']],
    ['Many talented actors like Moriyama Taichi, Oshiro Yumeko and Kanda Reiji are there.', ['Moriyama Taichi', 'Oshiro Yumeko', 'Kanda Reiji']],
  ])('%j names %j', (text, names) => {
    const got = people(text);
    for (const n of names) expect(got.map((p) => p.name)).toContain(n);
  });

  it('gives each item the role of the noun', () => {
    const sung = people('The gala booked singers Corvina, Sir Abel Trask, Halloran and Pell for the encore.');
    for (const n of ['Corvina', 'Halloran', 'Pell']) expect(sung.find((p) => p.name === n)?.roles).toContain('other');
    const got = people('The jury held novelists Harlow Penhaligon and Quennell, and nobody else.');
    expect(got.find((p) => p.name === 'Quennell')?.roles).toContain('author');
    expect(got.find((p) => p.name === 'Harlow Penhaligon')?.roles).toContain('author');
  });

  it.each([
    // The list ends at the first gap that is no list's: the word after `and then` is not one of it.
    ['We saw singers Corvina and Halloran before lunch, then Pell turned up.', 'Pell'],
    // A role noun that is not plural names only what stands right after it.
    ['The singer Corvina and Halloran Quay were both in the room.', 'Halloran Quay'],
  ])('%j does not give %j the role', (text, name) => {
    expect(people(text).find((p) => p.name === name)?.roles ?? []).not.toContain('other');
  });
});

describe('a full name the tagger takes for a verb, between two accepted full names of a list', () => {
  it.each([
    ['The guests were Marion Keel, Bruce Tallow, Drew Fennimore and Tim Ashgrove, all of them late.', 'Drew Fennimore'],
    ['Among the faces are Kate Winslow, Will Harrowgate and Grace Tilney in small parts.', 'Will Harrowgate'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it('one accepted neighbour is not enough', () => {
    // Mid-sentence: opening its sentence, a surname no word of the lexicon makes it a name alone.
    expect(found('Later Drew Fennimore and Tim Ashgrove went home.')).not.toContain('Drew Fennimore');
  });
});

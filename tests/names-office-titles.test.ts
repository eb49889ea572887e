// An office written before a holder's full name (`Prime Minister`, `Culture Secretary`,
// `President`, `Agent`) is no part of the name, nor are the words that qualify the office; the
// titled short form the text uses after it (`Mr Vale`, `Ms Ode`) joins that full name, the titled
// full form the text wrote stays an alias (with up to two words qualifying a minister), and a quote
// credited to the short form is credited to the person. Before one word the office is left as the
// text's form of address.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

type Named = { name: string; aliases: string[] };
const named = (text: string): Named[] =>
  [...analyzeReview(text).people, ...analyzeReview(text).characters].map((e) => ({ name: e.name, aliases: [...e.aliases].sort() }));

describe('an office before a full name is no part of it', () => {
  it.each([
    ['Prime Minister Harold Quenby opened the new gallery on Friday. Mr Quenby praised its staff.', 'Harold Quenby', ['Mr Quenby', 'Prime Minister Harold Quenby']],
    ['Heritage Secretary Margot Ellery announced the grants on Tuesday. Ms Ellery said more would follow.', 'Margot Ellery', ['Heritage Secretary Margot Ellery', 'Ms Ellery']],
    ['The festival was opened by Chancellor Desmond Okafor, who gave a short speech.', 'Desmond Okafor', ['Chancellor Desmond Okafor']],
    ['Deputy Prime Minister Colin Rathbone attended the premiere.', 'Colin Rathbone', ['Deputy Prime Minister Colin Rathbone']],
    ['President Walter Brandeis sent his congratulations to the winners.', 'Walter Brandeis', ['President Walter Brandeis']],
    ['Agent Ronan Pike confirmed the singer would tour next year.', 'Ronan Pike', ['Agent Ronan Pike']],
    // Offices of the courts, the police and local bodies.
    ['Judge Harriet Solms fined the band on Monday. The court heard that Ms Solms had warned them.', 'Harriet Solms', ['Judge Harriet Solms', 'Ms Solms']],
    ['Assemblywoman Petra Lund wants the venue closed. Ms Lund said the noise was unbearable.', 'Petra Lund', ['Assemblywoman Petra Lund', 'Ms Lund']],
    ['Police Commissioner Owen Tarrant defended the raid at the club.', 'Owen Tarrant', ['Commissioner Owen Tarrant']],
    // Place words before the office, even when a given name leads them, name where it is held.
    ['"We were misled," Franklin County Sheriff Dale Voss said. Mr Voss banned the cameras.', 'Dale Voss', ['Mr Voss', 'Sheriff Dale Voss']],
  ])('%j', (text, name, aliases) => {
    const found = named(text);
    expect(found.map((e) => e.name)).toContain(name);
    expect(found.find((e) => e.name === name)?.aliases).toEqual(aliases);
    expect(found.some((e) => /Minister|Secretary|Chancellor|President|Agent|Judge|Assemblywoman|Commissioner|Sheriff|County/.test(e.name))).toBe(false);
  });
});

describe('an office written short before a full name is no part of it', () => {
  it.each([
    ['The measure passed. Sen Lorna Whitcombe voted against it, and Ms Whitcombe said so.', 'Lorna Whitcombe', ['Ms Whitcombe', 'Sen Lorna Whitcombe']],
    ['Gov Rupert Halsey signed the arts budget. Mr Halsey called it fair.', 'Rupert Halsey', ['Gov Rupert Halsey', 'Mr Halsey']],
    ['A letter from Rep Dora Fenwick asked for the tapes.', 'Dora Fenwick', ['Rep Dora Fenwick']],
    ['"The fees are too high," said the panel chairman, MP Gareth Lowery. Mr Lowery wants a review.', 'Gareth Lowery', ['MP Gareth Lowery', 'Mr Lowery']],
    ['The motion was backed by MEP Ingrid Solberg and two of her colleagues.', 'Ingrid Solberg', ['MEP Ingrid Solberg']],
  ])('%j', (text, name, aliases) => {
    const found = named(text);
    expect(found.find((e) => e.name === name)?.aliases).toEqual(aliases);
    expect(found.some((e) => /^(?:Sen|Gov|Rep|MP|MEP) /.test(e.name))).toBe(false);
  });
});

describe('a rank or an office before another and a full name: the name starts after both', () => {
  it.each([
    ['Detective Inspector Helen Tate said the flat was empty. Inspector Tate gave no names.', 'Helen Tate', ['Inspector Tate']],
    ['Det Supt Callum Reeve led the search. Supt Reeve thanked the public.', 'Callum Reeve', ['Supt Reeve']],
  ])('%j', (text, name, aliases) => {
    const found = named(text);
    expect(found.find((e) => e.name === name)?.aliases).toEqual(aliases);
    expect(found.some((e) => /Detective Inspector|Det Supt/.test(e.name))).toBe(false);
  });
});

describe('an office before one word stays the form of address', () => {
  it.each([
    ['President Corvane rules the capital with fear, and President Corvane never smiles.', 'President Corvane'],
    ['Agent Brody chases the smugglers across the desert while Agent Brody doubts his own boss.', 'Agent Brody'],
    ['Secretary Yoon quits her job in the second episode and opens a bakery.', 'Secretary Yoon'],
  ])('%j', (text, name) => {
    expect(named(text).map((e) => e.name)).toContain(name);
  });
});

describe('a quote credited to the titled short form goes to the office holder', () => {
  it('said Mr X after Prime Minister X Y', () => {
    const a = analyzeReview('Prime Minister Harold Quenby visited the studio on Monday. "It was a wonderful morning," said Mr Quenby.');
    const person = a.people.find((p) => p.name === 'Harold Quenby');
    expect(person).toBeDefined();
    expect(a.quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.personId ?? null])).toEqual([['Mr Quenby', person?.id]]);
  });
});

// A title word that is also a common family name (`King`, `Bishop`, `Marshal`) after a courtesy
// title is the surname: the titled form is a name, and it joins the full name that ends with it,
// so a quote credited to the titled form goes to that person.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

describe('a courtesy title before a title word that is a surname', () => {
  it.each([
    ['The singer met the dancer Olwen King backstage. Ms King said the row "came from nowhere".', 'Olwen King', 'Ms King'],
    ['Producer Dorian Bishop lost the case. Mr Bishop said he would "fight on" regardless.', 'Dorian Bishop', 'Mr Bishop'],
    ['The novelist Greta Marshal won the prize. Mrs Marshal said she was "stunned" to hear it.', 'Greta Marshal', 'Mrs Marshal'],
  ])('%j', (text, name, alias) => {
    const a = analyzeReview(text);
    const person = a.people.find((p) => p.name === name);
    expect(person?.aliases).toEqual([alias]);
    expect(a.quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.personId ?? null])).toEqual([[alias, person?.id]]);
  });
});

describe('a courtesy title before an office is no name', () => {
  it('Mr President', () => {
    const a = analyzeReview('"Thank you, Mr President," the singer said, and left the stage.');
    expect([...a.people, ...a.characters].map((e) => e.name)).toEqual([]);
  });
});

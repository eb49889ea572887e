// Name forms in fan writing: a title abbreviated or written out is one title, a rank before a full
// name opening a sentence leaves the full name a name, a title of a work is no name form, and a
// given name several full names start stays apart unless one of them is named far more often.
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every entity as its name and sorted aliases. */
function forms(text: string): [string, string[]][] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e): [string, string[]] => [e.name, [...e.aliases].sort()]);
}

/** Every form of the entity that has `form` as its name or an alias, sorted. */
function formsOf(text: string, form: string): string[] | undefined {
  const e = forms(text).find(([name, aliases]) => name === form || aliases.includes(form));
  return e ? [e[0], ...e[1]].sort() : undefined;
}

describe('an abbreviated title and the title written out are one', () => {
  it.each([
    ['lieutenant', 'The boat sinks and Lieutenant Omar shouts at the sea. Lt. Omar buys a bar later, and Lieutenant Omar is happy.', ['Lieutenant Omar', 'Lt. Omar']],
    ['sergeant', 'We meet Sgt. Brannock at the gate. Sergeant Brannock hates the new recruits, and Sgt. Brannock says so.', ['Sergeant Brannock', 'Sgt. Brannock']],
    ['captain', 'Then Captain Ilvane takes the ship. The crew fear Capt. Ilvane, but Captain Ilvane is fair.', ['Capt. Ilvane', 'Captain Ilvane']],
  ] as const)('%s', (_, text, expected) => {
    expect(formsOf(text, expected[0])).toEqual([...expected].sort());
  });
});

describe('a rank before a full name that opens a sentence', () => {
  it.each([
    // `Agent` is an office: before a full name it is no part of it, and the titled surname joins it.
    ['agent', 'Agent Thomas Renwick arrives in the valley. Renwick loves the pie there, and Agent Renwick writes it all down.', ['Agent Renwick', 'Agent Thomas Renwick', 'Renwick', 'Thomas Renwick']],
    ['detective', 'Detective Sarah Quist is worn out. Quist keeps digging, and Detective Quist finds the boy.', ['Detective Sarah Quist', 'Detective Quist', 'Quist']],
  ] as const)('%s', (_, text, expected) => {
    expect(formsOf(text, 'Renwick') ?? formsOf(text, 'Quist')).toEqual([...expected].sort());
  });
});

describe('a known title of a work is no name, with or without its colon', () => {
  it.each([
    ['a subtitle without its colon', 'After the first series comes Naruto Shippuden, where Naruto Shippuden gets darker.', 'Naruto Shippuden'],
    ['a sequel title without its colon', 'Honestly Avengers Infinity War is a blast, and Avengers Infinity War made me cry.', 'Avengers Infinity War'],
  ] as const)('%s', (_, text, title) => {
    expect(formsOf(text, title)).toBeUndefined();
  });

  it('the first word of the title alone is no form of it', () => {
    const text = 'Naruto Shippuden starts slowly. Later Naruto trains with a toad sage, and Naruto finally grows up.';
    expect(forms(text).some(([name, aliases]) => [name, ...aliases].includes('Naruto Shippuden'))).toBe(false);
  });
});

describe('a given name several full names start', () => {
  it('stays apart when the text names them about as often', () => {
    const text = 'Mary Kettle runs the bakery. Mary Bennet is her cousin. Mary Kettle hates the rain. Later Mary cries at the wedding.';
    expect(formsOf(text, 'Mary Kettle')).toEqual(['Mary Kettle']);
    expect(formsOf(text, 'Mary Bennet')).toEqual(['Mary Bennet']);
  });

  it('joins the one the text names far more often', () => {
    const text = [
      'Jonah Vess is a retired hitman. Jonah Vess loses his dog and Jonah Vess wants revenge.',
      'Jonah Birch plays the mechanic who fixes his car.',
      'Jonah Vess kills everyone, and Jonah Vess never stops. In the end Jonah walks home.',
    ].join(' ');
    expect(formsOf(text, 'Jonah Vess')).toEqual(['Jonah', 'Jonah Vess']);
  });
});

// A short form of a lone given name ("Chris" of "Christopher") is the same entity, when it begins
// exactly one lone given name the text uses. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every entity as its name and sorted aliases. */
function forms(text: string): [string, string[]][] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e): [string, string[]] => [e.name, [...e.aliases].sort()]);
}

describe('short forms of a lone given name', () => {
  it.each([
    ['three letters and more', 'The show follows Christopher through a bad year. Tony shouts at Chris again, and Chris sulks.', ['Christopher', ['Chris']]],
    ['two letters that are a listed name', 'The story follows Edward and his brother Alphonse. Later Ed searches for the stone alone.', ['Edward', ['Ed']]],
  ] as const)('%s', (_, text, want) => {
    expect(forms(text)).toContainEqual(want);
  });

  it('no merge where two lone names begin the short form', () => {
    const got = forms('The story follows Daniel and his cousin Danielle. Later Dan gets lost in the woods.');
    const holder = got.filter(([name, aliases]) => name === 'Dan' || aliases.includes('Dan'));
    expect(holder).toEqual([['Dan', []]]);
  });

  it('no merge where a full name starts with the short form', () => {
    const got = forms('Chris Pratt is good, and the plot follows Christopher through the war. Chris is funny.');
    const christopher = got.find(([name, aliases]) => name === 'Christopher' || aliases.includes('Christopher'));
    expect(christopher?.[1]).not.toContain('Chris');
  });

  it('two people of one family stay two', () => {
    const got = forms('Tom Hanks stars, and his son Colin Hanks has a small part. Colin is wooden.');
    expect(got.map(([name]) => name).sort()).toEqual(['Colin Hanks', 'Tom Hanks']);
    expect(got.find(([name]) => name === 'Colin Hanks')?.[1]).toEqual(['Colin']);
  });
});

// A given name cut short of an ending that makes it a woman's name is a man's name of its own, not
// her short form. Sentences are made up.
describe('a short form of the other sex stays apart', () => {
  it.each([
    ['a lone name and a longer lone name', 'The film follows Eric, a shy boy, and his sister Erica. Eric fishes all day while Erica runs the diner. Later Eric finds a map.', 'Eric', 'Erica'],
    ['a lone name and a full name', 'The film follows Paula Grant, a tired nurse, and her brother Paul. Paul fishes all day while Paula works nights. Later Paul finds a map.', 'Paul', 'Paula Grant'],
    ['two letters kept, a feminine ending cut', 'The plot pairs Dan, a cook, with his neighbour Daniela. Dan burns the soup while Daniela sings. Later Dan loses his keys and Daniela finds them.', 'Dan', 'Daniela'],
  ] as const)('%s', (_, text, short, long) => {
    const got = forms(text);
    const holderOf = (form: string) => got.filter(([name, aliases]) => name === form || aliases.includes(form));
    expect(holderOf(short)).toEqual([[short, []]]);
    expect(holderOf(long).map(([name]) => name)).toEqual([long]);
  });

  it('a short form of the same sex still joins', () => {
    const got = forms('The film follows Walter Grant, a tired teacher. Walt fishes all day and Walter Grant sleeps at night. Later Walt finds a map.');
    expect(got).toContainEqual(['Walter Grant', ['Walt']]);
  });
});

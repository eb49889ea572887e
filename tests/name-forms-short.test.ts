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

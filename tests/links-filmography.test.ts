// A list of actors each with one of their works in brackets ("stars A (Work), B (Work) and C
// (Work)") is no cast list: titles that read as names make no casting link. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { links } from './helpers/links';

describe('actors with their works in brackets', () => {
  it.each([
    ['three actors, one title read as a name', 'The film stars Dana Moss (Night Train), Ben Carr (The Long Road to Hale) and Ada Vell (Harbour Lights 2). It is fun.', ['Dana Moss', 'Ben Carr', 'Ada Vell']],
    ['brackets glued to the names, a comma with no space after it', 'The film stars Dana Moss(Night Train),Ben Carr(The Long Road to Hale) and Ada Vell(Harbour Lights 2). It is fun.', ['Dana Moss', 'Ben Carr', 'Ada Vell']],
    ['five actors, two titles read as names', 'It stars Dana Moss (Night Train), Ben Carr (Ghost Harbor), Ada Vell (The Long Road to Hale), Sam Oduya (Ten Years of Rain 2) and Lena Holt (Up the River). It is fun.', ['Dana Moss', 'Ben Carr', 'Ada Vell']],
  ] as const)('%s: no links, the names are actors', (_, text, actors) => {
    expect(links(text)).toEqual([]);
    const a = analyzeReview(text);
    for (const name of actors) expect(a.people.find((p) => p.name === name)?.roles).toContain('actor');
    expect(a.people.map((p) => p.name)).not.toContain('Night Train');
  });

  it('glued brackets hold the works, as spaced ones do', () => {
    const works = (text: string): string[] => analyzeReview(text).works.map((w) => w.title);
    const glued = works('The film stars Dana Moss(The Night Train),Ben Carr(The Long Road to Hale) and Ada Vell(Harbour). It is fun.');
    expect(glued).toEqual(['The Night Train', 'The Long Road to Hale', 'Harbour']);
    expect(glued).toEqual(works('The film stars Dana Moss (The Night Train), Ben Carr (The Long Road to Hale) and Ada Vell (Harbour). It is fun.'));
  });

  it.each([
    ['a cast list: every bracket holds a name', 'The cast is fine: Ruth Pike (Dana Moss), Tom Hale (Ben Carr) and Ada Quill (Sara Vell) all shine. Ruth runs the inn.', [['Ruth Pike', 'Dana Moss'], ['Tom Hale', 'Ben Carr'], ['Ada Quill', 'Sara Vell']]],
  ] as const)('kept: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});

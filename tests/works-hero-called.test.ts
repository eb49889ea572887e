import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

// A name the sentence calls a kind of work (`X is a tense thriller`, `X is one of those rare
// movies`) or sets in quote marks right after a kind of work (`a film like "X"`) is the work named
// after its hero at that mention, even where the names stage took the name for someone; the
// other mentions stay with the name.
describe('a hero-named title the sentence calls a work', () => {
  const cases: readonly { text: string; work: string; at: number; name: string; kept: number[] }[] = [
    {
      text: 'Nora Quill is a gripping, lean thriller. Nora Quill fights her way out of the hospital.',
      work: 'Nora Quill', at: 0, name: 'Nora Quill', kept: [41],
    },
    {
      text: 'Retired thief Mara Holt (Ann Lee) takes one last job. Mara Holt is one of the best heist movies in years, and Holt never misses.',
      work: 'Mara Holt', at: 54, name: 'Mara Holt', kept: [14, 110],
    },
  ];
  it.each(cases)('$text', ({ text, work, at, name, kept }) => {
    const a = analyzeReview(text);
    expect(a.works.find((w) => w.title === work)?.mentions.map((m) => m.start)).toContain(at);
    const entity = [...a.characters, ...a.people].find((e) => e.name === name);
    expect(entity?.mentions.map((m) => m.start)).toEqual(kept);
  });
});

describe('a name the sentence does not call a work stays a name', () => {
  const cases: readonly { text: string; name: string }[] = [
    // The copula says what someone is, not a kind of work.
    { text: 'In the sequel, Nora Quill is a nurse again and her brother worries.', name: 'Nora Quill' },
    // The kind of work qualifies a noun after it.
    { text: 'Tom Vance is a movie star and his wife hates the press.', name: 'Tom Vance' },
    // A preposition breaks the phrase before the kind of work.
    { text: 'Nora Quill is the heart of the film and her brother is its soul.', name: 'Nora Quill' },
    // A quoted part after `is`: the kind of work is further back, in another phrase.
    { text: 'In this film, Ben Hale is "Tom Marsh" and his rival is played by Ann Lee.', name: 'Tom Marsh' },
  ];
  it.each(cases)('$text', ({ text, name }) => {
    const a = analyzeReview(text);
    expect(a.works.map((w) => w.title)).not.toContain(name);
    expect([...a.characters, ...a.people].map((e) => e.name)).toContain(name);
  });

  it('the last of two names joined by "and" is no title of its own', () => {
    const a = analyzeReview('Carter and Finch is a slow thriller. Finch is mean to everyone and his wife leaves him.');
    expect(a.works.map((w) => w.title)).not.toContain('Finch');
  });
});

// Two names joined by a slash: one character's two names when one is written as a full name
// ("Dana Reyes/Night Owl"), a pair of characters when both are lone names ("Mira/Tobin").
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Each character as `name [aliases] <- actor`, sorted. */
function characters(text: string): string[] {
  const a = analyzeReview(text);
  return a.characters
    .map((c) => `${c.name} [${[...c.aliases].sort().join('|')}]${c.playedBy ? ' <- ' + (a.people.find((p) => p.id === c.playedBy)?.name ?? '?') : ''}`)
    .sort();
}

describe('names joined by a slash', () => {
  it.each([
    ['a full name and a hero name, the actor in brackets', 'The film opens on Dana Reyes/Night Owl (Clara Voss). Later Night Owl saves the city.', ['Dana Reyes [Night Owl] <- Clara Voss']],
    ['a full name and a hyphenated hero name after as', 'I liked it. Tom Hale as Rick Lang/Wasp-Man is great fun, and Wasp-Man gets the best jokes.', ['Rick Lang [Wasp-Man] <- Tom Hale']],
    ['spaces around the slash', 'I liked it. Ada Moss as Vera Kane / Grey Heron is the best part, and Grey Heron wins.', ['Grey Heron [Vera Kane] <- Ada Moss']],
    ['a space after the slash only', 'I liked it. Ada Moss as Vera Kane/ Grey Heron is the best part, and Grey Heron wins.', ['Grey Heron [Vera Kane] <- Ada Moss']],
    ['a space before the slash only', 'I liked it. Ada Moss as Vera Kane /Grey Heron is the best part, and Grey Heron wins.', ['Grey Heron [Vera Kane] <- Ada Moss']],
    ['an article leading the hero name', 'The cast is fine: Dana Reyes/The Night Owl (Clara Voss) leads, and Night Owl saves the city.', ['Dana Reyes [Night Owl] <- Clara Voss']],
    ['an article after a spaced slash', 'I liked it. Ada Moss as Vera Kane / The Grey Heron is the best part, and Grey Heron wins.', ['Grey Heron [Vera Kane] <- Ada Moss']],
  ] as const)('%s', (_, text, want) => {
    expect(characters(text)).toEqual(want);
  });

  it.each([
    ['two lone names are a pair', 'I liked the film. The Mira/Tobin scenes are the best, and Mira wins while Tobin loses.'],
  ] as const)('not: %s', (_, text) => {
    const names = characters(text);
    expect(names.some((c) => c.startsWith('Mira [Tobin]') || c.startsWith('Tobin [Mira]'))).toBe(false);
  });
});

// The same pass reads a bracket: a part whose actor the text names elsewhere, and another name in
// brackets after it or before it, is one part with two names.
describe('a part\'s other name in brackets', () => {
  it.each([
    ['a hero name in brackets after the full name', 'Clara Voss stars as Night Owl. The villain kidnapped Dana Reyes (Night Owl) when she was a girl.', ['Dana Reyes [Night Owl] <- Clara Voss']],
    ['a full name the kinds read as a real person', 'Clara Voss stars as Night Owl. Years ago the gang took Tom Reyes (Night Owl) from his home.', ['Night Owl [Tom Reyes] <- Clara Voss']],
    ['the other name after a possessive', 'Clara Voss stars as Night Owl. The film tells Dana\'s (Night Owl) story, and Dana wins.', ['Night Owl [Dana] <- Clara Voss']],
  ] as const)('%s', (_, text, want) => {
    expect(characters(text)).toEqual(want);
  });

  it.each([
    ['the actor\'s surname in brackets', 'Clara Voss plays Dana Reyes. Later Dana Reyes (Voss) walks out. Dana is alone.', ['Dana Reyes [Dana] <- Clara Voss']],
    ['a second actor the text praises', 'Clara Voss plays Dana Reyes. As a girl, Dana Reyes (Mira Tolland) runs away, and the acting of Mira Tolland is the best thing here.', ['Dana Reyes [] <- Mira Tolland']],
  ] as const)('no second name: %s', (_, text, want) => {
    expect(characters(text)).toEqual(want);
  });
});

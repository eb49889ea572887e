// A name given once in full and once by one of its words alone (its surname, its given name, or
// its title and surname) is seen twice: both forms are a name, one entity. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { isModelWord } from '../src/wink';

/** Every entity as its sorted forms (name and aliases). */
function forms(text: string): string[][] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => [e.name, ...e.aliases].sort());
}

/** The forms of the entity that has `form` as its name or an alias. */
function holder(text: string, form: string): string[] | undefined {
  return forms(text).find((f) => f.includes(form));
}

describe('a full name and one of its words alone, each once', () => {
  it.each([
    ['the surname after the full name', 'The plot follows Corvek Haskul through the war. Haskul barely sleeps, and the siege goes badly.', ['Corvek Haskul', 'Haskul']],
    ['the given name after the full name', 'At its heart this is the tale of Tovren Halkey. When Tovren finds the ledger, everything turns.', ['Tovren', 'Tovren Halkey']],
    ['the surname before the full name', 'Nobody trusts Haskul in the first act. By the finale Corvek Haskul is a broken man.', ['Corvek Haskul', 'Haskul']],
    // A surname that is also a common word counts after a listed given name; the office before the
    // full name is no part of it.
    ['a titled full name, its titled surname and the surname', 'The season follows Agent Dale Cooper to a mill town. Cooper loves the diner. Agent Cooper then meets the mayor.', ['Agent Cooper', 'Agent Dale Cooper', 'Cooper', 'Dale Cooper']],
    // A heading that is the full name alone heads a part about that one: its lone word in the part counts.
    ['a heading that is the full name, the given name in its part', 'Favourite people\n\nTovren Halkey\n\nTovren keeps the ledger and lies to everyone about it.\n\nThe ending\n\nIt drags.', ['Tovren', 'Tovren Halkey']],
    ['a markdown heading of the full name, the surname in its part', '# Notes\n\n## Corvek Haskul\n\nHaskul rides north and burns the bridge behind him.\n', ['Corvek Haskul', 'Haskul']],
  ] as const)('%s', (_, text, want) => {
    expect(holder(text, want[0])).toEqual([...want].sort());
  });

  it.each([
    // Neither mention is where repetition counts: both open a sentence.
    ['both forms open a sentence', 'Corvek Haskul rides north. Haskul barely sleeps.', 'Haskul'],
    // `the X` names a thing more often than a person.
    ['the lone word after an article', 'Ships leave from the Haskul every day, and we see Corvek Haskul board one.', 'Haskul'],
    // A phrase of common words is capitalised as a name is: the shared word is a common one.
    ['a phrase and its common first word', 'My aunt never misses Harbour Lights on a Sunday. Honestly Harbour is the best thing on television.', 'Harbour'],
    ['a phrase and its common last word', 'The squad fights the Crimson Legion all season. In the end Legion wins.', 'Legion'],
    // The heading holds more than the name, or the lone word stands in another part.
    ['a heading with more words than the name', 'Why Corvek Haskul fails\n\nHaskul rides north and burns the bridge.', 'Haskul'],
    ['the lone word in another part than the heading', '# Notes\n\n## Corvek Haskul\n\nThe ending drags on and on.\n\n## Other parts\n\nHaskul rides north and burns the bridge.\n', 'Haskul'],
  ] as const)('not: %s', (_, text, lone) => {
    expect(holder(text, lone)).toBeUndefined();
  });
});

describe('the English model\'s own words', () => {
  it.each([
    ['court', true],
    ['harbour', true],
    ['haskul', false],
    ['corvek', false],
  ] as const)('%s: %s', (word, want) => {
    // Read once first so the engine is loaded.
    analyzeReview('A short text.');
    expect(isModelWord(word)).toBe(want);
  });
});

describe('a listed given name alone once and its short form', () => {
  it.each([
    ['the long form opening a sentence', "Maximilian's temper drives the whole plot. Later on Max forgives everyone.", ['Max', 'Maximilian']],
    ['the long form after the short one', "In the first act Chris barely speaks. Christopher's silence says a lot.", ['Chris', 'Christopher']],
  ] as const)('%s', (_, text, want) => {
    expect(holder(text, want[1])).toEqual([...want].sort());
  });

  it('not without the short form', () => {
    expect(holder("Christopher's silence says a lot. The score is loud.", 'Christopher')).toBeUndefined();
  });
});

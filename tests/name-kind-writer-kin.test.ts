// A review names the writer's own people in passing: the nephew who watched it with them, the
// friend who lent them the DVD. `my` and a word of kin or friendship make such a name a real
// person; inside quote marks the `my` belongs to whoever speaks, often a character. Sentences are
// made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const kinds = (text: string): Map<string, string> => {
  const a = analyzeReview(text);
  return new Map([...a.characters.map((c) => [c.name, 'character'] as const), ...a.people.map((p) => [p.name, 'person'] as const)]);
};

describe("a name the writer calls one of their own", () => {
  it.each([
    ['a nephew in brackets', 'The cartoon kept every kid in the room quiet, even a six year old (my nephew Tobiah) who never sits still.', 'Tobiah'],
    ['a best friend', 'I only rented this because my best friend Marlo swore it was the funniest film of the year.', 'Marlo'],
    ['a sister opening the sentence', 'My sister Joanna cried at the ending, and I have to admit I did too.', 'Joanna'],
  ])('%s: a real person', (_, text, name) => {
    expect(kinds(text).get(name)).toBe('person');
  });
});

describe('the same words that do not make the name the writer\'s', () => {
  it.each([
    ['a character speaking inside quotes', 'Halfway through, the old woman tells the stranger, "my sister Quenby will take you across the river," and then she vanishes.', 'Quenby'],
    ["a thing of the relative's", 'Every weekend my uncle\'s Tigersharks lose, and the film about them is no better.', 'Tigersharks'],
    ['his, not my', 'The film follows a lonely farmer and his nephew Tobiah as the drought gets worse every week.', 'Tobiah'],
    ['a first-person story that keeps naming him', 'The narrator begins: my brother Osric left home at dawn. Osric crossed the moor, Osric found the cave, and at the end Osric never came back.', 'Osric'],
  ])('%s: not made a person', (_, text, name) => {
    expect(kinds(text).get(name)).not.toBe('person');
  });
});

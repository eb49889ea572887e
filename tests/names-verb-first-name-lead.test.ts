import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const names = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters.map((c) => c.name), ...a.people.map((p) => p.name)];
};

describe('a first name that is also a verb or a modal opening a sentence, before a surname', () => {
  it.each([
    ['Sue Ellen (Marta Quoyle) hides in the old barn until dawn.', 'Sue Ellen'],
    ['Will Dorne (Petra Halvik) loses the farm in the second act.', 'Will Dorne'],
  ])('stays part of the name: %j', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('not in a question, where it is the modal: "Will Ruth …?"', () => {
    const got = names('Will Ruthanne and Brannock ever meet again? The sequel may tell us.');
    expect(got).not.toContain('Will Ruthanne');
  });
});

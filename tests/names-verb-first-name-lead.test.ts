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

describe('a capitalised "Will" mid-sentence, read by the tagger as the modal, before a surname', () => {
  const people = (text: string): string[] => analyzeReview(text).people.map((p) => p.name);

  it.each([
    ['after a pronoun, in a list of guests', 'Many stars will come to the gala, among them Will Garrow, Kevin Spacey and Keanu Reeves.', 'Will Garrow'],
    ['after a comma opening a clause', 'This year, Will Garrow, star of two hit comedies, will be given an honorary prize.', 'Will Garrow'],
    ['after a preposition', 'The talent show made pop stars of Will Tarrow, Gareth Gates and Kelly Clarkson.', 'Will Tarrow'],
    ['after a list item and a comma', 'The band have played with Robbie Williams, Will Tarrow and Bob Geldof over the years.', 'Will Tarrow'],
  ] as const)('names a person: %s', (_, text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    ['inside a title-case title', 'Their cover of Love Will Tarrow Us was a minor hit in the summer.', 'Will Tarrow'],
    ['in a question', 'I asked her again, Will Garrow ever come back to the town?', 'Will Garrow'],
    ['after an ellipsis that opens a sentence', 'Nothing happens for three hundred chapters... Will Garrow, or whoever he is, save the girl.', 'Will Garrow'],
  ] as const)('names no one: %s', (_, text, name) => {
    const a = analyzeReview(text);
    expect([...a.people, ...a.characters].map((e) => e.name)).not.toContain(name);
  });
});

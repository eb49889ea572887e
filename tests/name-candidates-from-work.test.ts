// A name once right before `from` and a work's title (`X from Some Show`) is a name: fans set a
// story's people beside those of other works so. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { entities, spansOf } from './helpers/entity-spans';

describe('a name once before `from` and a work', () => {
  it.each([
    ['before a quoted title', 'The rival is dull. He reminds me of Kestrin from "The Glass Harbour", only louder.', 'Kestrin'],
    ['before a title the text names twice', 'I loved Marrow Bay. The lead is a copy of Ulveth from Marrow Bay, sadly.', 'Ulveth'],
    ['before a capitalised title no stage took', 'The villain is just like Quorzath from Iron Tide, smug and overpowered.', 'Quorzath'],
  ] as const)('is a name %s', (_, text, name) => {
    expect(entities(text)).toContainEqual({ name, spans: spansOf(text, name) });
  });

  it.each([
    ['when an article stands before it', 'The Vaskor from "The Glass Harbour" is a weapon, not a person.', 'Vaskor'],
    ['when the word after `from` is a place', 'The lead is like Quorzath from London, smug and loud.', 'Quorzath'],
    ['when it is an English word', 'The show borrows Material from Another Medium and wastes it.', 'Material'],
    ['when a comma parts it from `from`', 'I watched Quorzath, from Iron Tide onwards it drags.', 'Quorzath'],
  ] as const)('is no name %s', (_, text, absent) => {
    expect(entities(text).map((e) => e.name)).not.toContain(absent);
  });
});

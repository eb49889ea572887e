// A capitalised word that is a common word, or its plural by a bare `s`, says little alone that it
// is a name: the name readers ask the English model's own words, and read a plural by its singular.
import { describe, expect, it } from 'vitest';
import { modelSingular, modelWordOrPlural } from '../src/text/model-plural';

describe('modelSingular', () => {
  it.each([
    ['a plural the model knows only by its singular', 'asides', 'aside'],
    ['another such plural', 'zombies', 'zombie'],
    ['a plural the model knows as well as its singular', 'giants', 'giant'],
    ['a word with no `s` at its end', 'hollow', undefined],
    ['a word in `ss`, though the model knows the word less its last `s`', 'hess', undefined],
    ['a common word in `ss`', 'moss', undefined],
    ['a plural by `-es` alone', 'barnes', undefined],
    ['a made-up name with an `s`', 'tamsks', undefined],
    ['a name the model does not know', 'kurosaki', undefined],
  ] as const)('%s: %s', (_, word, singular) => {
    expect(modelSingular(word)).toBe(singular);
  });
});

describe('modelWordOrPlural', () => {
  it.each([
    ['a common word', 'material', true],
    ['a common word in `ss`', 'moss', true],
    ['a plural the model knows only by its singular', 'fillers', true],
    ['a plural the model knows itself', 'materials', true],
    ['a word in `ss` the model does not know', 'reiss', false],
    ['a name the model does not know', 'kurosaki', false],
    ['a made-up name', 'tamsk', false],
  ] as const)('%s: %s', (_, word, expected) => {
    expect(modelWordOrPlural(word)).toBe(expected);
  });
});

// The word-by-word readers of a score's context: a denial of giving it before, a part it scores after.
import { describe, expect, it } from 'vitest';
import { negatedGivingBefore, partAfter } from '../src/stages/7-rating-context';
import { findRating } from '../src/stages/7-rating';

describe('negatedGivingBefore: a denial, maybe a word, a giving verb, up to two words, maybe an article', () => {
  it.each<[string, boolean]>([
    ['you cannot truly give it a ', true], // "cannot" denies as "not" does
    ['the hero cannot give it a ', true],
    ['the knot gives it a ', false], // "knot" is no whole "not"
    ["honestly I can't give it a ", true],
    ['I will not rate this show an ', true],
    ['critics never score ', true],
    ["we don't really grade shows like a ", true],
    ['nobody should not ever give ', true],
    ['I do not give it ', true],
    ['not give it three whole ', false], // three words between the verb and the score
    ["I can't give it less than ", false], // a bound is the writer's own score
    ["won't give it more ", false],
    ['never rate anything ', false],
    ['it does not give a', false], // no space before the score
    ['do not  give it a ', false], // two spaces
    ['(not give it ', true],
    ['I never forgive it a ', false],
    ['did not want to give it a ', false], // two words between the denial and the verb
    ['not give it an ', true],
    ['NEVER GIVES IT A ', true],
  ])('%j → %s', (before, expected) => {
    expect(negatedGivingBefore(before)).toBe(expected);
  });
});

describe('partAfter: "for", maybe a determiner, then a part or one or two words and "alone"', () => {
  const parts = /^(?:soundtrack|second season|villain)\b/i;
  it.each<[string, boolean]>([
    [' for the soundtrack, which', true],
    [' for its second season', true],
    [' for villain work', true],
    [' for me.', false],
    [' for this series', false],
    [' for the twist alone.', true],
    [' for the big twist alone', true],
    [' for big twist alone', true],
    [' for the one big twist alone', false], // three words after the determiner
    [' for twist alone', true],
    [' for alone', false],
    [' for the cast alone’s sake', true],
    [' for the cast aloneness', false],
    [' for the cast,  alone', false],
    [' for  the soundtrack', false],
    [' For The Soundtrack', true],
    [' to the soundtrack', false],
    [' for the soundtracks', false],
  ])('%j → %s', (after, expected) => {
    expect(partAfter(after, parts)).toBe(expected);
  });
});

describe('findRating with the readers in place', () => {
  it.each<[string, { value: number; scale: number } | null]>([
    ["The pacing sags, so I can't give it a 9/10.", null],
    ['The ending drags, so I cannot give it a 9/10.', null],
    ["I can't give it less than 8/10.", { value: 8, scale: 10 }],
    ['My verdict is 5/10, though 9/10 for the duel alone.', { value: 5, scale: 10 }],
    ['It gets 4/10 for the music, 7/10 for me.', { value: 7, scale: 10 }],
  ])('%j → %j', (text, expected) => {
    const r = findRating(text);
    expect(r === null ? null : { value: r.value, scale: r.scale }).toEqual(expected);
  });
});

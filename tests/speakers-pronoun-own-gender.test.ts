// The text's own "he" / "she" for a person tells their gender when no title or given name does
// (a given name borne by both sexes): once "she said" was read as one person's, a later "he" is
// someone else, and a quote attributed to a "he" right after hers does not go on with her words.
// A "they" attributing a quote is a group, never the one person before it.
// All names and wording invented.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  // a "he" after her quote is not her, and nobody else is plainly meant
  ['Quinn Adler arrived late to the premiere in a silver coat. “I nearly missed it,” she said. “The traffic was awful,” he said.', ['Quinn Adler', null]],
  ['Robin Vale walked the red carpet on Friday. “It was a dream,” she said. Later he told reporters: “Robin looked happy.”', ['Robin Vale', null]],
  ['Sasha Moreau won the prize on Sunday. Her agent sat beside her. “I am stunned,” she said. “She earned every vote,” he said.', ['Sasha Moreau', null]],
  // controls: the same pronoun goes on with her; a man named since is the "he", as is a man the
  // text calls her brother (the "her" after his name is hers, not his)
  ['Sasha Moreau won the prize on Sunday. Her brother Tom sat beside her. “I am stunned,” she said. “She earned every vote,” he said.', ['Sasha Moreau', 'Tom']],
  ['Quinn Adler arrived late to the premiere. “I nearly missed it,” she said. “The traffic was awful,” she said.', ['Quinn Adler', 'Quinn Adler']],
  ['Sasha Moreau won the prize on Sunday. “I am stunned,” she said. Tom Hale presented it. “She earned every vote,” he said.', ['Sasha Moreau', 'Tom Hale']],
];

// A quote a "they" attributes right after its close is a group's, not the one person before it.
const groups: Case[] = [
  ['Alex Kemp said the band was tired. “We need a break,” they said.', [null]],
  ['“We start in May,” said Alex Kemp. “We need a break,” they said.', ['Alex Kemp', null]],
  // controls: no attribution of its own, or a "he"
  ['Alex Kemp said the band was tired. “We need a break.”', ['Alex Kemp']],
  ['Alex Kemp said the band was tired. “We need a break,” he said.', ['Alex Kemp']],
];

describe('a quote a "they" attributes', () => {
  it.each(groups)('%j → %j', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('a pronoun tells the gender of a name that does not', () => {
  it.each(cases)('%j → %j', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

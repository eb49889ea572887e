// A sentence opening with a band's or company's name whose first word the tagger reads as a verb
// or noun ("Scissor Sisters frontwoman …", "Arctic Monkeys singer …") still opens with a
// description of its subject, so "she" / "he" in the next sentence means that person.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  [
    'Scissor Sisters frontwoman Ana Matronic collected the best album prize from singer Siouxsie Sioux. She told the audience: "We never thought a single night could feel this long."',
    ['Ana Matronic'],
  ],
];

const mustNot: Case[] = [
  // "When" opening a clause is no name's first word: the one "saying" is Bush, not Carson
  [
    'Johnny Carson hosted the show for years. When Carson died, President Bush led the tributes, saying the presenter "had shaped an entire era of television".',
    ['President Bush'],
  ],
];

describe('a name run opening the sentence', () => {
  it.each(cases)('%s', (text, want) => expect(speakersOf(text)).toEqual(want));
  it.each(mustNot)('not: %s', (text, want) => expect(speakersOf(text)).toEqual(want));
});

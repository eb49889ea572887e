// A quote opening a sentence right after one whose subject speaks ("X said the tour was over.
// “…”") is that person's, also when a description or a relative clause stands between the name
// and the verb ("X, a presenter on the station, thinks …", "X, who runs a school, admitted …"),
// and when the sentence before holds a fragment of their words already given to them. A fragment
// given to no one, a verb inside the description, or another name in the sentence leaves
// the quote to nobody.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  ['Sarah Collins, a presenter on the city radio station, thinks the band will take a long break. “They have earned the rest.”', ['Sarah Collins']],
  ['Sarah Collins, who runs a dance school in Leeds, admitted the trend would be “very hard” to turn and said few pupils stay. “You have to love it.”', ['Sarah Collins', 'Sarah Collins']],
  ['James Porter, the festival’s director, said the tickets sold out in an hour. “We could have sold twice as many.”', ['James Porter']],
];

const mustStayNobody: Case[] = [
  // the fragment in the sentence before was given to nobody (the review's words)
  ['The review called the play “a mess”, and Sarah Collins, who directed it, said she would not change a line. “We open again on Monday.”', [null, null]],
  // another person in the description could be the speaker
  ['Sarah Collins, who played opposite James Porter in the film, won the prize. “It was a long night.”', [null]],
];

describe('the subject of the sentence before, past a description or relative clause', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('must stay nobody: a fragment of someone else, another name in the description', () => {
  it.each(mustStayNobody)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

// A short lower-case phrase a reviewer sets in marks inside their own sentence, with nobody said
// to speak it, is a term held up (a label, a trope, a gloss), not speech: "the whole “save the
// princess” routine". Someone's words stay speech: under a speech verb, as a clause of their own,
// handed to a speaker by a dash, closing its clause (the reported end of a statement), capitalised,
// longer than five words, or after a speech quote in the same or the previous paragraph.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

const kinds = (text: string): string[] => analyzeReview(text).quotes.map((q) => `${q.text}: ${q.kind}`);

const cases: [text: string, kinds: string[]][] = [
  ['The whole "save the princess" routine gets old by the third episode.', ['save the princess: term']],
  ['It is a slow film about "life after loss" and it never rushes.', ['life after loss: term']],
  ['The subtitle, which means "the last of the line" in Latin, fits the ending.', ['the last of the line: term']],
  ['Half the cast gets stuck in "wise old mentor" parts that go nowhere.', ['wise old mentor: term']],
];

const mustNot: [text: string, kinds: string[]][] = [
  // a speech verb before it in the sentence: the speaker's words
  ['The director told us "never trust the map" before the screening.', ['never trust the map: speech']],
  // attributed right after the closing mark
  ['It was all "a happy accident", she added with a shrug.', ['a happy accident: speech']],
  // the quote opens its sentence: a line of its own
  ['The villain grins. "see you soon" comes next and the screen goes dark.', ['see you soon: speech']],
  // handed to its speaker by a dash
  ['My favourite line is simply "nobody leaves this room" - Captain Reyes.', ['nobody leaves this room: speech']],
  // sentence punctuation makes it a clause someone says
  ['Then the sign reads "we are all lost here." and the credits roll.', ['we are all lost here.: speech']],
  // closing its clause: the reported end of someone's statement
  ['Reviewers found the second half "far too slow for a thriller".', ['far too slow for a thriller: speech']],
  ['The studio called off the tour, citing "a very bad cold", and fans were refunded.', ['a very bad cold: speech']],
  // capitalised: a name or a line, not read by this rule
  ['The whole "Return of the King" thing is overdone.', ['Return of the King: title']],
  // six words is more than a held-up label
  ['The plot boils down to "find the box and open it" and little else.', ['find the box and open it: speech']],
  // after a speech quote in the same paragraph, a phrase is more of the same words
  ['Ms Ortega said "we did our best" at the launch. She hopes for "a fair hearing from critics" soon.', ['we did our best: speech', 'a fair hearing from critics: speech']],
  ['Mr Bale said "we did our best" at the launch.\n\nHe hopes for "a fair hearing from critics" soon.', ['we did our best: speech', 'a fair hearing from critics: speech']],
  // a word the tagger does not know right before the mark (another language, a rare verb): the default stands
  ['Il a chuchoté «rien de plus» avant de partir.', ['rien de plus: speech']],
  // a two-word phrase with no speech verb stays a term as before, a lone word too
  ['The "found footage" style wears thin and the "twist" lands flat.', ['found footage: term', 'twist: term']],
];

describe('phrases a writer holds up in marks', () => {
  it.each(cases)('%s', (text, want) => expect(kinds(text)).toEqual(want));
  it.each(mustNot)('not: %s', (text, want) => expect(kinds(text)).toEqual(want));
});

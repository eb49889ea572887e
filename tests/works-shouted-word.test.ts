import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { quotedListMate, shoutedWord } from '../src/stages/4-works/shouted-word';
import { worksTable as table } from './helpers/works-table';

describe('one word shouted in capitals inside quote marks is no title', () => {
  table([
    // A word of the language in capitals, quoted alone with no work word near: held up, not named.
    { text: 'If I had to sum up the quest in one word it would be "BORING". It never stops.', found: [], none: ['BORING'] },
    { text: 'After six seasons, the one word the forum had for the ending was “SHAME”.', found: [], none: ['SHAME'] },
    // A letter stretched three times is a cry, whatever the word.
    { text: 'My one word for the last arc is "NOOOOPE" and nothing else.', found: [], none: ['NOOOOPE'] },
    { text: "The running joke of 'KAZUUUUUMA' never got old for me.", found: [], none: ['KAZUUUUUMA'] },
    // A work word near keeps the title ("the film").
    { text: 'We finally saw the film "TIDEWATER" at the Roxy and loved it.', found: ['TIDEWATER'] },
    // Its maker after "by" keeps the title.
    { text: 'Then "SPARK" by Ann Lee plays over the credits.', found: ['SPARK'] },
    // Quoted words in capitals listed together name works.
    { text: 'As a kid I wore out my tapes of "HARBOUR" and "LANTERN" every summer.', found: ['HARBOUR', 'LANTERN'] },
    // Short runs in capitals are initials as often, and a made-up word is no word of the language.
    { text: 'Everyone online just calls it "TGL" these days.', found: ['TGL'] },
    { text: 'I rewatched "ZORVAK" twice this week.', found: ['ZORVAK'] },
    // Title case is left to the other rules.
    { text: 'I rewatched "Tidewater" twice this week.', found: ['Tidewater'] },
  ]);
});

describe('shoutedWord and quotedListMate', () => {
  it.each([
    ['BORING', false, true],
    ['BORING', true, false],
    ['NOOOOPE', true, true],
    ['ZORVAK', false, false],
    ['TGL', false, false],
    ['GOOD2', false, false],
    ['Boring', false, false],
  ])('%s cued=%s → %s', (form, listed, want) => {
    expect(shoutedWord(form, listed)).toBe(want);
  });
  it.each([
    ['loved "JAWS" and "ALIEN" then', 7, 11, true],
    ['loved "JAWS" and "ALIEN" then', 18, 23, true],
    ['loved "JAWS", "ALIEN" then', 7, 11, true],
    ['words like "hype" "GOAT" and "more"', 19, 23, false],
    ['I would pick "GRAND" for it', 14, 19, false],
  ])('%s [%i,%i) → %s', (view, start, end, want) => {
    expect(quotedListMate(view, start, end)).toBe(want);
  });
  it('keeps the quote, as a term', () => {
    const a = analyzeReview('If I had to sum up the quest in one word it would be "BORING". It never stops.');
    expect(a.quotes.map((q) => [q.text, q.kind])).toEqual([['BORING', 'term']]);
  });
});

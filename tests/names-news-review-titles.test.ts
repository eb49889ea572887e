import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

// Each text is written in the third person (no "I" or "my"), the voice in which a lone capitalised
// word no cue names is taken for a band, a firm or a place. A royal, family or trade title before
// one name word (`Princess`, `Master`, `General`) opens a work's, a band's or a venue's name in news
// as often as a person's, but in a review, which talks of its story or speaks to its reader and
// judges, it names a part.
describe('a royal, family or trade title before a lone name in a third-person review', () => {
  it.each([
    // a review by its talk of a story: plot, villain, ending, scenes
    ['The plot moves fast and the villain is a delight, though the ending drags on for far too long. Every scene looks lovely on a big screen. Later the boy meets Princess Odalie in the woods, and Princess Odalie rules the land.', 'Princess Odalie'],
    // a review by its words: it speaks to the reader and judges
    ['This sequel is a great ride from start to finish, and you will want to see it twice with your family. The effects are amazing throughout. The old hermit Master Quolle trains the boy on the mountain, and Master Quolle wins the duel.', 'Master Quolle'],
    // a title at the opening of a sentence
    ['The plot is thin and the villain is dull, yet the last scenes save the whole thing from ruin. General Brask takes the island by night, and the soldiers follow General Brask into the fort without a word.', 'General Brask'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each([
    // a report: the reporting verbs keep a royal title's name a venue
    ['The theatre said on Monday that the new musical would open in the spring. Tickets for the show at the Prince Ardley sold out in a day, the producers told reporters, and the run at Prince Ardley was extended.', 'Prince Ardley'],
    // no talk of a story and no review words: a text about a venue keeps the old reading
    ['The shares of the group rose sharply over the week. Its hotels in the north did well, and analysts expect bookings at Queen Marrow to rise again before the year is out, while Queen Marrow adds new rooms.', 'Queen Marrow'],
    // after a determiner: a title before a name takes none
    ['The plot moves fast and the villain is a delight, though the ending drags on for far too long. Every scene looks lovely on a big screen. The score is this King Stroke of the year, and this King Stroke wins the night.', 'King Stroke'],
    // inside quote marks, as a work's title is written
    ['The plot moves fast and the villain is a delight, though the ending drags on for far too long. The effects owe a lot to "King Vellum" from the year before, and "King Vellum" still looks better on a big screen.', 'King Vellum'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});

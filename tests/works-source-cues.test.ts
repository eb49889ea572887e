import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The titles of the works found in `text`. */
const titles = (text: string): string[] => analyzeReview(text).works.map((w) => w.title);

describe('the source of a derived work, after a short lead naming its kind', () => {
  const found: [string, string, string[]][] = [
    ['"a remake of the horror classic X"', 'Next year she directs a remake of the horror classic Night Wolves for the studio.', ['Night Wolves']],
    ["a maker's possessive and a kind before the title", "The studio paid for an adaptation of Ann Lee's novel The Glass Orchard last spring.", ['The Glass Orchard']],
    ['"based on" and a title', 'The series is based on Copper Tide, a comic strip from the seventies.', ['Copper Tide']],
    ['"based on the manga X"', 'The show is based on the manga Moon Lantern and it follows it closely.', ['Moon Lantern']],
    ['"a spin-off of X"', 'The show is a spin-off of Harbour Street and most of the cast return.', ['Harbour Street']],
    ['the verb "remake" with a title object', 'He is set to remake Silver Harbour for a younger crowd.', ['Silver Harbour']],
  ];
  it.each(found)('%s', (_, text, want) => {
    expect(titles(text)).toEqual(want);
  });

  const none: [string, string][] = [
    ['a place after "based on"', 'The story is based on Paris in the twenties.'],
    ['a person after "based on"', "The plot is based on Ann Lee's memoir of the war."],
    ['the verb "remade" in the passive', 'The old cinema was remade into flats.'],
    ['a lead with no kind of work', 'It is a remake of the best kind, Tom Reed says.'],
    ['a word in capitals after "based on"', 'Trust me, this one is based on TRUE events.'],
    ['a run that qualifies a noun after "based on"', 'Each spell is based on Rune Stone cards from the old game.'],
    ['one word after "based on", a hero as often', 'The young pilot is a character based on Zorbo from the old cartoon.'],
  ];
  it.each(none)('%s', (_, text) => {
    expect(titles(text)).toEqual([]);
  });
});

describe('a title opened by an honorific before a connector, then a crew noun and a name', () => {
  it('reads "Lord of the Rings director X" as naming the work', () => {
    expect(titles('Fans cheered as Lord of the Rings director Ann Lowry spoke.')).toEqual(['Lord of the Rings']);
  });
  it('leaves a lord with no connector before the crew noun', () => {
    expect(titles('Fans cheered as Lord Ashby director Ann Lowry spoke.')).toEqual([]);
  });
});

describe('a title-shaped run after a cue of likeness in a fan review', () => {
  const found: [string, string, string[]][] = [
    ['"reminds me of X"', 'I loved it. It reminds me of Silent Orchard in the best ways.', ['Silent Orchard']],
    ['"Unlike X," opening a sentence', 'Unlike Copper Tide, this one never drags.', ['Copper Tide']],
  ];
  it.each(found)('%s', (_, text, want) => {
    expect(titles(text)).toEqual(want);
  });

  const none: [string, string][] = [
    ['a person after "reminds me of"', 'Her laugh reminds me of Emma Stone somehow.'],
    ['one word after "unlike"', 'Unlike Marco, the sister never lies.'],
    ['a name the text writes alone', 'Unlike Darth Vader, the new villain is dull. Vader had menace.'],
    ['a place after "unlike"', 'Unlike New York, the town feels empty.'],
    ['a part in another work after "reminds me of"', 'The quiet mentor reminds me of Kenji Oda from Steel Harbour, only kinder.'],
    ['a style "reminiscent of" a maker', 'The long still shots are reminiscent of Yuki Mori at her best.'],
    ['two names run together after "unlike"', 'Unlike Steel Harbour Moon Gate Valley is never dull.'],
  ];
  it.each(none)('%s', (_, text) => {
    expect(titles(text)).toEqual([]);
  });
});

describe('a follow-up, a tale and the work after co-stars named with "opposite"', () => {
  const found: [string, string, string[]][] = [
    ['"the follow-up to X"', 'The new one is the follow-up to Silver Harbour, and it is darker.', ['Silver Harbour']],
    ['a subject called a prequel', 'Marsh Lane is a prequel that nobody asked for.', ['Marsh Lane']],
    ['"the fairy tale X"', 'She shines in the dark fairy tale Glass Slipper Lane, about a lost girl.', ['Glass Slipper Lane']],
    ['co-stars between "appeared opposite" and "in X."', 'He later appeared opposite Dame Ann Lowry and Tom Reed in Paper Kites.', ['Paper Kites']],
  ];
  it.each(found)('%s', (_, text, want) => {
    expect(titles(text)).toEqual(want);
  });

  const none: [string, string][] = [
    ['a place after the co-star, the phrase going on', 'She starred opposite Tom Reed in Leeds last year.'],
  ];
  it.each(none)('%s', (_, text) => {
    expect(titles(text)).toEqual([]);
  });
});

describe('a title led by a number after a kind of work or a host', () => {
  const found: [string, string, string[]][] = [
    ['"the US series 21 X"', 'She starred in the US series 21 Harbour Road for three years.', ['21 Harbour Road']],
    ['"the film 12 X"', 'I loved the film 12 Angry Jurors more than I expected.', ['12 Angry Jurors']],
    ['"host of 100% X"', 'Ann Lowry is host of 100% Northern on the station.', ['100% Northern']],
  ];
  it.each(found)('%s', (_, text, want) => {
    expect(titles(text)).toEqual(want);
  });

  const none: [string, string][] = [
    ['a crowd after "a host of"', 'The gala drew a host of 100 Hollywood stars to the city.'],
    ['a finale after a series number', 'We watched the series 2 Finale last night.'],
    ['a year after a kind of work', 'The film 2005 Awards were a mess.'],
  ];
  it.each(none)('%s', (_, text) => {
    expect(titles(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const names = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

// Third person throughout, so the names stage reads it in its news voice: a lone word repeated
// there with no evidence of someone is taken for a band, a firm or a place.
const THIRD_PERSON_TAIL = ' The film then crosses the mountains, where the snow and the wolves close in on a small band of travellers who trust nobody and fear everything, and the last act takes its time.';

describe('a lone name once, with a story told of it', () => {
  it.each([
    // A plot verb right after, past one -ly adverb.
    ['I sat through it twice, and the scene where Torvik kills the guard is still the best part.', 'Torvik'],
    ['I liked the middle stretch, when Ysolde finally escapes the tower.', 'Ysolde'],
    // Met once, a plot's commoner moves tell someone too.
    ['I liked it, though halfway through Corwenna got her powers back far too easily.', 'Corwenna'],
    ['The finale drags, and the reason Tamsk went blind is never explained.', 'Tamsk'],
    // A story's life after the possessive.
    ['Honestly I cared more about Brannoc\'s powers than the plot.', 'Brannoc'],
    ['I cared more about the rivalry and Oswin\'s past than the plot.', 'Oswin'],
    // A family word after the possessive.
    ['The best scene has Oswin\'s sister in it.', 'Oswin'],
    // An appositive with a noun of a person in it.
    ['My issue is with Dravik, a lonely old soldier with nothing to do.', 'Dravik'],
  ])('%j finds %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    // Bands return and shows become: no verb of someone.
    ['I loved the opening song, as Silver Lantern returns for the theme.', 'Lantern'],
    ['For me Steel Season became absurd towards the end.', 'Season'],
    // After `of` inside a longer proper name: part of a title or a body.
    ['In short, Game of Thrones meets a heist movie, and I loved every minute.', 'Thrones'],
    ['I wonder whether the League of Decency kills that ending too.', 'Decency'],
    // An appositive with no person in it describes a thing.
    ['I found baseball as Americana, the psychology of the sport, a dull theme.', 'Americana'],
  ])('%j has no name holding %s', (text, word) => {
    // Any form holding the word ("Silver Lantern" as well as "Lantern") would be the band or title taken for someone.
    expect(names(text).filter((n) => n.split(' ').includes(word))).toEqual([]);
  });
});

describe('a lone name repeated in a text read as news, kept by a story told of it', () => {
  it.each([
    ['Velrik finally escapes the prison in the first act, and the guards chase Velrik into the hills.' + THIRD_PERSON_TAIL, 'Velrik'],
    ['Marisol and her brother flee the city, and Marisol\'s dream of the sea carries the story.' + THIRD_PERSON_TAIL, 'Marisol'],
  ])('%j keeps %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    // A studio repeated with no family, plot verb or appositive of a person: still no one.
    ['Harbourne Pictures released it in March, and Harbourne later cut ten minutes from the print.' + THIRD_PERSON_TAIL, 'Harbourne'],
    // A place repeated in news `gets` the rain: only a being's verbs keep a name there.
    ['The ship docks at Varnholt, and Varnholt gets most of the fog in the film.' + THIRD_PERSON_TAIL, 'Varnholt'],
    ['Paramount released the picture in March, and Paramount later cut ten minutes from the print.' + THIRD_PERSON_TAIL, 'Paramount'],
  ])('%j has no %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });
});

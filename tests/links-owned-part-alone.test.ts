import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { linksAndWorks as analyse } from './helpers/links';

describe("an actor's possessive before a two-word part the text also names by one word: `A's C D … C`", () => {
  it.each([
    ["Dale Brenner's Orlo Vance is the best thing in the film. When Orlo leaves town, the story sags.", 'Orlo Vance', 'Dale Brenner'],
    ["Mara Lindqvist's Captain Ferro seems tired from the start, and later Ferro gives up the ship.", 'Captain Ferro', 'Mara Lindqvist'],
    ["We also get Tobias Wren's Quill Avery, who runs the mill. The mill burns and Quill loses everything.", 'Quill Avery', 'Tobias Wren'],
  ])('links the part, not a work: %j', (text, part, actor) => {
    const got = analyse(text);
    expect(got.links).toEqual([[part, actor]]);
    expect(got.works).not.toContain(part);
  });

  it.each([
    ["Ann Vale's Night Harbor is a fine novel, and the film keeps its mood. The Harbor scenes are best.", 'Night Harbor'],
    ["Ridley Scott's Blade Runner is a masterpiece. I saw it twice.", 'Blade Runner'],
  ])('a title whose word stands alone only after an article or nowhere stays a work: %j', (text, work) => {
    const got = analyse(text);
    expect(got.links).toEqual([]);
    expect(got.works).toContain(work);
  });
});

describe("an actor's possessive before a full part that ends its sentence: `A's C D. E …`", () => {
  it.each([
    ["The boy trains under the watchful eye of Dale Brenner's Ruth Pike. Nora Hale arrives later to take him away.", 'Ruth Pike', 'Dale Brenner'],
    ["Best of all is Mara Lindqvist's Ilse Marrow! Tobias Wren does well too.", 'Ilse Marrow', 'Mara Lindqvist'],
  ])('links the part: %j', (text, part, actor) => {
    expect(analyse(text).links).toContainEqual([part, actor]);
  });
});

describe("an actor's surname owning a part, once the text has named the actor in full: `A B … B's C`", () => {
  it.each([
    ['after a performance from the full name', 'The first film rests on a compelling performance from Dale Brenner. Happily, when Brenner\'s Rick Vance walks in, the sequel wakes up.', 'Rick Vance', 'Dale Brenner'],
    ['after a casting phrase', 'Mara Lindqvist plays Ilse Marrow with real bite. Later Lindqvist\'s Jane Okafor, the twin, turns up too.', 'Jane Okafor', 'Mara Lindqvist'],
  ])('%s', (_, text, part, actor) => {
    expect(analyse(text).links).toContainEqual([part, actor]);
  });

  it.each([
    ['a surname the text gives a maker too', 'Director Dale Brenner shot it in a month. Brenner\'s Rick Vance is a fine film about a miner.'],
    ['a surname no casting cue holds', 'Dale Brenner wrote to the paper. Brenner\'s Rick Vance walks in at the end.'],
  ])('no link: %s', (_, text) => {
    expect(analyse(text).links).toEqual([]);
  });
});

describe('a performance from a full name makes an actor', () => {
  it.each([
    ['singular', 'It is worth seeing for a compelling performance from Dale Brenner.', 'Dale Brenner'],
    ['plural, a list', 'There are strong performances from Mara Lindqvist and Tobias Wren.', 'Mara Lindqvist'],
  ])('%s', (_, text, actor) => {
    const person = analyzeReview(text).people.find((p) => p.name === actor);
    expect(person?.roles).toContain('actor');
  });

  it('not a band or a single name, nor the verb "turns from"', () => {
    const out = analyzeReview('The night had performances from U2 and Usher. The plot turns from Dale Brenner to his sister.');
    expect(out.people.filter((p) => p.roles.includes('actor')).map((p) => p.name)).toEqual([]);
  });
});

describe('a part led by a common given name that is also a word ("Rick")', () => {
  it('is a personal name after an actor\'s possessive', () => {
    const text = "I loved the sequel. Dale Brenner was great in the first film. Happily when Dale Brenner's Rick Vance comes onto the screen the audience smiles.";
    expect(analyse(text).links).toEqual([['Rick Vance', 'Dale Brenner']]);
  });
});

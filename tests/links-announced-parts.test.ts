// Casting shapes of news announcements and of reviews that describe how a part is played: a modal or
// planned passive (`C will be played by A`), one word after the plain `play` with an apposition that
// says someone (`will play Fern, the girl at …`), and `plays C as a …` (how, not who). Sentences are
// made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { sortedLinks as links } from './helpers/links';

/** The character `name` of `text` and its actor, with the character's first mention's offsets. */
function linked(text: string, name: string): { start: number; end: number; actor: string | undefined } | undefined {
  const a = analyzeReview(text);
  const c = a.characters.find((x) => x.name === name);
  if (!c) return undefined;
  const m = c.mentions[0];
  return { start: m?.start ?? -1, end: m?.end ?? -1, actor: a.people.find((p) => p.id === c.playedBy)?.name };
}

describe('a modal or planned passive announces who plays a part', () => {
  it.each([
    ['will be played by', 'Wenna Hollis will be played by Corin Talbot in the autumn run.', [['Wenna Hollis', 'Corin Talbot']]],
    ['would be played by', 'In the remake, Wenna Hollis would be played by Corin Talbot.', [['Wenna Hollis', 'Corin Talbot']]],
    ['would likely be played by', 'If the series returns, Wenna Hollis would likely be played by Corin Talbot.', [['Wenna Hollis', 'Corin Talbot']]],
    ['is to be played by', 'Wenna Hollis is to be played by Corin Talbot, the studio confirmed.', [['Wenna Hollis', 'Corin Talbot']]],
    ['is set … to be voiced by', 'The fox Pell Marrow is to be voiced by Corin Talbot.', [['Pell Marrow', 'Corin Talbot']]],
    ['who will be played by', 'Wenna Hollis, who will be played by Corin Talbot, runs the ferry.', [['Wenna Hollis', 'Corin Talbot']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('keeps the part a character and the actor a person, at the part\'s own offsets', () => {
    const text = 'Wenna Hollis will be played by Corin Talbot in the autumn run.';
    expect(linked(text, 'Wenna Hollis')).toEqual({ start: 0, end: 12, actor: 'Corin Talbot' });
    expect(analyzeReview(text).people.map((p) => p.name)).toEqual(['Corin Talbot']);
  });

  it.each([
    ['a role noun, no name', 'The lead role will be played by Corin Talbot next year.'],
    ['a song is played', 'The anthem will be played by the Harwick Silver Band at noon.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });

  it('links the subject, not the name that closes its appositive', () => {
    expect(links('Wenna Hollis, who loves the ferryman Osric, will be played by Corin Talbot.')).toEqual([['Wenna Hollis', 'Corin Talbot']]);
  });
});

describe('one word after the plain play is a part when an apposition says someone', () => {
  it.each([
    ['the girl at the centre', 'Maisie Dunmore will play Fenna, the girl at the centre of the story, next spring.', [['Fenna', 'Maisie Dunmore']]],
    ['a lonely keeper', 'Corin Talbot is to play Quellan, a lonely old lighthouse keeper, on stage.', [['Quellan', 'Corin Talbot']]],
    ['the hero', 'Corin Talbot will play Thorne, the hero of the second book.', [['Thorne', 'Corin Talbot']]],
    ['a servant', 'Maisie Dunmore has signed to play Brisk, a servant who knows too much.', [['Brisk', 'Maisie Dunmore']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('keeps the part at its offsets', () => {
    const text = 'Maisie Dunmore will play Fenna, the girl at the centre of the story, next spring.';
    expect(linked(text, 'Fenna')).toEqual({ start: 25, end: 30, actor: 'Maisie Dunmore' });
  });

  it.each([
    ['a hall', 'Maisie Dunmore will play Brixford, the biggest hall in the county, on Saturday.'],
    ['a stadium', 'The band will play Wembley, the stadium where they began.'],
    ['a town', 'Maisie Dunmore will play Harrowgate, a town she loves, on her tour.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});

describe('`as a`, `as an`, `as if` after a played part say how it is played, not who plays it', () => {
  it.each([
    ['as a nervous wreck', 'Corin Talbot plays Wenna Hollis as a nervous wreck.', [['Wenna Hollis', 'Corin Talbot']]],
    ['as an adult', 'One nomination went to Maisie Dunmore, who plays the orphan Tilly as an adult.', [['Tilly', 'Maisie Dunmore']]],
    ['as if', 'Corin Talbot plays Wenna Hollis as if she were already a ghost.', [['Wenna Hollis', 'Corin Talbot']]],
    ['portrays … as a', 'Maisie Dunmore portrays Wenna Hollis as a cold, hard woman.', [['Wenna Hollis', 'Maisie Dunmore']]],
    ['two ages of one part', 'Maisie Dunmore played Wenna Hollis as an adult, and Ida Crane played her as a girl.', [['Wenna Hollis', 'Maisie Dunmore']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('keeps the part a character, not a person', () => {
    const a = analyzeReview('Corin Talbot plays Wenna Hollis as a nervous wreck.');
    expect(a.characters.map((c) => c.name)).toEqual(['Wenna Hollis']);
    expect(a.people.map((p) => p.name)).toEqual(['Corin Talbot']);
  });

  it.each([
    ['another subject between', 'Corin Talbot told us they played Wenna Hollis as a joke at first.'],
    ['we between', 'Corin Talbot thinks we play Wenna Hollis as a saint.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });

  it.each([
    ['a list of actors and parts', 'The film stars Corin Talbot as Wenna Hollis and Ida Crane as Pell Marrow.', [['Pell Marrow', 'Ida Crane'], ['Wenna Hollis', 'Corin Talbot']]],
  ] as const)('still: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});

describe('a casting verb opening a bracket after an actor reads as `as` does', () => {
  it.each([
    ['portrays', 'Lorna Feld (portrays Karen) was not the right choice.', [['Karen', 'Lorna Feld']]],
    ['plays, a full name inside', 'Lorna Feld (plays Wenna Hollis) and Ida Crane (plays Pell Marrow) carry the film.', [['Pell Marrow', 'Ida Crane'], ['Wenna Hollis', 'Lorna Feld']]],
    ['voices', 'Corin Talbot (voices Brisk) steals every scene.', [['Brisk', 'Corin Talbot']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('keeps the part a character and the actor a person', () => {
    const a = analyzeReview('Lorna Feld (portrays Wenna Hollis) was not the right choice.');
    expect(a.characters.map((c) => c.name)).toEqual(['Wenna Hollis']);
    expect(a.people.map((p) => p.name)).toEqual(['Lorna Feld']);
  });

  it.each([
    ['a described part, no name', 'Lorna Feld (plays a cop) is fine.', []],
    ['the other order, after a participle', 'Wenna Hollis (played by Lorna Feld) runs the ferry.', [['Wenna Hollis', 'Lorna Feld']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});

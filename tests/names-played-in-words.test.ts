import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The character named `role`, and the name of the person it is played by. */
const castOf = (text: string, role: string) => {
  const a = analyzeReview(text);
  const c = a.characters.find((x) => x.name === role);
  return { character: c !== undefined, actor: a.people.find((p) => p.id === c?.playedBy)?.name ?? null, asPerson: a.people.some((p) => p.name === role) };
};

// Words that say who plays whom keep the role a character even when everything else about the
// name reads like a real person's (a full name, a news-like voice, no plot words).
describe('a name the text says is played by someone stays a character', () => {
  it.each([
    ['The tale of Ida Marchetti, played in the remake by Tessa Brandauer, is told again. Brandauer spoke warmly of the shoot.', 'Ida Marchetti', 'Tessa Brandauer'],
    ['Festival news. The story of Ansel Drury, played in the film by Lorne Petrakis, opens the week. Petrakis said he loved the part.', 'Ansel Drury', 'Lorne Petrakis'],
    ['In the new version Gus Halloway is played by Dermot Keeling, and the director praised him.', 'Gus Halloway', 'Dermot Keeling'],
    ['I liked the Wendell Ashby character as played by Corin Mallory far more than the book’s.', 'Wendell Ashby', 'Corin Mallory'],
    ['Mostly it works because of Hester Vane, as portrayed by Liesl Ormond, who never overplays.', 'Hester Vane', 'Liesl Ormond'],
  ])('%j', (text, role, actor) => {
    expect(castOf(text, role)).toEqual({ character: true, actor, asPerson: false });
  });
});

// An actor's part named in words after the possessive: the name is the part, the owner its actor.
describe('A’s character, whose name is C', () => {
  it.each([
    ['Early on Corwin Blythe is thrown out of the navy. Blythe’s character, whose name is Tobiah, drifts west.', 'Tobiah', 'Corwin Blythe'],
    ['Halvard Stenmark gives his best work here; Stenmark’s part is called Oskar and he grieves well.', 'Oskar', 'Halvard Stenmark'],
    ['Maud Ellery is a delight, and Ellery’s character, named Pippa, steals the show.', 'Pippa', 'Maud Ellery'],
  ])('%j', (text, role, actor) => {
    expect(castOf(text, role)).toEqual({ character: true, actor, asPerson: false });
  });
});

// `A as C` says who plays whom as plainly as `played by`: the part stays a character even where
// its surname alone reads like a real person's later on. A name the cues call a maker keeps its kind.
describe('A as C keeps C a character', () => {
  it.each([
    ['This comedy stars Corin Mallory as the British cheese vendor Wendell Ashby. Ashby and the countess keep bumping into each other.', 'Wendell Ashby', 'Corin Mallory'],
    ['It features Maud Ellery as the British governess Pippa Rowe. Rowe and the colonel quarrel over the children.', 'Pippa Rowe', 'Maud Ellery'],
    ['The picture stars Dermot Keeling as the English grocer Gus Halloway. Halloway and the duchess fall in love.', 'Gus Halloway', 'Dermot Keeling'],
    ['This romp stars Hester Vane as the American heiress Nell Ashdown. Ashdown and the prince keep running into each other.', 'Nell Ashdown', 'Hester Vane'],
  ])('%j', (text, role, actor) => {
    expect(castOf(text, role)).toEqual({ character: true, actor, asPerson: false });
  });

  it('leaves a director whose first name the part shares a director', () => {
    const a = analyzeReview('The documentary follows director Ansel Drury at work. Elsewhere, Lorne Petrakis as Ansel plays the younger man.');
    expect(a.people.find((p) => p.name === 'Ansel Drury')?.roles).toEqual(['director']);
    expect(a.characters.map((c) => c.name)).toEqual([]);
  });
});

// An appositive that describes the part with a possessive (`his wife`, `Ruth's old friend`) may
// close on a comma or open a bracket before `played by`.
describe('C, his wife, played by A', () => {
  it.each([
    ['The film is about the poet and Nell Ashdown, his wife (played by a wonderful Hester Vane). Nell suffers in silence.', 'Nell Ashdown', 'Hester Vane'],
    ['We meet Tobiah Crane, his younger brother, played by Dermot Keeling, and the two fight.', 'Tobiah Crane', 'Dermot Keeling'],
    ['Then comes Pippa Rowe, her sister (played by Maud Ellery), who takes over the shop.', 'Pippa Rowe', 'Maud Ellery'],
    ['Later we meet Oskar Lind, Ruth’s old friend played very well by Corwin Blythe. Oskar is a drunk.', 'Oskar Lind', 'Corwin Blythe'],
  ])('%j', (text, role, actor) => {
    expect(castOf(text, role)).toEqual({ character: true, actor, asPerson: false });
  });

  it('reads no part where the comma opens a clause of its own', () => {
    const a = analyzeReview('I liked Tom Hanks, the star, who played by the rules of the genre.');
    expect(a.characters).toEqual([]);
  });
});

// A role noun inside a casting phrase describes the part, not the name's own trade: the part is no
// author or director of the work, and it links to the actor.
describe('A as novelist C: the role noun describes the part', () => {
  it.each([
    ['Greta Holm stars as novelist Edith Crane in The Long Quiet, and Ida Berg co-stars.', 'Edith Crane', 'Greta Holm'],
    ['Ruth Dane made her name in 1994, playing the lonely novelist Myra Colt in Black Tide.', 'Myra Colt', 'Ruth Dane'],
    ['The prize crowned Leo Varga for his portrayal of the poet Anton Berger in Nocturne.', 'Anton Berger', 'Leo Varga'],
    ['Leo Varga is superb as the gruff director Anton Berger, a man who hates actors.', 'Anton Berger', 'Leo Varga'],
  ])('%j', (text, role, actor) => {
    expect(castOf(text, role)).toEqual({ character: true, actor, asPerson: false });
  });
});

// A roll-call of parts: an earlier `as` before a name cast that name, it opens no `as … as`
// comparison that would keep the next pair from casting.
describe('A back as X, and B back as Y', () => {
  it.each([
    ['We get Corin Mallory back as Pip, and Tessa Brandauer back as Wren.', 'Wren', 'Tessa Brandauer'],
    ['Lorne Petrakis is back as Gus, with Maud Ellery back as Odile.', 'Odile', 'Maud Ellery'],
  ])('%j', (text, role, actor) => {
    expect(castOf(text, role)).toEqual({ character: true, actor, asPerson: false });
  });

  it('still reads as … as a comparison', () => {
    const a = analyzeReview('Hester Vane is as cruel to Nell as Dermot Keeling is kind.');
    expect(a.characters.filter((c) => c.playedBy !== null)).toEqual([]);
  });
});

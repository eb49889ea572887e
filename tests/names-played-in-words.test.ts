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
    ['Corin Mallory is superb as the Welsh lighthouse keeper Wendell Ashby, and Ashby spends the film feuding with the coastguard.', 'Wendell Ashby', 'Corin Mallory'],
    ['Maud Ellery is cast as the Irish schoolteacher Pippa Rowe; Rowe then fights the council over the new road.', 'Pippa Rowe', 'Maud Ellery'],
    ['In the caper, Dermot Keeling appears as the Scottish banker Gus Halloway. Halloway plans the robbery with the baroness.', 'Gus Halloway', 'Dermot Keeling'],
    ['The farce gives us Hester Vane as the Canadian pilot Nell Ashdown. Ashdown and a count trade insults across Europe.', 'Nell Ashdown', 'Hester Vane'],
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
    ['Most of the story belongs to Nell Ashdown, his widow (played by a fierce Hester Vane), who runs the mill.', 'Nell Ashdown', 'Hester Vane'],
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

// A bracket right after a name inside the appositive is that name's, not the appositive's head's.
describe('C, the wife of D (played by A)', () => {
  it.each([
    ['The centre of the drama is Edda Voss, the wife of Karl Voss (played by Ilse Brandt), who keeps the inn going.', 'Karl Voss', 'Edda Voss', 'Ilse Brandt'],
    ['We soon meet Edda Voss, the sister of Tomas (played by Henrik Lund), on the ferry.', 'Tomas', 'Edda Voss', 'Henrik Lund'],
  ])('%j', (text, part, other, actor) => {
    const a = analyzeReview(text);
    expect(castOf(text, part)).toEqual({ character: true, actor, asPerson: false });
    const played = a.characters.filter((c) => a.people.find((p) => p.id === c.playedBy)?.name === actor).map((c) => c.name);
    expect(played).toEqual([part]);
    expect(played).not.toContain(other);
  });
});

// After a verb of public regard, or with a word of likeness after `as`, `A as C` compares two
// people: the words cast no part, and the model keeps the second name a real person.
describe('A as the next C compares two people', () => {
  it.each([
    ['The studio sold Ruby Marsh as the next Vivian Sorel. Sorel had been the biggest star of the silent era.', 'Vivian Sorel'],
    ['Critics described Omar Tello as a modern Anton Varga. Varga wrote his novels in monthly parts.', 'Anton Varga'],
    ['Magazines hailed Lena Fisk as the new Clara Dunmore. Dunmore had retired from the screen in 1960.', 'Clara Dunmore'],
  ])('%j', (text, compared) => {
    const a = analyzeReview(text);
    expect(a.characters.map((c) => c.name)).not.toContain(compared);
    expect(a.people.map((p) => p.name)).toContain(compared);
  });
});

// A full name the words say is played stays the part even where the text later gives its surname a
// maker's job; a lone word played keeps the model's reading (see 'A as C keeps C a character').
describe('a full name played stays a part beside a job of its own', () => {
  it('keeps the portrayed director a character', () => {
    expect(castOf('Fritz Lorenz, played by Aldo Brenner, is shown at work on his last picture. The real director Lorenz would have loathed it.', 'Fritz Lorenz')).toEqual({ character: true, actor: 'Aldo Brenner', asPerson: false });
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

// A spaced dash right before the verb opens an aside about the name before it.
describe('C - played by A -: an aside between dashes', () => {
  it.each([
    ['The film belongs to Wendell Ashby - played very coolly by Corin Mallory - who runs the docks.', 'Wendell Ashby', 'Corin Mallory'],
    ['Then Hester Vane – voiced by Liesl Ormond – takes over the story.', 'Hester Vane', 'Liesl Ormond'],
    ['Both Gus and Ansel Drury — portrayed by Lorne Petrakis — want the farm.', 'Ansel Drury', 'Lorne Petrakis'],
  ])('%j', (text, role, actor) => {
    expect(castOf(text, role)).toEqual({ character: true, actor, asPerson: false });
  });

  it('a lower-case noun before the dash names no part', () => {
    const a = analyzeReview('The old sailor - played by Corin Mallory - drinks too much.');
    expect(a.characters.filter((c) => c.playedBy !== null)).toEqual([]);
    expect(a.people.find((p) => p.name === 'Corin Mallory')?.roles).toContain('actor');
  });
});

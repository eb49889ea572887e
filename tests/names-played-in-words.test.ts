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

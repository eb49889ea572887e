import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Each name of the analysis with its kind, its roles (people) and its player (characters). */
const read = (text: string) => {
  const a = analyzeReview(text);
  return {
    people: a.people.map((p) => ({ name: p.name, roles: p.roles, start: p.mentions[0]?.start })),
    characters: a.characters.map((c) => c.name),
    linked: a.characters.filter((c) => c.playedBy !== null).map((c) => c.name),
  };
};

describe('a performer praised for a part named by a common noun: `A and B are great as father and son`', () => {
  it.each([
    ['Mara Quill and Owen Tarrow are great as father and son. The story follows Owen Tarrow home after prison.', ['Mara Quill', 'Owen Tarrow']],
    ['Lena Brask is chilling as the killer, and the story keeps Lena Brask in shadow until the end.', ['Lena Brask']],
    ['Ivy Soren, Tess Morrow and Jo Pell are wonderful as the three sisters. Later Jo Pell leaves the farm.', ['Ivy Soren', 'Tess Morrow', 'Jo Pell']],
    ['Dev Harlan is perfectly cast as a lonely widower. The plot sends Dev Harlan to the coast.', ['Dev Harlan']],
    ['Rhea Colt shines as the warring sisters. Then Rhea Colt returns to the stage.', ['Rhea Colt']],
    ['Nils Avery was just superb as her suave, rich husband. The camera loves Nils Avery.', ['Nils Avery']],
  ])('marks each name of the subject a person who acts, linking no part: %j', (text, names) => {
    const r = read(text);
    for (const name of names) {
      const p = r.people.find((x) => x.name === name);
      expect(p, name).toBeDefined();
      expect(p?.roles).toContain('actor');
      expect(p?.start).toBe(text.indexOf(name));
    }
    expect(r.characters.filter((c) => names.includes(c))).toEqual([]);
    expect(r.linked).toEqual([]);
  });

  it.each([
    ['Tom Vance poses as a doctor to reach his brother. Tom Vance is caught.', 'Tom Vance'],
    ['Nina Rusk works as a nurse in the city. Nina Rusk hates the night shifts.', 'Nina Rusk'],
    ['Ray Dolan, disguised as a cop, walks in. Ray Dolan smiles.', 'Ray Dolan'],
    ['Ada Finch was great as a kid at the piano. Ada Finch grew up fast.', 'Ada Finch'],
    ['Kiro is strong as the main character. Kiro fights for his village.', 'Kiro'],
  ])('gives no actor where the verb before `as` is the plot, the noun an age or the story itself: %j', (text, name) => {
    const p = read(text).people.find((x) => x.name === name);
    expect(p?.roles ?? []).not.toContain('actor');
  });
});

describe('a performing verb or praise with no words before it', () => {
  it.each([
    ['starred as', 0],
    ['Shines as the lost son.', 0],
    ['is great as the father', 0],
  ])('reads %j without a subject and without failing', (text, people) => {
    expect(read(text).people).toHaveLength(people);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const analyse = (text: string) => {
  const a = analyzeReview(text);
  const byId = new Map(a.people.map((p) => [p.id, p.name]));
  return {
    links: a.characters.filter((c) => c.playedBy).map((c) => [c.name, byId.get(c.playedBy as string) as string]),
    works: a.works.map((w) => w.title),
  };
};

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

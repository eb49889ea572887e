import { describe, expect, it } from 'vitest';
import { KIND_FEATURES, type KindFeature } from '../src/data/name-kind-features';
import { analyzeReview } from '../src/index';
import { nameKindRows } from '../src/pipeline-stages';

// A reviewer names the story's lead in more shapes than an apposition: in brackets after the name,
// announced by a colon or a dash, or as the one the story follows. Each says the name is a part.

const feature = (text: string, form: string, f: KindFeature): boolean => {
  const row = nameKindRows(text).find((r) => r.forms.includes(form));
  if (!row) throw new Error(`no entity ${form} in ${text}`);
  return row.features[KIND_FEATURES.indexOf(f)] === 1;
};

const isCharacter = (text: string, name: string): void => {
  const a = analyzeReview(text);
  expect(a.characters.map((c) => c.name)).toContain(name);
  expect(a.people.map((p) => p.name)).not.toContain(name);
  // A kind cue only: no actor is made up for the part.
  expect(a.characters.find((c) => c.name === name)?.playedBy ?? []).toEqual([]);
};

describe('a name the story is said to be about', () => {
  it.each([
    ['the story follows', 'The story follows Tarek Olsen, a ferry pilot who owes money to everyone.', 'Tarek Olsen'],
    ['the film follows, past "as she"', 'The film follows Ines Varga as she crosses the border with a stolen car.', 'Ines Varga'],
    ['the plot of the movie revolves around', 'The plot of the movie revolves around Corin Blake and his missing dog.', 'Corin Blake'],
    ['the series centres on', 'The series centres on Hana Ritsu, a clerk who can hear ghosts.', 'Hana Ritsu'],
    ['the novel tells the story of', 'The novel tells the story of Aldo Brenn, a clockmaker in a flooded town.', 'Aldo Brenn'],
    ['the show also focuses on', 'I liked the pacing, and the show also focuses on Mira Dahl for a while.', 'Mira Dahl'],
    ['a lone given name the film follows', 'The film follows Wren, a shy clerk. When Wren finds the money, she decides to keep it.', 'Wren'],
  ])('%s: a character', (_, text, name) => {
    expect(feature(text, name, 'storySubject')).toBe(true);
    expect(nameKindRows(text).find((r) => r.forms.includes(name))?.decider).toBe('character');
    isCharacter(text, name);
  });

  it.each([
    ['an actor named for the part', 'The movie follows Tom Hanks as a lawyer who takes on a big firm.', 'Tom Hanks'],
    ['a documentary in the sentence', 'The documentary film follows Nelson Mandela from prison to the presidency.', 'Nelson Mandela'],
    ['a true story', 'Based on a true story, the film follows Marek Zielinski across three winters.', 'Marek Zielinski'],
    ['a possessive: the actor owns the part', "The plot revolves around Grace Oduya's character, a nurse who lies.", 'Grace Oduya'],
    ['no story noun as the subject', 'Last week Pasha Lind follows Dora Wick onto the stage at the awards.', 'Dora Wick'],
  ])('no story subject for %s', (_, text, name) => {
    expect(feature(text, name, 'storySubject')).toBe(false);
  });

  it.each([
    ["a journey after the name's possessive", "The pacing is slow, but Tobin Marsh's journey from thief to priest is worth it.", 'Tobin Marsh'],
    ['an arc', "The finale rushes, yet Mara Quinlan's arc lands every beat, and Mara Quinlan carries the show.", 'Mara Quinlan'],
    ['a back story', "I cried at Orrin Vask's back story in the fourth episode.", 'Orrin Vask'],
  ])('%s: a character', (_, text, name) => {
    expect(feature(text, name, 'storySubject')).toBe(true);
    isCharacter(text, name);
  });

  it.each([
    ["a writer's story", "Hollis Wren's story is fresh, and the film keeps its twists.", 'Hollis Wren'],
    ["a real person's quest", "Everyone admired Hollis Wren's quest for authenticity on set.", 'Hollis Wren'],
    ["an actor's character arc", "Hollis Wren's character arc is the best part of the film.", 'Hollis Wren'],
  ])('no story subject for %s', (_, text, name) => {
    expect(feature(text, name, 'storySubject')).toBe(false);
  });

  it('the subject is the story, not a person who follows someone', () => {
    const text = 'The judge then follows Corin Blake into the room.';
    expect(nameKindRows(text).some((r) => r.features[KIND_FEATURES.indexOf('storySubject')] === 1)).toBe(false);
  });
});

describe("the story's lead in brackets or after a colon", () => {
  it.each([
    ['bracketed, the series\' protagonist', "I enjoyed it. Ryota Senba (the series' protagonist) spends most episodes asleep.", 'Ryota Senba'],
    ['bracketed, our heroine', 'The art is warm. Lucia Ferrant (our heroine) runs a bakery by the harbour.', 'Lucia Ferrant'],
    ['bracketed, the villain of the story', 'Dax Morrow (the villain of the story) barely speaks until the end.', 'Dax Morrow'],
    ['after a colon', 'Then there is the protagonist: Ana Sousa is a nurse who hates hospitals.', 'Ana Sousa'],
    ['after a spaced dash', 'The writing is sharp and our hero - Kato Renji - is a tired drifter.', 'Kato Renji'],
  ])('%s: a character', (_, text, name) => {
    expect(feature(text, name, 'descriptorBefore')).toBe(true);
    isCharacter(text, name);
  });

  it.each([
    ['a bracket that praises a real person', 'Firefighter Dale Brennan (the hero of the hour) carried two children out.', 'Dale Brennan'],
    ['a list line with no determiner', 'Best villain: Dale Brennan, who plays him with relish.', 'Dale Brennan'],
    ['a narrator, a part real people fill', 'The audiobook is fine, and the narrator: Dale Brennan reads slowly.', 'Dale Brennan'],
  ])('no lead in %s', (_, text, name) => {
    expect(feature(text, name, 'descriptorBefore')).toBe(false);
  });
});

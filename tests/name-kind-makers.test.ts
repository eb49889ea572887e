import { describe, expect, it } from 'vitest';
import { KIND_FEATURES, type KindFeature } from '../src/data/name-kind-features';
import { analyzeReview } from '../src/index';
import { nameKindRows } from '../src/pipeline-stages';

// Fan reviews credit a mangaka or a director by surname alone and a studio by its bare name. The
// words right after a possessive say whose craft it is; the words around a studio's name say it
// is a company. Names and sentences are made up for these tests.

const rowOf = (text: string, form: string) => {
  const row = nameKindRows(text).find((r) => r.forms.includes(form));
  if (!row) throw new Error(`no entity ${form} in ${text}`);
  return row;
};
const featuresOf = (text: string, form: string): Set<KindFeature> => new Set(KIND_FEATURES.filter((_, i) => rowOf(text, form).features[i] === 1));
const names = (text: string): { people: string[]; characters: string[] } => {
  const a = analyzeReview(text);
  return { people: a.people.map((p) => p.name), characters: a.characters.map((c) => c.name) };
};

describe("a possessive before a maker's craft", () => {
  it.each([
    ["Hoshikawa's art", "Hoshikawa's art is gorgeous in every single chapter. I would read anything Hoshikawa puts out.", 'Hoshikawa'],
    ["Hoshikawa's writing", "Sadly Hoshikawa's writing falls apart after the tournament arc. Hoshikawa seems tired of it.", 'Hoshikawa'],
    ["Hoshikawa's manga", "I first met the story in Hoshikawa's manga, long before the show. Hoshikawa deserves the praise.", 'Hoshikawa'],
    ["Hoshikawa's style", "Hoshikawa's style of drawing faces is easy to spot. Nobody else draws like Hoshikawa.", 'Hoshikawa'],
  ])('%s reads as the work of a person', (_, text, name) => {
    expect(featuresOf(text, name).has('possessiveWork')).toBe(true);
  });

  it.each([
    ["a character's fighting style (the craft word is not right after)", "Ryoma's fighting style is wild, and Ryoma never holds back.", 'Ryoma'],
    ["a story's life after the possessive", "Ryoma's powers grow, and Ryoma loses control.", 'Ryoma'],
  ])('%s is no such evidence', (_, text, name) => {
    expect(featuresOf(text, name).has('possessiveWork')).toBe(false);
  });

  it('a surname credited with the art and the writing comes out a person', () => {
    const text = "Hoshikawa's art carries the first half of the series. Later on Hoshikawa's writing gets lazy and the villains repeat themselves.";
    const { people, characters } = names(text);
    expect(people).toContain('Hoshikawa');
    expect(characters).not.toContain('Hoshikawa');
  });
});

describe('a name the text gives as a studio is no one', () => {
  it.each([
    ['studio before the name', 'The fights look amazing because studio Korvane went all out. Korvane never holds back.', 'Korvane'],
    ['studio after the name', 'The final episodes look great, Korvane studio did a fine job. Honestly Korvane never disappoints.', 'Korvane'],
    ['animated by', 'The second season was animated by Korvane, and it shows. Korvane never holds back.', 'Korvane'],
    ['animation from', 'Smooth animation from Korvane makes the battles a joy. Korvane never holds back.', 'Korvane'],
    ['a possessive before animation', "Korvane's animation is the best thing here. Honestly Korvane never disappoints.", 'Korvane'],
  ])('%s', (_, text, name) => {
    const { people, characters } = names(text);
    expect(people).not.toContain(name);
    expect(characters).not.toContain(name);
  });

  it('drops every mention of the studio, also those with no studio word beside them', () => {
    const text = 'The show was animated by Korvane this time. Honestly Korvane never disappoints. Kenshiro is still the best. I could watch Kenshiro all day.';
    const a = analyzeReview(text);
    expect([...a.people, ...a.characters].map((e) => e.name)).not.toContain('Korvane');
    expect(a.characters.map((c) => c.name)).toContain('Kenshiro');
  });

  it.each([
    ['a title on a mention', "Studio politics aside, Mr. Korvane's animation notes were ignored. Mr. Korvane quit.", 'Mr. Korvane'],
    ['a casting cue on a mention', 'Dana Korvane plays the studio head, and Dana Korvane is great as Maggie.', 'Dana Korvane'],
  ])('a name with %s stays someone', (_, text, name) => {
    const { people, characters } = names(text);
    expect([...people, ...characters]).toContain(name);
  });
});

import { describe, expect, it } from 'vitest';
import { KIND_FEATURES } from '../src/data/name-kind-features';
import { analyzeReview } from '../src/index';
import { nameKindRows } from '../src/pipeline-stages';

// A reviewer who calls a name the story's protagonist or its villain has said in so many words
// that the name is a part, however full the name is.

const settled = (text: string, form: string): boolean => {
  const row = nameKindRows(text).find((r) => r.forms.includes(form));
  if (!row) throw new Error(`no entity ${form} in ${text}`);
  return row.features[KIND_FEATURES.indexOf('descriptorBefore')] === 1;
};

describe('a name the text calls the story\'s lead', () => {
  it.each([
    ['apposed to "our main protagonist"', 'The art is lovely. Haruto Mizuki, our main protagonist, is a shy boy who draws all day.', ['Haruto Mizuki']],
    ['apposed to "the main character"', 'I liked the pacing. Ren Tachibana, the main character, spends the first arc hiding.', ['Ren Tachibana']],
    ['apposed to a villain of the series', 'Daigo Kurosawa, the villain of the series, barely speaks. I wanted more of Daigo Kurosawa.', ['Daigo Kurosawa']],
    ['apposed to the hero of the story', 'The pacing drags. Kenji Aramaki, the reluctant hero of the story, wants only a quiet life.', ['Kenji Aramaki']],
    ['apposed at the end of its sentence', 'Everyone talks about one name: Sora Ibuki, the heroine.', ['Sora Ibuki']],
  ])('%s: a character', (_, text, names) => {
    const a = analyzeReview(text);
    for (const name of names) {
      expect(settled(text, name)).toBe(true);
      expect(a.characters.map((c) => c.name)).toContain(name);
      expect(a.people.map((p) => p.name)).not.toContain(name);
    }
  });

  it.each([
    ['a hero of the hour in news', 'Firefighter Dale Brennan, the hero of the hour, carried two children out of the flat.', 'Dale Brennan'],
    ['a story noun after the name, not in apposition', 'The story follows Dale Brennan, who carried two children out of the flat.', 'Dale Brennan'],
    ['an article that only classes', 'Dale Brennan, a real hero, carried two children out of the flat.', 'Dale Brennan'],
    ['a narrator, a part real people fill', 'Dale Brennan, the narrator, reads every line slowly.', 'Dale Brennan'],
  ])('no lead in %s', (_, text, name) => {
    expect(settled(text, name)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { KIND_FEATURES, type KindFeature } from '../src/data/name-kind-features';
import { analyzeReview } from '../src/index';
import { nameKindRows } from '../src/pipeline-stages';

// `Part (Actor Name)` is how a review ties a part to its actor, so a name with a capitalised
// bracket after it reads as the part (`characterSide`). A country or nationality in that bracket
// is a note on where someone comes from, as prize lists and news write (`A (Canada), B (Peru)`):
// no actor stands there, and the name is no part.

const rowOf = (text: string, form: string) => {
  const row = nameKindRows(text).find((r) => r.forms.includes(form));
  if (!row) throw new Error(`no entity ${form} in ${text}`);
  return row;
};
const featuresOf = (text: string, form: string): Set<KindFeature> => new Set(KIND_FEATURES.filter((_, i) => rowOf(text, form).features[i] === 1));

describe('a country in brackets after a name is no casting', () => {
  it.each([
    ['a country, then the next entry of a list', 'The jury picked Delia Marchetti (Italy) Oren Falk (Israel) and Ruth Amsel (Germany).', 'Delia Marchetti', false],
    ['a two-word country', 'Also shortlisted: Pavel Hruby (Czech Republic), a poet.', 'Pavel Hruby', false],
    ['a nationality', 'The panel was led by Marit Solberg (Swedish) this year.', 'Marit Solberg', false],
    ['a part and its actor in full', 'Mirabel (Joan Castell) runs the inn with her brother.', 'Mirabel', true],
    ['a part, its actor by surname, then the next sentence', 'He meets the champion Bram Tolliver (Ashby.) Keane is superb.', 'Bram Tolliver', true],
  ])('%s: %s', (_, text, name, on) => {
    expect(featuresOf(text, name).has('characterSide')).toBe(on);
  });

  it('a prize list of writers with their countries names real people', () => {
    const text =
      'Seven novelists are on the shortlist for the new prize, which honours a body of work.\n\n' +
      'Delia Marchetti (Italy) Oren Falk (Israel) Ruth Amsel (Germany) Tomasz Wrobel (Poland) Ines Carvalho (Brazil)';
    const a = analyzeReview(text);
    expect(a.characters.map((c) => c.name)).toEqual([]);
    expect(a.people.map((p) => p.name)).toEqual(['Delia Marchetti', 'Oren Falk', 'Ruth Amsel', 'Tomasz Wrobel', 'Ines Carvalho']);
  });
});

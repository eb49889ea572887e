import { describe, expect, it } from 'vitest';
import { KIND_FEATURES, type KindFeature } from '../src/data/name-kind-features';
import { nameKindRows } from '../src/pipeline-stages';

// `as … as` measures a name against something (`as famous as X`) and casts it as nothing; `A is
// superb as X` still names the part. Names and sentences are made up for these tests.

const featuresOf = (text: string, form: string): Set<KindFeature> => {
  const row = nameKindRows(text).find((r) => r.forms.includes(form));
  if (!row) throw new Error(`no entity ${form} in ${text}`);
  return new Set(KIND_FEATURES.filter((_, i) => row.features[i] === 1));
};

describe('a name after a comparison is on no casting side', () => {
  it.each([
    ['as talented as X', 'Few newcomers are as talented as Delphine Marr, and her second album proves it.', 'Delphine Marr'],
    ['as big as X', 'The young singer hoped to become as big as Mara Vellis, who sold out every arena.', 'Mara Vellis'],
    ['as bad as leaving X out', 'Dropping her would be as bad as leaving Tobias Quell off the bill.', 'Tobias Quell'],
  ])('%s', (_, text, name) => {
    expect(featuresOf(text, name).has('characterSide')).toBe(false);
  });
});

describe('a casting `as` still reads the part', () => {
  it.each([
    ['A is superb as X', 'Ruth Penner is superb as Delphine Marr, the tired detective.', 'Delphine Marr'],
    ['A as the grim X', 'Owen Hale as the grim Korvath Lane steals every scene.', 'Korvath Lane'],
  ])('%s', (_, text, name) => {
    expect(featuresOf(text, name).has('characterSide')).toBe(true);
  });
});

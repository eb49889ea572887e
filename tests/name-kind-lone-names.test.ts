import { describe, expect, it } from 'vitest';
import { KIND_FEATURES, type KindFeature } from '../src/data/name-kind-features';
import { NAME_KIND_WEIGHTS } from '../src/data/name-kind-weights';
import { analyzeReview } from '../src/index';
import { nameKindRows } from '../src/pipeline-stages';
import { decideKind, unmarkedName } from '../src/stages/4-names/kind-decision';

// Fan reviews name characters by one bare word far more often than real people, whose names come
// with the words of their work. These cases are of that kind: names no given-name list holds, with
// little or no evidence around them, in reviews of shows and films.

const rowOf = (text: string, form: string) => {
  const row = nameKindRows(text).find((r) => r.forms.includes(form));
  if (!row) throw new Error(`no entity ${form} in ${text}`);
  return row;
};
const featuresOf = (text: string, form: string): Set<KindFeature> => new Set(KIND_FEATURES.filter((_, i) => rowOf(text, form).features[i] === 1));

describe('a lone name with no evidence either way', () => {
  it.each([
    ['one unlisted word, twice, nothing near it', 'Honestly the best part of the show was Kenshiro. I could watch Kenshiro all day long.', 'Kenshiro'],
    ['one unlisted word in a plain opinion', 'My favourite by far is Zoltraak. Nobody beats Zoltraak, no contest at all.', 'Zoltraak'],
  ])('%s: a character, as unsure as such names are', (_, text, name) => {
    const row = rowOf(text, name);
    expect(unmarkedName(row.features)).toBe(true);
    expect(row.decider).toBe('unmarked');
    const a = analyzeReview(text);
    expect(a.people.map((p) => p.name)).not.toContain(name);
    expect(a.characters.find((c) => c.name === name)?.kindConfidence).toBeCloseTo(NAME_KIND_WEIGHTS.unmarkedCharacter, 3);
  });

  it.each([
    ['a full name', 'Honestly the best part was Kenshiro Aoyama, and Kenshiro Aoyama steals the show.', 'Kenshiro Aoyama'],
    ['a performance word near it', 'Honestly Okabe is great. Okabe gives the best performance of the year.', 'Okabe'],
    ['a crew noun before it', 'The director Okabe keeps the pace brisk.', 'Okabe'],
  ])('is not taken for one when it has %s', (_, text, name) => {
    expect(unmarkedName(rowOf(text, name).features)).toBe(false);
  });

  it('the unmarked share is a probability of the kind chosen, no surer than the settled one', () => {
    expect(NAME_KIND_WEIGHTS.unmarkedCharacter).toBeGreaterThanOrEqual(0.5);
    expect(NAME_KIND_WEIGHTS.unmarkedCharacter).toBeLessThan(1);
    const empty = new Array<number>(KIND_FEATURES.length).fill(0);
    expect(decideKind(empty)).toEqual({ kind: 'character', confidence: NAME_KIND_WEIGHTS.unmarkedCharacter });
  });
});

describe('a story noun after the possessive reads as the life of a part', () => {
  it.each([
    ["Ryoma's powers", "Later on Ryoma's powers get out of hand. Ryoma cannot stop it.", 'Ryoma', true],
    ["Ryoma's tragic backstory", "I never cared about Ryoma's tragic backstory. Ryoma bored me.", 'Ryoma', true],
    ["Ryoma's rival", "I hated how Ryoma's rival steals every scene, and Ryoma never stands a chance.", 'Ryoma', true],
    ["Okabe's film (a work, not a story's life)", "Okabe's film is a mess from start to finish. Okabe can do better.", 'Okabe', false],
    ['no possessive', 'The power of Ryoma grows, and Ryoma wins.', 'Ryoma', false],
  ])('%s', (_, text, name, on) => {
    expect(featuresOf(text, name).has('family')).toBe(on);
  });
});

describe('names joined in a list or a match-up pass on a kind the model is sure of', () => {
  it.each([
    ['"and" to a described part', 'The hero Jinpachi carries the first arc. Later Jinpachi and Ryoma fight on the bridge.', 'Ryoma', ['joinedCharacter'], ['joinedPerson']],
    ['"vs" to a described part', 'The villain Jinpachi is superb. Jinpachi vs Ryoma is the peak of the season, and Ryoma wins.', 'Ryoma', ['joinedCharacter'], ['joinedPerson']],
    ['a comma to an actor named in full beside his work', 'I loved every Yuki Kaji film so far. The best voices were Yuki Kaji, Nojima and Nojima again.', 'Nojima', ['joinedPerson'], ['joinedCharacter']],
    ['a cast list: a bracket and a comma join a part to the next actor, not a kind', 'The cast: Black Widow (Scarlett Johansson), and Hawkeye (Jeremy Renner) are fine.', 'Scarlett Johansson', [], ['joinedCharacter', 'joinedPerson']],
    ['no joining word', 'The villain Jinpachi is superb. Jinpachi meets Ryoma on the bridge, and Ryoma falls.', 'Ryoma', [], ['joinedCharacter', 'joinedPerson']],
  ] as const)('%s', (_, text, name, on, off) => {
    const f = featuresOf(text, name);
    for (const x of on) expect(f.has(x), x).toBe(true);
    for (const x of off) expect(f.has(x), x).toBe(false);
  });
});

describe('real people in fan reviews stay people', () => {
  it.each([
    ['a mangaka named in full beside his work', "Tite Kubo's art in the early volumes is gorgeous. I hope Tite Kubo draws another series.", 'Tite Kubo'],
    ['a voice actor after "voiced by"', 'Ichigo is voiced by Johnny Yong Bosch in the dub, and he does a fine job.', 'Johnny Yong Bosch'],
    ['a director named in full', 'The director Hayao Miyazaki keeps every frame alive.', 'Hayao Miyazaki'],
    ['an actor in a cast list bracket', 'The cast: Black Widow (Scarlett Johansson), and Hawkeye (Jeremy Renner) are fine.', 'Scarlett Johansson'],
  ])('%s', (_, text, name) => {
    expect(analyzeReview(text).people.map((p) => p.name)).toContain(name);
  });
});

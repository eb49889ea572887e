import { describe, expect, it } from 'vitest';
import { KIND_FEATURES, type KindFeature } from '../src/data/name-kind-features';
import { nameKindRows } from '../src/pipeline-stages';
import { analyzeReview } from '../src/index';

// An `as` after a name that opens a conjunction, a time, a manner, an aside or a comparison (`X
// as well as Y`, `X as soon as`, `X as if`, `X, as always,`, `X, as gloomy as ever,`) casts
// nothing: the name is on no actor's side. A casting `as` (`X as Y`, `X as the grim Y`) still is.
// Names and sentences are made up for these tests.

const featuresOf = (text: string, form: string): Set<KindFeature> => {
  const row = nameKindRows(text).find((r) => r.forms.includes(form));
  if (!row) throw new Error(`no entity ${form} in ${text}`);
  return new Set(KIND_FEATURES.filter((_, i) => row.features[i] === 1));
};

describe('an `as` that casts nothing puts the name before it on no actor side', () => {
  it.each([
    ['X as well as Y', 'The trial of Tom Brand and Marion Sand as well as the duel at the gate fills the season.', 'Marion Sand'],
    ['X, as well as Y', 'Later the clan hunts Kevin Vey, as well as his two brothers, across the desert.', 'Kevin Vey'],
    ['X as soon as', 'Helen Moor forgets her vow as soon as the war ends.', 'Helen Moor'],
    ['X as much as', 'Nobody hates Brian Hale as much as his own sister does.', 'Brian Hale'],
    ['X as if', 'The duke glares at Ivy Grey as if she had stolen the crown.', 'Ivy Grey'],
    ['X, as always,', 'In the last arc Tessa Rook, as always, saves the crew at the final moment.', 'Tessa Rook'],
    ['X, as usual,', 'Meanwhile Doran Pike, as usual, sulks in the tower.', 'Doran Pike'],
    ['X, as ADJ as ever,', 'Then Quill Marrow, as gloomy as ever, walks into the storm.', 'Quill Marrow'],
  ])('%s', (_, text, name) => {
    expect(featuresOf(text, name).has('actorSide')).toBe(false);
  });
});

describe('a casting `as` still puts the name before it on the actor side', () => {
  it.each([
    ['X as Y', 'Helena Marsh as Ruth Calloway is a delight.', 'Helena Marsh'],
    ['X as the grim Y', 'Owen Hale as the grim Korvath Lane steals every scene.', 'Owen Hale'],
    ['X, as Y,', 'Dana Frost, as the widow Ilse, gives the best turn.', 'Dana Frost'],
    ['X as a Y', 'Marcus Penn as a weary sheriff is the best thing here.', 'Marcus Penn'],
  ])('%s', (_, text, name) => {
    expect(featuresOf(text, name).has('actorSide')).toBe(true);
  });
});

describe('a part named before such an `as` stays a character', () => {
  it.each([
    ['X, as always,', 'The crew sails north and Brisa leads them. Brisa, as always, saves the ship. Orvo hides below and Orvo betrays her.', 'Brisa'],
    ['X, as well as Y', 'The war begins and Kiro runs away. Later Kiro, as well as his sister, joins the rebels. Mael hunts them and Mael kills the king.', 'Kiro'],
    ['X as much as', 'The war begins and Kiro runs away. Mael hates Kiro as much as anyone. Mael hunts him and Mael kills the king.', 'Kiro'],
  ])('%s', (_, text, name) => {
    const out = analyzeReview(text);
    expect(out.characters.map((c) => c.name)).toContain(name);
    expect(out.people.map((p) => p.name)).not.toContain(name);
  });
});

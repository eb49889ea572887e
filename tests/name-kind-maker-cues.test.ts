import { describe, expect, it } from 'vitest';
import { KIND_FEATURES, type KindFeature } from '../src/data/name-kind-features';
import { analyzeReview } from '../src/index';
import { nameKindRows } from '../src/pipeline-stages';

// Reviews credit a work's maker by the trade word fans use (`mangaka X`), by `by` after a noun of
// a work even past describing words (`a story by the brilliant X`), by a making verb whose object
// is a work or a story's part (`the characters created by X`), and by a possessive before the
// maker's vision. Names and sentences are made up for these tests.

const rowOf = (text: string, form: string) => {
  const row = nameKindRows(text).find((r) => r.forms.includes(form));
  if (!row) throw new Error(`no entity ${form} in ${text}`);
  return row;
};
const featuresOf = (text: string, form: string): Set<KindFeature> => new Set(KIND_FEATURES.filter((_, i) => rowOf(text, form).features[i] === 1));
const personRoles = (text: string, name: string): string[] | undefined => analyzeReview(text).people.find((p) => p.name === name)?.roles;

describe('maker cues give the name a crew role', () => {
  it.each([
    ['mangaka before the name', 'The mangaka Tsurugi never lets the pacing drag. Tsurugi keeps every fight short.', 'Tsurugi', 'author'],
    ['a story by the brilliant X', 'The show adapts a story by the brilliant Hayami. Hayami drew every chapter herself.', 'Hayami', 'author'],
    ['a series by the immensely talented X', 'This is a series by the immensely talented Mirelle Sando, and every arc shows it.', 'Mirelle Sando', 'author'],
    ['a kind of work right before by', 'It is a tense thriller by Okonkwo, and Okonkwo never wastes a scene.', 'Okonkwo', 'author'],
    ['directed by the acclaimed X', 'The film was directed by the acclaimed Renn Azure, with a cast of unknowns.', 'Renn Azure', 'director'],
    ['the characters created by X', 'The characters created by Hoshikawa are the heart of it. Hoshikawa gave each one a voice.', 'Hoshikawa', 'author'],
    ['a world drawn by X', 'The world drawn by Tamsin Reyes feels lived in from the first page.', 'Tamsin Reyes', 'author'],
    ['the script written by X', 'Sadly the script written by Dalbo falls apart in the last act.', 'Dalbo', 'writer'],
  ])('%s', (_, text, name, role) => {
    expect(featuresOf(text, name).has('crewCue')).toBe(true);
    expect(personRoles(text, name)).toContain(role);
  });
});

describe('the same words in a plot give no crew role', () => {
  it.each([
    ['a threat created by a villain', 'The danger created by Vargo hangs over every scene, and Vargo smiles through it all.', 'Vargo'],
    ['a letter written by a part', 'She finds a letter written by Marisol and hides it from Marisol.', 'Marisol'],
    ['by after a plot verb, past describing words', 'In the film everyone is killed by the wicked Sauvel, and Sauvel laughs.', 'Sauvel'],
    ['a noun between by and the name', 'He tells a story by the campfire Tomas built, and Tomas listens.', 'Tomas'],
  ])('%s', (_, text, name) => {
    expect(featuresOf(text, name).has('crewCue')).toBe(false);
  });
});

describe("a possessive before the maker's vision", () => {
  it('reads as the work of a person', () => {
    expect(featuresOf("Sadly Brannock's vision never reaches the screen intact. Brannock deserved better.", 'Brannock').has('possessiveWork')).toBe(true);
  });
});

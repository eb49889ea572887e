import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { KIND_FEATURES } from '../src/data/name-kind-features';
import { decideKind, kindDecider, personProbability } from '../src/stages/4-names/kind-decision';

const characterNames = (text: string): string[] => analyzeReview(text).characters.map((c) => c.name);
const peopleNames = (text: string): string[] => analyzeReview(text).people.map((p) => p.name);

describe('a name only ever given with "Ms." is a real person', () => {
  it.each([
    ['The remake tries hard. Ms. Okonkwo wrote and directed it, and she clearly loves the original.', 'Ms. Okonkwo'],
    ['I have long thought that Ms. Travell never got a part worthy of her. Here she finally does, and she shines.', 'Ms. Travell'],
    // Blame for the script goes to its writer; nothing in the sentence is plot.
    ['Nobody told us the ending was reshot. I feel for Ms Delacroix, whose script the studio gutted.', 'Ms Delacroix'],
  ])('%j: %s', (text, name) => {
    expect(peopleNames(text)).toContain(name);
    expect(characterNames(text)).not.toContain(name);
  });
});

describe('titles of the story keep their characters', () => {
  it.each([
    // A character the story introduces with "Mr.": no courtesy of the writer's.
    ['The boy runs to the shop, where Mr. Pettigrew waits behind the counter. Later Mr. Pettigrew hides the key from him.', 'Mr. Pettigrew'],
    ['Her landlady, Mrs. Abernathy, knows every secret on the street. The girl soon learns that Mrs. Abernathy lies.', 'Mrs. Abernathy'],
    // A part cast with "Ms." in its name: the casting says it is a part.
    ['Dana Whitlock is wonderful as Ms. Hargrove, the strict teacher who never smiles.', 'Ms. Hargrove'],
    // A noun of the story introduces the "Ms." name.
    ['The twins adore their neighbour, and their aunt Ms. Pemberton bakes for the whole street. Ms. Pemberton hides a secret.', 'Ms. Pemberton'],
    ['Every pupil fears the principal Ms. Quillfeather, who runs the school like a prison.', 'Ms. Quillfeather'],
    // The "Ms." name opens its clauses as the one the plot follows.
    ['Ms. Vantablack escapes the prison at night, and Ms. Vantablack finds her daughter by dawn.', 'Ms. Vantablack'],
    ['In the second act Ms. Orla is kidnapped. Ms. Orla kills the guard and runs home.', 'Ms. Orla'],
  ])('%j: %s', (text, name) => {
    expect(characterNames(text)).toContain(name);
    expect(peopleNames(text)).not.toContain(name);
  });
});

describe('kindDecider: what decides a kind, in one order', () => {
  const vector = (on: readonly string[]): number[] => KIND_FEATURES.map((f) => (on.includes(f) ? 1 : 0));
  it.each([
    [[], 'unmarked'],
    [['courtesyTitle'], 'person'],
    [['courtesyTitle', 'characterCue'], 'model'],
    [['titledOnly'], 'character'],
    [['titledOnly', 'crewCue'], 'model'],
    [['titledOnly', 'actorCue'], 'model'],
    [['descriptorBefore'], 'character'],
    // A crew or actor cue on any mention outweighs a kin or trade word before another one.
    [['descriptorBefore', 'crewCue'], 'model'],
    [['descriptorBefore', 'actorCue'], 'model'],
    [['reportedNews', 'descriptorBefore'], 'person'],
    [['reportedNews', 'descriptorBefore', 'inBrackets'], 'character'],
    [['multiWord'], 'model'],
  ] as const)('%j: %s', (on, decider) => {
    expect(kindDecider(vector(on))).toBe(decider);
  });

  it('a settled person keeps the model\'s probability when it agrees, else an even one', () => {
    const x = vector(['courtesyTitle']);
    expect(decideKind(x)).toEqual({ kind: 'person', confidence: Math.max(personProbability(x), 0.5) });
  });
});

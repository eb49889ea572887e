import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { KIND_FEATURES } from '../src/data/name-kind-features';
import { kindDecider } from '../src/stages/4-names/kind-decision';

const characterNames = (text: string): string[] => analyzeReview(text).characters.map((c) => c.name);
const peopleNames = (text: string): string[] => analyzeReview(text).people.map((p) => p.name);

describe("a one-word name placed as the work's maker is a real person", () => {
  it.each([
    // The maker's own characters later in the sentence, then a drawing verb.
    ['The fights in the second half are a mess. Tanabe clearly lost interest in his characters by then, and the final chapters feel rushed. Still, Tanabe draws the quiet scenes beautifully.', 'Tanabe'],
    // `the villains that X introduces`, then a making verb after a modal and an adverb.
    ['The villains that Sagara introduces late are the weakest part of the show. Sagara should have designed them with the same care as the heroes.', 'Sagara'],
    // The maker's readers, and a making verb after `has`.
    ['By the tenth volume Okuda seemed to forget his readers entirely. What Okuda has built since then is a maze of side plots.', 'Okuda'],
  ])('%j: %s', (text, name) => {
    expect(peopleNames(text)).toContain(name);
    expect(characterNames(text)).not.toContain(name);
  });
});

describe('a part that acts in the story keeps its kind beside a stray making verb', () => {
  it.each([
    // Two plot verbs against one making verb.
    ['Renji fights his brother in the finale and Renji dies saving the village. The world Renji built with his friends falls apart.', 'Renji'],
    // A plot verb and a kin word against `draws his sword`.
    ['Kaito draws his sword and Kaito kills the guard. Later Kaito\'s mother finds him in the ruins.', 'Kaito'],
    // Inside a list of names: names listed together are of one kind.
    ['The show is fun. Mika created a robot in the first episode, and Jun, Mika and Taro spend the rest of it hiding the robot from their teacher.', 'Mika'],
  ])('%j: %s', (text, name) => {
    expect(characterNames(text)).toContain(name);
    expect(peopleNames(text)).not.toContain(name);
  });
});

describe('kindDecider: the maker frame settles a person only with nothing of a part', () => {
  const vector = (on: readonly string[]): number[] => KIND_FEATURES.map((f) => (on.includes(f) ? 1 : 0));
  it.each([
    [['makerFrame'], 'person'],
    [['makerFrame', 'plotVerbAfter'], 'person'],
    [['makerFrame', 'characterCue'], 'model'],
    [['makerFrame', 'nameList'], 'model'],
    [['makerFrame', 'joinedCharacter'], 'model'],
    [['makerFrame', 'multiWord'], 'model'],
    [['makerFrame', 'honorific'], 'model'],
    [['makerFrame', 'descriptorBefore'], 'character'],
  ] as const)('%j: %s', (on, decider) => {
    expect(kindDecider(vector(on))).toBe(decider);
  });
});

// A story puts a noun of a person right before a name, with no comma: `the young man X`, `supreme
// leader X`, `the boy X`. A name written once so is someone of the story, found as a character.
// Qualifying nouns, words of the tagger's lexicon and the writer's own kin are no such name.
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

describe('a name once right after a noun of a person', () => {
  it.each([
    ['a young man', 'The first arc is about how the young man Torvik loses his ship in a storm.', 'Torvik'],
    ['a leader', 'Much of the menace comes from the masked leader Vaskor and his silent guards.', 'Vaskor'],
    ['a girl', 'The story follows the orphan girl Tamsin through one long winter in the mill town.', 'Tamsin'],
    ['a detective', 'Early on the old detective Harrowgate finds a glove at the scene, and I loved that moment.', 'Harrowgate'],
    ['a student', 'Then the quiet student Ilvane is blamed for the fire at the school.', 'Ilvane'],
    ['a mercenary', 'Halfway through, the mercenary Drobek sells out the crew for a bag of coins.', 'Drobek'],
    ['a right-hand man', 'The villain and his right-hand man Quillon barely appear in the second season.', 'Quillon'],
  ])('%s: found as a character', (_, text, name) => {
    const a = analyzeReview(text);
    const found = a.characters.find((c) => c.name === name);
    expect(found).toBeDefined();
    const at = text.indexOf(name);
    expect(found?.mentions).toContainEqual({ start: at, end: at + name.length });
    expect(a.people.map((p) => p.name)).not.toContain(name);
  });
});

describe('the same nouns before a capitalised word that names no one of the story', () => {
  it.each([
    ['a lexicon word after the noun', 'Then the tough guy Sailor in the back row starts to sing.', 'Sailor'],
    ['a noun the capitalised word qualifies', 'She was the girl Gorvane magazine wanted on its cover that year.', 'Gorvane'],
    ["the writer's own kin", 'I watched it twice with my nephew Tobiah and we both loved it.', 'Tobiah'],
    ['a noun that ends a capitalised name', 'The Iron man Verhaal scene is the silliest part of the film.', 'Verhaal'],
  ])('%s: no character', (_, text, word) => {
    const a = analyzeReview(text);
    expect(a.characters.map((e) => e.name)).not.toContain(word);
  });
});

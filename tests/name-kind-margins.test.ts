import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { nameKindRows } from '../src/pipeline-stages';

// Names the learned model weighs (not settled by a rule) in a plainly story-telling or plainly
// acting context. Each must keep its kind with room to spare: a refit of the weights
// (`npm run train:names`) that drifts a decision toward a coin toss fails here before it flips a
// name on real text. The names and sentences are invented.

/** How sure the model must stay of each kind below. */
const MARGIN = 0.75;

describe('the kind model keeps a margin on clear story and clear acting contexts', () => {
  it.each([
    ['a lone given name with plot verbs, kin and pronouns', 'Nadia wakes before dawn. She finds a letter from her mother and runs to the harbour. Later Nadia hides the letter from her brother.', 'Nadia', 'character'],
    // `The film follows Wren` now settles the kind (the storySubject feature): the model's margin is
    // kept on the same plot told without that phrase.
    ['a lone name a review follows as its subject', 'The film is about Wren, a shy clerk. When Wren finds the money, she decides to keep it, and her boss notices.', 'Wren', 'character'],
    ['a full name cast as a part, then its first name alone', 'Anselm Drey is superb as Ludo Marrane, a retired boxer. Ludo trains his nephew for one last fight.', 'Ludo Marrane', 'character'],
    ['a full name played by someone', 'Ilse Varga, played by Dora Fenn, is a widow. Ilse escapes the village with her son.', 'Ilse Varga', 'character'],
    ['the actor of a part named in full', 'Anselm Drey is superb as Ludo Marrane, a retired boxer. Ludo trains his nephew for one last fight.', 'Anselm Drey', 'person'],
    ['the actor after played by', 'Ilse Varga, played by Dora Fenn, is a widow. Ilse escapes the village with her son.', 'Dora Fenn', 'person'],
    ['a full name with performance words, then the surname', "Petra Lundqvist gives the performance of her career. Lundqvist's acting carries the film, and the director gives her room.", 'Petra Lundqvist', 'person'],
    ['a director, then the surname with the craft', "The film was directed by Halvard Oakes. Oakes's direction is confident and his script is sharp.", 'Halvard Oakes', 'person'],
    ['an actor who plays a part named by a noun', "Marit Solberg plays the mother. Solberg's performance is the best thing in the movie.", 'Marit Solberg', 'person'],
  ])('%s', (_, text, name, kind) => {
    const row = nameKindRows(text).find((r) => r.forms.includes(name));
    expect(row?.decider).toBe('model');
    const a = analyzeReview(text);
    const list = kind === 'character' ? a.characters : a.people;
    const other = kind === 'character' ? a.people : a.characters;
    expect(other.map((e) => e.name)).not.toContain(name);
    const entity = list.find((e) => e.name === name);
    expect(entity?.name).toBe(name);
    expect(entity?.kindConfidence).toBeGreaterThanOrEqual(MARGIN);
  });
});

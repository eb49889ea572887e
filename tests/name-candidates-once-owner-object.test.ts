// A lone word named once that is the subject of a verb whose object opens with `his` or `her` and
// a noun (`when X finally makes her entrance`) is someone: a place, a firm or a work owns nothing
// so. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { entities, spansOf } from './helpers/entity-spans';

describe('a lone word once, the subject of a verb whose object its own pronoun opens', () => {
  it.each([
    ['past an adverb', 'The last arc is slow, and when Veyla finally makes her entrance the fights pick up.', 'Veyla'],
    ['past an auxiliary', 'The world feels alive: while Torvik is living his quiet life, wars start elsewhere.', 'Torvik'],
    ['with a describing word before the noun', 'Halfway through, Orrin loses his old sword and the tone shifts.', 'Orrin'],
    ["past `to` and the verb", "Meanwhile the crew waits for Drannor to finish his training in the hills.", "Drannor"],
  ] as const)('is a name %s', (_, text, name) => {
    expect(entities(text)).toContainEqual({ name, spans: spansOf(text, name) });
  });

  it.each([
    ['when the pronoun is an object, not an owner', 'The network is odd and Veltrix gave her a second season anyway.', 'Veltrix'],
    ['when an article stands before the word', 'Later the Zanthor destroys her ship in one blow.', 'Zanthor'],
    ['when a comma parts the verb from the pronoun', 'The pacing drags and Veyla finally leaves, her crew behind.', 'Veyla'],
    ['when a place word leads it', 'The show moves to Harrowgate and loses its heart.', 'Harrowgate'],
    ['when the words between are not a verb', 'The cast is great and Veyla in her prime was better.', 'Veyla'],
  ] as const)('is no name %s', (_, text, absent) => {
    expect(entities(text).map((e) => e.name)).not.toContain(absent);
  });
});

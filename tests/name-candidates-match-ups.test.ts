// A lone word named once, set against a name the text has already accepted by `vs` or `versus`
// (`A vs B`), is a name too: fans list a story's fights so, and both sides of a match-up are of a
// kind. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { entities, spansOf } from './helpers/entity-spans';

describe('a lone word set against an accepted name', () => {
  it.each([
    ['after it, with vs', 'Tamsk is the hero and Tamsk never gives up. The peak of the season is Tamsk vs Orveline in the rain.', 'Orveline'],
    ['before it, with vs. and a full stop', 'Brannoch trains for years, and Brannoch wins the cup. Still, Kestrafe vs. Brannoch is the fight I rewatch.', 'Kestrafe'],
    ['with versus', 'Lio Marrant is the lead. My favourite episode is Lio Marrant versus Dravik at the harbour.', 'Dravik'],
    ['in capitals', 'Dovra carries the show, and Dovra has the best lines. The Dovra VS Hesk arc is too long.', 'Hesk'],
    ['when it ends as a nationality does, before vs', 'Tamsk is the hero and Tamsk never gives up. Still, Oraki vs Tamsk is the fight I rewatch.', 'Oraki'],
    ['when it ends in -an, before versus', 'Dovra carries the show, and Dovra has the best lines. The finale gives us Mirelan versus Dovra at last.', 'Mirelan'],
    ['in a chain, one side vouching for the next', 'Ferrin leads the crew, and Ferrin never rests. Then comes Ferrin vs Ozzad vs Telm in the finale.', 'Telm'],
  ] as const)('is a name %s', (_, text, name) => {
    expect(entities(text)).toContainEqual({ name, spans: spansOf(text, name) });
  });

  it('is read a character beside a character', () => {
    const a = analyzeReview('Tamsk is the hero and Tamsk never gives up. The peak of the season is Tamsk vs Orveline in the rain.');
    expect(a.characters.map((c) => c.name).sort()).toEqual(['Orveline', 'Tamsk']);
  });

  it.each([
    ['when neither side is accepted', 'The best fight is Orveline vs Kestrafe in the rain.', ['Orveline', 'Kestrafe']],
    ['when a comma parts them', 'Tamsk is the hero and Tamsk never gives up, vs, Orveline is odd.', ['Orveline']],
    ['when it is the plural of an English noun', 'Tamsk is the hero and Tamsk never gives up. The war is Tamsk vs Giants at heart.', ['Giants']],
    ['when a second word stands in the gap', 'Tamsk is the hero and Tamsk never gives up. It was Tamsk vs the Orveline twice.', ['Orveline']],
  ] as const)('is no name %s', (_, text, absent) => {
    const names = entities(text).map((e) => e.name);
    for (const name of absent) expect(names).not.toContain(name);
  });
});

// Casting as news writes it beside the actor's name: an aside between spaced dashes ("A - who
// plays C - said", "A – C in the film – was there"), and a real person portrayed, named after the
// actor's portrayal noun with the clause going on ("A's portrayal of C has won prizes"). Sentences
// are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { sortedLinks as links } from './helpers/links';

const NEWS = 'Film news\n\nThe studio confirmed the plans on Monday. ';

describe('an aside between spaced dashes after the actor', () => {
  it.each([
    ['a hyphen, who plays', 'Laura Brannock - who plays Corvin Vesk - said the shoot was long.', [['Corvin Vesk', 'Laura Brannock']]],
    ['an en dash, who played', 'Laura Brannock – who played Corvin Vesk – said the shoot was long.', [['Corvin Vesk', 'Laura Brannock']]],
    ['the part and its work, hyphens', 'Laura Brannock - Ruth Vesk in the film - was at the premiere.', [['Ruth Vesk', 'Laura Brannock']]],
    ['the part and its work, em dashes', 'Laura Brannock — Ruth Vesk in the new series — was at the premiere.', [['Ruth Vesk', 'Laura Brannock']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(NEWS + text)).toEqual(want);
  });

  it.each([
    ['no `in` after the name: another person beside the actor', 'Laura Brannock - Ruth Vesk and others - was at the premiere.'],
    ['the aside never closes', 'Laura Brannock - Ruth Vesk in the film, they said, was at the premiere.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(NEWS + text)).toEqual([]);
  });
});

describe('a real person portrayed, named after the portrayal noun', () => {
  it.each([
    ['a verb right after the part', "Laura Brannock's portrayal of Winston Churchill has won her prizes.", 'Winston Churchill'],
    ['a judging verb before the actor', "Critics loved Laura Brannock's portrayal of Winston Churchill.", 'Winston Churchill'],
    ['the clause goes on after a lone surname', "Laura Brannock's portrayal of Churchill was praised.", 'Churchill'],
  ] as const)('%s', (_, text, part) => {
    const a = analyzeReview(NEWS + text);
    expect(links(NEWS + text)).toEqual([[part, 'Laura Brannock']]);
    expect(a.people.map((p) => p.name)).toEqual(['Laura Brannock']);
  });

  it('not: a portrayal no one owns ("the portrayal of C was unfair")', () => {
    expect(links(`${NEWS}Laura Brannock said the portrayal of Winston Churchill was unfair.`)).toEqual([]);
  });
});

describe('a participle after a comma takes the subject of the clause before', () => {
  it.each([
    ['back on screen, playing', 'Laura Brannock is back on screen, playing Ruth Vesk in a new drama.', [['Ruth Vesk', 'Laura Brannock']]],
    ['a possessive subject, portraying', "Laura Brannock's big break came in 1990, portraying Ruth Vesk in a soap.", [['Ruth Vesk', 'Laura Brannock']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(NEWS + text)).toEqual(want);
  });

  it.each([
    ['a clause with a subject of its own after the comma', 'Laura Brannock left early, and the studio began playing Ruth Vesk clips.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(NEWS + text)).toEqual([]);
  });
});

describe('leaving or taking a post is no casting', () => {
  it.each([
    ['resigns as', 'Laura Brannock resigns as Studio Chief - the board said so.'],
    ['was elected as', 'Laura Brannock was elected as Guild President.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(NEWS + text)).toEqual([]);
  });
});

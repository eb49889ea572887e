// A lone word named once that is the object of a told story's verb whose subject is a name the text
// has already accepted (`A kills X`, `A has to fight X`, `A falls for X`), or the other side of a
// contest that name owns (`A's duel with X`), is a name too: a retold story says who does what to
// whom. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { entities, spansOf } from './helpers/entity-spans';

/** Two sentences that make `Tamsk` an accepted name before the sentence under test. */
const LEAD = 'Tamsk is the hero and Tamsk never gives up. ';

describe('a lone word set against an accepted name in one clause', () => {
  it.each([
    ['as the object of a past verb', `${LEAD}In the third act Tamsk fought Orveline on the pier.`, 'Orveline'],
    ['past an auxiliary and `to`', `${LEAD}Later Tamsk has to fight Orveline on the bridge.`, 'Orveline'],
    ['past `tries to`', `${LEAD}The best episodes are the ones where Tamsk tries to rescue Orveline from the mine.`, 'Orveline'],
    ['after a verb and its preposition', `${LEAD}By the winter Tamsk falls for Orveline and the plot stalls.`, 'Orveline'],
    ['after a three-word phrase', `${LEAD}Eventually Tamsk teams up with Orveline to end the war.`, 'Orveline'],
    ['as the other side of an owned contest', `${LEAD}For me Tamsk's duel with Orveline is the peak of the show.`, 'Orveline'],
    ['as the other side of an owned contest with an adjective', `${LEAD}Sadly Tamsk's final battle against Orveline drags on.`, 'Orveline'],
  ] as const)('is a name %s', (_, text, name) => {
    expect(entities(text)).toContainEqual({ name, spans: spansOf(text, name) });
  });

  it('is read a character beside a character', () => {
    const a = analyzeReview(`${LEAD}In the third act Tamsk fought Orveline on the pier.`);
    expect(a.characters.map((c) => c.name).sort()).toEqual(['Orveline', 'Tamsk']);
  });

  it.each([
    ['when the subject is not a name', `${LEAD}In the third act the crew fought Orveline on the pier.`, ['Orveline']],
    ['when a comma parts verb and object', `${LEAD}In the third act Tamsk fought, Orveline said, for years.`, ['Orveline']],
    ['when an article stands before the object', `${LEAD}In the third act Tamsk fought the Orveline on the pier.`, ['Orveline']],
    ['when the verb is not one of a contest or a bond', `${LEAD}In the third act Tamsk leaves Orveline for good.`, ['Orveline']],
    ['when it is a plural of an English word', `${LEAD}In the third act Tamsk fought Hollows for hours.`, ['Hollows']],
    ['when it leads a compound with a lower-case noun', `${LEAD}In the third act Tamsk has to fight Vesper guards alone.`, ['Vesper']],
    ['when the subject stands in another clause', `${LEAD}Tamsk stays home. Fought Orveline on the pier, they say.`, ['Orveline']],
  ] as const)('is no name %s', (_, text, absent) => {
    const names = entities(text).map((e) => e.name);
    for (const name of absent) expect(names).not.toContain(name);
  });
});

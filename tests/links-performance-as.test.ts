// A part after a noun of performance and `as` may be followed by the rest of the clause ("whose turn
// as C was inspiring", "whose performance as C I enjoyed"); a bare `as C` may not. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

describe('the clause goes on after a part named after a performance noun', () => {
  it.each([
    ['a lone I after a part no entity held', 'The leads include Emily Stroud, whose performance as Quenna I really enjoyed.', [['Quenna', 'Emily Stroud']]],
    ['a verb after a part no entity held', 'Robert Vance, whose turn as Harlo was inspiring, carries the second half.', [['Harlo', 'Robert Vance']]],
    ['a subject pronoun after the part', 'Robert Vance, whose turn as Harlo we all loved, carries the second half.', [['Harlo', 'Robert Vance']]],
    ['a verb after a part the text names again', 'Robert Vance, whose turn as Harlo Quist was inspiring, carries it. Later Harlo Quist flees.', [['Harlo Quist', 'Robert Vance']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['a describing word before the name ("as Hollywood icon C")', 'Emily Stroud was nominated for her role as Hollywood icon Mabel Orrin in the biopic.', 'Hollywood'],
    ['a bare as with a verb after it joins two clauses', 'Robert Vance smiled as Harlo was leaving the room.', 'Harlo'],
    ['a post the person holds, not a part', 'Emily Stroud, whose role as Associate Producer was small, still shines on screen.', 'Associate Producer'],
    ['a job after a bare as', 'Robert Vance also served as Executive Director in the film, and it shows.', 'Executive Director'],
  ] as const)('not: %s', (_, text, notPart) => {
    expect(links(text).map(([part]) => part)).not.toContain(notPart);
  });
});

describe('A (aside) … as C: an aside in brackets after the actor is read past', () => {
  it.each([
    ['a title in the aside', 'I think Nell Garvey (The Long Night) is wonderful as Ruth.', [['Ruth', 'Nell Garvey']]],
    ['two titles in the aside', 'For me Nell Garvey (The Long Night, Cold Harbour) is superb as Ruth.', [['Ruth', 'Nell Garvey']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['the aside holds the actor', 'Ruth (Nell Garvey) is great as the widow, and Harold is fine.', [['Ruth', 'Nell Garvey']]],
  ] as const)('the aside keeps its own link: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  // A bracket that opens the text has no actor before it: nothing to read past, and no throw.
  it.each([
    ['(Marsh) so fine as Tom Bell that he hardly seems to act.', []],
    ['(The Long Night) is superb as Ruth.', []],
  ] as const)('a bracket at the very start: %j', (text, want) => {
    expect(links(text)).toEqual(want);
  });
});

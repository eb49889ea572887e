// Casting the way news and blogs write it, read over whole entities: a casting verb or noun before
// the part, the actor as the subject further back or as a pronoun, and `A's character (C)`.
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { links } from './helpers/links';

describe("A's character (C)", () => {
  it.each([
    ['a part noun and the name in brackets', 'I adored the whole cast. Yoon Ha-Rim’s character (Seo Dal-Mi) has the best lines, and Yoon Ha-Rim is luminous.', [['Seo Dal-Mi', 'Yoon Ha-Rim']]],
    ['"role" as the part noun', 'We watched it twice. Marta Kowalczyk’s role (Irena Sobol) is small but Marta Kowalczyk makes it count.', [['Irena Sobol', 'Marta Kowalczyk']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
    const a = analyzeReview(text);
    expect(a.people.map((p) => p.name)).not.toContain(want[0][0]);
  });

  it('no link when the bracket holds more than the name', () => {
    expect(links('Marta Kowalczyk’s role (Irena Sobol and her sister) is small, and Marta Kowalczyk makes it count.')).toEqual([]);
  });
});

describe('a casting verb or noun before the part, the actor further back', () => {
  it.each([
    ['a pronoun, then a describing noun phrase', 'Harold Pinkney has retired at 80. He played the grumpy innkeeper Silas Gorm on radio for years, and wrote two novels.', [['Silas Gorm', 'Harold Pinkney']]],
    ['"for his portrayal of"', 'Actor Desmond Okafor won the award for his portrayal of fisherman Abel Tiernan in the drama.', [['Abel Tiernan', 'Desmond Okafor']]],
    ['"will play the role of"', 'Greta Lindqvist, who starred in the sitcom Home Truths for six years, will play the role of Nora Falk.', [['Nora Falk', 'Greta Lindqvist']]],
    ['"nails the role of"', 'Greta Lindqvist nails the role of Nora, a baker who hides a debt. Nora sells the shop.', [['Nora', 'Greta Lindqvist']]],
    ['a pronoun for the one person the sentence before names', 'Burt Halloran calls this his favourite job. He plays Vic Marner, a tired cop on his last case.', [['Vic Marner', 'Burt Halloran']]],
    ['a possessive opening the sentence owns the portrayal', 'Of the new faces, Greta Lindqvist stands out. Her portrayal of Nora Falk is warm and sly.', [['Nora Falk', 'Greta Lindqvist']]],
    ['a possessive opening the sentence owns the role', 'Burt Halloran was the best thing in it. His role of Vic Marner is small but sharp.', [['Vic Marner', 'Burt Halloran']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
    const a = analyzeReview(text);
    expect(a.people.find((p) => p.name === want[0][1])?.roles).toContain('actor');
  });

  it.each([
    ['"the role of" with no actor cue before', 'The novel is long, and the role of Nora Falk in it is hard to pin down. Greta Lindqvist said so.'],
    ['a pronoun when the sentence before names two people', 'Greta Lindqvist met Harold Pinkney on set. She plays Nora Falk.'],
    ['a pronoun with another subject between', 'Greta Lindqvist said they played Nora Falk as a joke.'],
    ['a passive "played by" (the name after it is the actor)', 'The innkeeper, played by Harold Pinkney, steals the film.'],
  ])('no link: %s', (_, text) => {
    const got = links(text);
    expect(got.filter(([c, a]) => c === 'Nora Falk' || a === 'Greta Lindqvist' || c === 'Harold Pinkney')).toEqual([]);
  });
});

describe('a casting verb before a word that puts the next name in a phrase of its own', () => {
  it.each([
    ['opposite', 'In the remake, Greta Lindqvist played opposite Harold Pinkney, and both were superb.'],
    ['alongside', 'In the remake, Greta Lindqvist plays alongside Harold Pinkney for the first time.'],
    ['against', 'On stage Greta Lindqvist is playing against Harold Pinkney every night.'],
  ])('"%s": both stay people, no link', (_, text) => {
    const a = analyzeReview(text);
    expect(links(text)).toEqual([]);
    expect(a.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Greta Lindqvist', 'Harold Pinkney']));
  });

  it('the part before "opposite" is still linked', () => {
    expect(links('In the remake, Greta Lindqvist played Nora Falk opposite Harold Pinkney.')).toEqual([['Nora Falk', 'Greta Lindqvist']]);
  });
});

describe('a `he` or `she` as the subject of the casting verb, the actor named in an earlier sentence', () => {
  it.each([
    ['a lone listed first name', 'Actress Moira Kent has died aged 81. Kent worked for decades. She played Tilly in the new film of the novel.', [['Tilly', 'Moira Kent']]],
    ['a lone unlisted word placed in a work', 'Irish actor Colm Breen has died. He played Brannock in the stage version.', [['Brannock', 'Colm Breen']]],
    ['an adverb between the pronoun and the verb', 'Irish actor Colm Breen has died. He also played Brannock in the television series.', [['Brannock', 'Colm Breen']]],
    ['the verb joined by `and` to the pronoun\'s own verb, past capitalised objects', 'Actress Moira Kent has died. Kent was loved. Kent was 81. In later years she appeared in BBC Radio dramas and played Mrs Hobb in a revival.', [['Mrs Hobb', 'Moira Kent']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
    const a = analyzeReview(text);
    expect(a.characters.map((c) => c.name)).toContain(want[0][0]);
    expect(a.people.map((p) => p.name)).not.toContain(want[0][0]);
  });

  it('a lone word played with no work after it is no part (a venue or a team)', () => {
    const a = analyzeReview('The singer Colm Breen is touring again. He played Wembley twice last year.');
    expect(a.characters.map((c) => c.name)).not.toContain('Wembley');
  });

  it('a name after the same person\'s possessive in the sentence before is no antecedent: no link', () => {
    const text = 'Actress Moira Kent has died aged 81. Her sister was Jo Pell. She played Tilly in the new film of the novel.';
    expect(links(text).filter(([c]) => c === 'Tilly')).toEqual([]);
  });

  it('a capitalised name before the pronoun may be what it stands for: no link', () => {
    const text = 'Actress Moira Kent has died. Kent was 81. Kent was loved. In Leeds the Quills said she sang and played Nora Falk.';
    expect(links(text).filter(([c]) => c === 'Nora Falk')).toEqual([]);
  });
});

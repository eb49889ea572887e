// Casting shapes a careful reader takes anywhere, with the part or the actor's sentence named in a
// way the names stage does not read: a part before the actor's bracket that no entity holds, a
// performer noun standing for the person named before, `does well as C`, and a maker's word read
// off a character's one mention. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { sortedLinks as links } from './helpers/links';

describe('C (A): the part before a bracket that holds the actor alone', () => {
  it.each([
    ['a titled part', 'Halfway through we meet Sergeant Vell (Marcus Obrien), a tired man.', [['Sergeant Vell', 'Marcus Obrien']]],
    ['one letter for a name', 'We follow Agent Q (Dalia Pemberton) through the rain.', [['Agent Q', 'Dalia Pemberton']]],
    ['an article before the part is no part of it', 'The Warden (Gregor Haldane) locks every door at night.', [['Warden', 'Gregor Haldane']]],
    ['a sentence-opening word the text writes in lower case', 'It starts slowly. Then Orsolya (Mira Tanaka) arrives. We then see the rest.', [['Orsolya', 'Mira Tanaka']]],
    ['an acronym before the name describes it', 'The team is joined by fellow NSA Brannock (Peter Lyle), who is funny.', [['Brannock', 'Peter Lyle']]],
    ['a possessive part keeps the owner', "The film is all about Q's (Dalia Pemberton) search for a home.", [['Q', 'Dalia Pemberton']]],
    ['the actor by surname once named in full', 'Dalia Pemberton leads. Later Agent Q (Pemberton) turns on them.', [['Agent Q', 'Dalia Pemberton']]],
    ['a second mention of the created part', 'Warden Kessel (Gregor Haldane) rules the island. Kessel never smiles.', [['Warden Kessel', 'Gregor Haldane']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('the part keeps its offsets in the text', () => {
    const text = 'Halfway through we meet Sergeant Vell (Marcus Obrien), a tired man.';
    const part = analyzeReview(text).characters.find((c) => c.name === 'Sergeant Vell');
    expect(part?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Sergeant Vell']);
  });

  it.each([
    ['a song title with a pronoun inside', 'He covered many hits, including Hallelujah, I Love Her So (Jerry Moss) on the B side.', 'Love Her So'],
    ['a sentence that ends before the bracket', 'We moved to Los Angeles. K (Marcus Obrien) is a hunter.', 'Los Angeles. K'],
    ['a country after a writer', 'The list includes Margaret Holm (Canada) and Peter Lyle (Norway).', 'Canada'],
    ['a report writes the actor first', 'Marcus Obrien (Sergeant Vell) said the shoot was hard. He told reporters it was cold, and added that he said so twice.', 'Marcus Obrien'],
  ] as const)('not: %s', (_, text, notPart) => {
    expect(links(text).map(([part]) => part)).not.toContain(notPart);
  });

  it('two characters sharing a surname stay two', () => {
    const text = 'Anna Vell (Mira Tanaka) and Sergeant Vell (Marcus Obrien) are sisters in arms. Anna Vell leaves first.';
    expect(links(text)).toEqual([
      ['Anna Vell', 'Mira Tanaka'],
      ['Sergeant Vell', 'Marcus Obrien'],
    ]);
  });

  it("a director's name in brackets after a work makes no part", () => {
    const text = 'It owes a lot to "Night Harbor" (Steven Kowal), directed by Steven Kowal in 1990.';
    expect(links(text)).toEqual([]);
  });
});

describe('a performer noun opening the sentence stands for the person named before', () => {
  it.each([
    ['after a comma', 'Gregor Haldane will be honoured in May. The 62-year-old actor, who won for playing Sir Walter Brisk in Dunmore, said he was thrilled.', [['Sir Walter Brisk', 'Gregor Haldane']]],
    ['with its own verb', 'Mira Tanaka has died aged 90. The actress later played Jane Eyre in a touring show.', [['Jane Eyre', 'Mira Tanaka']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['a description that picks someone out', 'Gregor Haldane is fine. The actress playing Lady Orla is better.', 'Lady Orla'],
    ['a relative clause that picks someone out', 'Gregor Haldane is fine. The actor who played Walter Brisk was better.', 'Walter Brisk'],
  ] as const)('not: %s', (_, text, notPart) => {
    expect(links(text).map(([part]) => part)).not.toContain(notPart);
  });
});

describe('`well` before `as`', () => {
  it('casts after a verb ("does well as C")', () => {
    expect(links('Mira Tanaka again does well as Lady Orla, steady and warm.')).toEqual([['Lady Orla', 'Mira Tanaka']]);
  });

  it.each([
    ['as well as', 'Mira Tanaka is in it as well as Gregor Haldane.', 'Gregor Haldane'],
    ['as expected', 'Mira Tanaka was wooden, as expected of Gregor Haldane films.', 'Gregor Haldane'],
    ['as a child', 'Mira Tanaka played piano as a child in Dunmore.', 'Dunmore'],
  ] as const)('not: %s', (_, text, notPart) => {
    expect(links(text).map(([part]) => part)).not.toContain(notPart);
  });
});

describe("a maker's word off a character's one mention", () => {
  it('does not keep the character from its actor in brackets', () => {
    const text = 'The raid on "The Keep" goes wrong. A squad reaches the Keep, led by Commander Rusk (Peter Lyle). Later "The Keep" falls.';
    expect(links(text)).toEqual([['Commander Rusk', 'Peter Lyle']]);
  });

  it("a director's possessive names his film, not a part", () => {
    const text = 'Directed by Steven Kowal, it is a thriller. Kowal\'s Night Harbor is the better film.';
    expect(links(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { readWords } from '../src/index-build/capitalised-words';
import { firstWord, MIN_ACCEPTED_DOCUMENTS, readPlainMentions } from '../src/index-build/plain-mentions';
import { buildIndex } from '../src/review-index';
import { textChecksum } from '../src/text/checksum';
import type { ReviewAnalysis } from '../src/types';
import { analysisOf, formGroupsOf, textAnalysisOf } from './helpers/index-docs';

/** Every (surface, at a sentence's start) that readPlainMentions reports for `text` with forms `known`. */
function plainIn(text: string, known: string[]): Array<[string, boolean]> {
  const out: Array<[string, boolean]> = [];
  const set = new Set(known);
  readPlainMentions(text, (s) => set.has(s), (s, atStart) => out.push([s, atStart]));
  return out;
}

const scanCases: Array<[string, string, string[], Array<[string, boolean]>]> = [
  ['a known one-word form inside a sentence', 'I think Oriel steals every scene.', ['Oriel'], [['Oriel', false]]],
  ['the first word of the text is a sentence start', 'Oriel steals every scene.', ['Oriel'], [['Oriel', true]]],
  ['so is the word after a full stop and a quote mark', 'It ends. "Oriel wins" was my guess.', ['Oriel'], [['Oriel', true]]],
  ['a possessive still names the form', "The plot hangs on Oriel's choice.", ['Oriel'], [['Oriel', false]]],
  ['the longest known run is taken, its words not read again', 'Then Dario Venn and Venn again.', ['Dario Venn', 'Venn'], [['Dario Venn', false], ['Venn', false]]],
  ['an initial with its full stop is part of the run', 'Later Marlo K. Stane returns.', ['Marlo K. Stane', 'Stane'], [['Marlo K. Stane', false]]],
  ['lower case is no mention', 'the oriel window and an Oriel.', ['Oriel'], [['Oriel', false]]],
  ['a form inside a longer word is no mention', 'The Orielites cheered, and so did Oriel-fans.', ['Oriel'], []],
  ['forms not known are passed over', 'Both Nadia and Pell are fine.', ['Oriel'], []],
  ['a bullet starts an item', 'Pros:\n- Oriel steals it\n* Oriel again\n• Oriel too', ['Oriel'], [['Oriel', true], ['Oriel', true], ['Oriel', true]]],
  ['a number of a list starts an item', 'Best parts 1) Oriel and 2) Oriel', ['Oriel'], [['Oriel', true], ['Oriel', true]]],
  ['after a semicolon, a dash or " - "', 'It drags; Oriel helps — Oriel is fun - Oriel wins', ['Oriel'], [['Oriel', true], ['Oriel', true], ['Oriel', true]]],
  ['an opening quote after a speech verb', 'She said "Oriel is back" to me.', ['Oriel'], [['Oriel', true]]],
  ['the period of a title or an initial ends no sentence', 'then Mr. Oriel and J. Oriel, not Mars. Oriel', ['Oriel'], [['Oriel', false], ['Oriel', false], ['Oriel', true]]],
  ['a table row', '| Oriel | 9/10 |', ['Oriel'], [['Oriel', true]]],
  ['a hyphen inside a word, brackets and a closing quote are no start', 'the Saint-Oriel plot (Oriel mostly) and "fine" Oriel', ['Oriel'], [['Oriel', false], ['Oriel', false]]],
];

describe('readPlainMentions finds the known forms a text writes capitalised', () => {
  it.each(scanCases)('%s', (_, text, known, expected) => {
    expect(plainIn(text, known)).toEqual(expected);
  });

  // The first words of the known forms only let the runs of other words be passed over unread.
  it.each(scanCases)('the same with the first words of the forms given: %s', (_, text, known, expected) => {
    const out: Array<[string, boolean]> = [];
    const set = new Set(known);
    readPlainMentions(text, (s) => set.has(s), (s, atStart) => out.push([s, atStart]), readWords(text), new Set(known.map(firstWord)));
    expect(out).toEqual(expected);
  });
});

const firstWords: Array<[string, string]> = [
  ['Oriel', 'Oriel'],
  ['Dario Venn', 'Dario'],
  ['Marlo K. Stane', 'Marlo'],
  ['J. Oriel', 'J'],
  ['Saint-Oriel Pell', 'Saint-Oriel'],
  ["O'Dell", "O'Dell"],
];

describe('firstWord: a spelling up to its first space or period', () => {
  it.each(firstWords)('%s', (surface, first) => expect(firstWord(surface)).toBe(first));

  it('a run whose first word starts no known form is not asked about', () => {
    const asked: string[] = [];
    const text = 'Then Dario Venn met Pell Quarry and Dario.';
    const known = new Set(['Dario Venn', 'Dario']);
    readPlainMentions(text, (s) => (asked.push(s), known.has(s)), () => undefined, readWords(text), new Set([...known].map(firstWord)));
    expect(asked).toEqual(['Dario Venn', 'Dario']);
  });
});

/** Reviews that accept Oriel as a character. */
const accepting = [
  'Oriel is a superb lead and she carries the whole film.',
  'The heist only works because Oriel keeps her nerve.',
  'I adored Oriel, and her brother Cass was fun as well.',
  'Every time Oriel smiles the film lifts.',
];
/** Reviews that write Oriel but whose names stage accepted no one. */
const missed = [
  'Honestly the casting of Oriel made it for me.',
  'The ending with Oriel and the vault was silly.',
  'Oriel. That is all I remember of it.',
];

async function orielEntity(acceptingCount: number, work = 'The Vault Job'): Promise<{ documents: number; mentions: number; documentIds: string[] } | undefined> {
  const docs = [...accepting.slice(0, acceptingCount).map((text) => ({ text, names: ['Oriel'] })), ...missed.map((text) => ({ text, names: [] as string[] }))];
  const index = await buildIndex(docs.map((d, i) => ({ id: `d${i}`, work, text: d.text, analysis: textAnalysisOf(d.text, d.names) })));
  return index.works[0]?.characters.find((c) => c.name === 'Oriel');
}

describe('buildIndex counts the plain mentions of a form enough documents accept', () => {
  it(`with ${MIN_ACCEPTED_DOCUMENTS} accepting reviews, the reviews that only write it count, except one writing it at a sentence start only`, async () => {
    const n = MIN_ACCEPTED_DOCUMENTS;
    const oriel = await orielEntity(n);
    expect(oriel?.documents).toBe(n + 2);
    expect(oriel?.mentions).toBe(n + 2);
    expect(oriel?.documentIds).toEqual([...Array.from({ length: n }, (_, i) => `d${i}`), `d${n}`, `d${n + 1}`]);
  });
  it('with one accepting review fewer, only the accepting reviews count', async () => {
    const n = MIN_ACCEPTED_DOCUMENTS - 1;
    const oriel = await orielEntity(n);
    expect(oriel?.documents).toBe(n);
    expect(oriel?.documentIds).toEqual(Array.from({ length: n }, (_, i) => `d${i}`));
  });
  it("a form that is the work's title is counted only where accepted: written plainly, it is the work", async () => {
    const n = MIN_ACCEPTED_DOCUMENTS + 1;
    const docs = [...accepting.slice(0, n).map((text) => ({ text, accepted: true })), ...missed.map((text) => ({ text, accepted: false }))];
    const index = await buildIndex(
      docs.map((d, i) => {
        // Oriel, played by someone, is a character the title is named after.
        const base = analysisOf(d.accepted ? { characters: [{ forms: ['Oriel'], playedBy: 'Tamsin Reyes' }], people: [{ forms: ['Tamsin Reyes'] }] } : {});
        const analysis: ReviewAnalysis = { ...base, stats: { ...base.stats, characters: d.text.length }, textChecksum: textChecksum(d.text) };
        return { id: `d${i}`, work: 'Oriel', text: d.text, analysis };
      }),
    );
    expect(index.works[0]?.characters.find((c) => c.name === 'Oriel')?.documents).toBe(n);
  });
});

describe('buildIndex reads the words around plain mentions too', () => {
  const accepting: Array<[string, string[]]> = [
    ['Hollowmere is my favourite part of the show.', ['Hollowmere']],
    ['Honestly Hollowmere was great.', ['Hollowmere']],
  ];
  const plainPlace = [
    'The crew sails into Hollowmere at last.',
    'Everything in Hollowmere looks grim.',
    'A storm hits, and in Hollowmere the town burns.',
    'The best fight happens in Hollowmere.',
  ];
  it('a form two reviews accept and four write after "in" is a place, left out', async () => {
    const docs = [...accepting, ...plainPlace.map((t): [string, string[]] => [t, []])];
    expect(await formGroupsOf('Saltmarsh', docs)).toEqual([]);
  });
  it('written only where accepted, the same form stays', async () => {
    expect(await formGroupsOf('Saltmarsh', accepting)).toEqual([['Hollowmere']]);
  });
  it('a form inside a longer form the review accepts is not read as a plain mention of the shorter one', async () => {
    const dario = ['I liked Dario.', 'Dario was fine.', 'We see Dario early on.'].map((text) => ({ text, analysis: textAnalysisOf(text, ['Dario']) }));
    // Reviews accepting Dario Venn, played by Mara Quill (so his own odd context leaves him in).
    const venn = plainPlace.map((t) => {
      const text = t.replace('Hollowmere', 'Dario Venn');
      const base = analysisOf({ characters: [{ forms: ['Dario Venn'], playedBy: 'Mara Quill' }], people: [{ forms: ['Mara Quill'] }] });
      const at = text.indexOf('Dario Venn');
      const characters = base.characters.map((c) => ({ ...c, mentions: [{ start: at, end: at + 'Dario Venn'.length }] }));
      return { text, analysis: { ...base, characters, people: base.people.map((p) => ({ ...p, mentions: [] })), stats: { ...base.stats, characters: text.length }, textChecksum: textChecksum(text) } };
    });
    const index = await buildIndex([...dario, ...venn].map((d, i) => ({ id: `r${i}`, work: 'Saltmarsh', ...d })));
    expect(index.works[0]?.characters.map((c) => c.forms.map((f) => f.text).sort())).toEqual([['Dario', 'Dario Venn']]);
  });
});

describe('buildIndex keeps a form the texts list with someones', () => {
  const someone: Array<[string, string[]]> = [
    ['Tamsin fights and he wins.', ['Tamsin']],
    ['Tamsin smiles and he leaves.', ['Tamsin']],
  ];
  // Read alone, "the Veld arc" looks like "the Harrowgate arc": a place.
  const arc: Array<[string, string[]]> = ['The Veld arc drags.', 'I skipped the Veld arc.', 'After the Veld arc it improves.', 'Then the Veld arc ends.'].map((t) => [t, ['Veld']]);
  const listing = ['Both Tamsin and Veld shine here.', 'My favourites: Tamsin, Veld.', 'I rate Tamsin/Veld highly.', 'We lose Tamsin and Veld too soon.', 'Sadly Tamsin and Veld fade.'];
  const cases: Array<[string, Array<[string, string[]]>, string[][]]> = [
    ['listed with a character in four reviews, it is someone', [...someone, ...arc, ...listing.slice(0, 4).map((t): [string, string[]] => [t, ['Tamsin']])], [['Tamsin'], ['Veld']]],
    ['listed so in three reviews only, its context leaves it out', [...someone, ...arc, ...listing.slice(0, 3).map((t): [string, string[]] => [t, ['Tamsin']])], [['Tamsin']]],
    [
      'listed as often with places, its context leaves it out',
      [
        ...someone,
        ...arc,
        ...listing.slice(0, 4).map((t): [string, string[]] => [t, ['Tamsin']]),
        ...['The Harrowgate arc drags.', 'In Harrowgate the town burns.', 'Into the Harrowgate keep we go.', 'Inside Harrowgate all is grey.'].map((t): [string, string[]] => [t, ['Harrowgate']]),
        ...['Both Harrowgate and Veld bored me.', 'Harrowgate, Veld and the rest.'].map((t): [string, string[]] => [t, ['Harrowgate']]),
      ],
      [['Tamsin']],
    ],
  ];
  it.each(cases)('%s', async (_, docs, groups) => {
    expect(await formGroupsOf('Saltmarsh', docs)).toEqual(groups);
  });
});

describe('buildIndex leaves out a form the texts list with places', () => {
  // Two places, each written after a place word; Mossfen, read alone, leans to neither sort.
  const place: Array<[string, string[]]> = ['In Harrowgate the town burns.', 'Into the Harrowgate keep we go.', 'Inside Harrowgate all is grey.', 'The Harrowgate arc drags.', 'In Fellmoor it rains.', 'Across the Fellmoor hills.', 'Into Fellmoor they ride.', 'The Fellmoor arc is slow.'].map((t) => [t, [t.includes('Harrowgate') ? 'Harrowgate' : 'Fellmoor']]);
  const own: Array<[string, string[]]> = [
    ['Mossfen was lovely.', ['Mossfen']],
    ['I liked Mossfen.', ['Mossfen']],
  ];
  const listing = ['Harrowgate, Fellmoor and Mossfen look great.', 'Both Harrowgate, Fellmoor, Mossfen stay grim.', 'Visit Harrowgate, Fellmoor or Mossfen first.', 'Sadly Harrowgate, Fellmoor and Mossfen are dull.'];
  const cases: Array<[string, number, string[][]]> = [
    ['listed with a place in four reviews, and with no one, it is no one too', 4, []],
    ['listed so in three reviews, it stays', 3, [['Mossfen']]],
  ];
  it.each(cases)('%s', async (_, n, groups) => {
    expect(await formGroupsOf('Saltmarsh', [...place, ...own, ...listing.slice(0, n).map((t): [string, string[]] => [t, []])])).toEqual(groups);
  });
});

describe('the forms left out do not hang on the order of the reviews', () => {
  // Mossfen is listed with a place in four reviews, so it is left out; Brindle (one review accepts
  // it, too few to make it someone in a list) is listed only with Mossfen, which the lists alone
  // left out, and stays, whichever of the two the reviews accept first.
  const places: Array<[string, string[]]> = ['In Harrowgate the town burns.', 'Into the Harrowgate keep we go.', 'Inside Harrowgate all is grey.', 'The Harrowgate arc drags.', 'In Fellmoor it rains.', 'Across the Fellmoor hills.', 'Into Fellmoor they ride.', 'The Fellmoor arc is slow.'].map((t) => [t, [t.includes('Harrowgate') ? 'Harrowgate' : 'Fellmoor']]);
  const mossfen: Array<[string, string[]]> = [
    ['Mossfen was lovely.', ['Mossfen']],
    ['I liked Mossfen.', ['Mossfen']],
  ];
  const brindle: Array<[string, string[]]> = [['Brindle was lovely, and I liked Brindle.', ['Brindle']]];
  const lists: Array<[string, string[]]> = [
    'Harrowgate, Fellmoor and Mossfen look great.',
    'Both Harrowgate, Fellmoor, Mossfen stay grim.',
    'Visit Harrowgate, Fellmoor or Mossfen first.',
    'Sadly Harrowgate, Fellmoor and Mossfen are dull.',
    'Then Mossfen and Brindle fade.',
    'Both Mossfen, Brindle look fine.',
    'Sadly Mossfen/Brindle are dull.',
    'We see Mossfen or Brindle later.',
  ].map((t) => [t, []]);
  const orders: Array<[string, Array<[string, string[]]>]> = [
    ['places, Mossfen, Brindle, then the lists', [...places, ...mossfen, ...brindle, ...lists]],
    ['Brindle, Mossfen, places, then the lists reversed', [...brindle, ...mossfen, ...places, ...lists.slice().reverse()]],
    ['Brindle, places, Mossfen, then the lists', [...brindle, ...places, ...mossfen, ...lists]],
  ];
  it.each(orders)('%s: Brindle stays, Mossfen is left out', async (_, docs) => {
    expect(await formGroupsOf('Saltmarsh', docs)).toEqual([['Brindle']]);
  });
});

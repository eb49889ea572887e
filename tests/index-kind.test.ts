import { describe, expect, it } from 'vitest';
import { buildIndex } from '../src/review-index';
import { countDocuments, addDocument, mergeSketches, SKETCH_SIZE } from '../src/index-build/distinct-count';
import { formParts } from '../src/index-build/form-key';
import { inputsOf, type DocSpec } from './helpers/index-docs';

const character = (forms: string[], confidence = 0.8, playedBy?: string) => ({ forms, confidence, ...(playedBy ? { playedBy } : {}) });
const person = (forms: string[], confidence = 0.8, roles: Array<'actor' | 'other' | 'director'> = ['other']) => ({ forms, confidence, roles });

const votes: Array<[string, DocSpec[], 'character' | 'person', number]> = [
  // 5 × 0.8 + 0.1 for the character, 5 × 0.2 + 0.9 for the person: 4.1 of 6.
  ['many character readings outvote one sure person reading', [...Array(5).fill({ characters: [character(['Wren Talbot'])] }), { people: [person(['Wren Talbot'], 0.9)] }], 'character', 0.683],
  // 2 × 0.9 + 0.4 for the person, 2 × 0.1 + 0.6 for the character: 2.2 of 3.
  ['person readings win by their weight', [{ people: [person(['Jonas Eklund'], 0.9)] }, { people: [person(['Jonas Eklund'], 0.9)] }, { characters: [character(['Jonas Eklund'], 0.6)] }], 'person', 0.733],
];

describe('kind by the documents’ votes', () => {
  it.each(votes)('%s', async (_, docs, kind, confidence) => {
    const work = (await buildIndex(inputsOf('Work', docs))).works[0];
    const e = [...(work?.characters ?? []), ...(work?.people ?? [])][0];
    expect(e?.kind).toBe(kind);
    expect(e?.kindConfidence).toBe(confidence);
  });

  it('a reading with a stated role counts three times', async () => {
    const docs: DocSpec[] = [{ people: [person(['Ilse Mork'], 0.7, ['director'])] }, { characters: [character(['Ilse Mork'], 0.75)] }, { characters: [character(['Ilse Mork'], 0.75)] }];
    const work = (await buildIndex(inputsOf('Work', docs))).works[0];
    expect(work?.characters).toEqual([]);
    // 3 × 0.7 + 2 × 0.25 = 2.6 for the person, of 5 (counted once, the person would lose 1.2 to 1.8).
    expect(work?.people[0]?.kindConfidence).toBe(0.52);
  });

  it('a close vote falls to the kind most of the work’s names have', async () => {
    const clear = { characters: ['Ada', 'Bex', 'Cal'].map((n) => character([n], 0.9)) };
    // A full name, so that no one-word lean (see tests/index-kind-work.test.ts) adds to the vote.
    const docs: DocSpec[] = [clear, clear, clear, clear, { people: [person(['Zed Orr'], 0.6)] }];
    const zed = (await buildIndex(inputsOf('Work', docs))).works[0]?.characters.find((c) => c.name === 'Zed Orr');
    // The work's share of character votes, (12 × 0.9 + 0.4) / 13, weighs two readings: with Zed's
    // own 0.4 that is 2.123 of 3 for a character.
    expect(zed?.kindConfidence).toBe(0.708);
  });

  it('resolves who plays whom by vote, across forms', async () => {
    const docs: DocSpec[] = [
      { characters: [character(['Captain Orla Finch'], 0.9, 'Dana Voss')], people: [person(['Dana Voss'], 0.9, ['actor'])] },
      { characters: [character(['Orla Finch'], 0.9, 'Voss')], people: [person(['Voss'], 0.9, ['actor'])] },
      { characters: [character(['Orla Finch'], 0.9, 'Maren Lund')], people: [person(['Maren Lund'], 0.9, ['actor'])] },
    ];
    const work = (await buildIndex(inputsOf('Work', docs))).works[0];
    const orla = work?.characters.find((c) => c.name === 'Orla Finch');
    const dana = work?.people.find((p) => p.name === 'Dana Voss');
    expect(orla?.playedBy).toBe(dana?.id);
    expect(dana?.plays).toEqual([orla?.id]);
    expect(dana?.roles).toEqual(['actor']);
  });
});

describe('what the index leaves out', () => {
  it('leaves out a part of the work’s own title and a title documents list as a work', async () => {
    const docs: DocSpec[] = [
      { characters: [character(['Harbor']), character(['Tide Queen']), character(['Nell Ashby'])], works: ['Tide Queen'] },
      { characters: [character(['Harbor']), character(['Tide Queen'])], works: ['Tide Queen'] },
    ];
    const work = (await buildIndex(inputsOf('The Harbor Lights', docs))).works[0];
    expect(work?.characters.map((c) => c.name)).toEqual(['Nell Ashby']);
  });

  // A work's title is kept as an entity only when something in the documents says it is someone.
  const titled: Array<[string, string, DocSpec[], string[]]> = [
    ['the work’s title alone, read as a character, is the work', 'Juniper', [{ characters: [character(['Juniper'])], works: ['Juniper'] }, { characters: [character(['Juniper'])] }], []],
    [
      'the work’s title that documents say an actor plays is its title character',
      'Juniper',
      [{ characters: [character(['Juniper'], 0.8, 'Odile Fenn')], people: [person(['Odile Fenn'])] }, { characters: [character(['Juniper'])] }],
      ['Juniper'],
    ],
    ['the work’s title with a title before it ("Mr. Crane") is someone', 'Milo Crane', [{ characters: [character(['Milo Crane', 'Mr. Crane'])] }, { characters: [character(['Milo Crane'])] }], ['Milo Crane']],
    ['a title with a well-used form that is no title is someone', 'Milo', [{ characters: [character(['Milo', 'Milo Crane'])] }, { characters: [character(['Milo Crane'])] }, { characters: [character(['Milo'])] }], ['Milo Crane']],
    [
      'forms that are no title, in two documents together, make a title someone',
      'Juniper',
      [{ characters: [character(['Juniper', 'Juniper Vale'])] }, { characters: [character(['Juniper', 'Vale Juniper'])] }, { characters: [character(['Juniper'])] }],
      ['Juniper Vale'],
    ],
    ['a form one document adds to a title does not make it someone', 'Juniper', [{ characters: [character(['Juniper', 'Juniper Returns'])] }, { characters: [character(['Juniper'])] }], []],
    ['a part of a title written with a semicolon is the title', 'Iron;Bloom', [{ characters: [character(['Iron'])] }, { characters: [character(['Iron'])] }], []],
    [
      'the title’s initials in capitals are the title',
      'Tower of Glass',
      [{ characters: [character(['ToG'])] }, { characters: [character(['TOG'])] }],
      [],
    ],
    [
      'the same letters mostly written as a name are not',
      'Tower of Glass',
      [{ characters: [character(['ToG'])] }, { characters: [character(['Tog'])] }, { characters: [character(['Tog'])] }],
      ['Tog'],
    ],
    [
      'a name fewer documents list as a work than name it stays',
      'Salt Road',
      [{ characters: [character(['Rook'])], works: ['Rook'] }, { characters: [character(['Rook'])], works: ['Rook'] }, { characters: [character(['Rook'])] }],
      ['Rook'],
    ],
  ];
  it.each(titled)('%s', async (_, title, docs, kept) => {
    const work = (await buildIndex(inputsOf(title, docs))).works[0];
    expect([...(work?.characters ?? []), ...(work?.people ?? [])].filter((e) => e.name !== 'Odile Fenn').map((e) => e.name)).toEqual(kept);
  });

  it.each<[string, string[], string[]]>([
    ['genre, medium and rating-form words', ['Shōnen Anime', 'Story', 'ENJOYMENT', 'Sound'], []],
    ['story parts and studios', ['Soul Gate Arc', 'Season Two', 'Toei Animation', 'Studio Pierrot'], []],
    ['abbreviations in capitals, but not the same letters as a name', ['OPs', 'ED', 'Ed'], ['Ed']],
    ['groups and places, by their last word or alone', ['Tin Crow Pirates', 'Ashen Clan', 'Vell Village', 'Empire', 'Clan Morrow'], ['Clan Morrow']],
    ['events and tropes', ['Lantern Exam', 'Great Salt War', 'Mary Sue'], []],
  ])('leaves out forms that name no one: %s', async (_, forms, kept) => {
    const docs: DocSpec[] = [0, 1].map(() => ({ characters: forms.map((f) => character([f])) }));
    const work = (await buildIndex(inputsOf('Work', docs))).works[0];
    expect([...(work?.characters ?? []), ...(work?.people ?? [])].map((e) => e.name)).toEqual(kept);
  });

  it('drops a form that names no one from an entity and keeps its other forms', async () => {
    const docs: DocSpec[] = [{ characters: [character(['Anime', 'Vessa Marr'])] }, { characters: [character(['Vessa Marr'])] }];
    const work = (await buildIndex(inputsOf('Work', docs))).works[0];
    expect(work?.characters.map((e) => [e.name, e.forms])).toEqual([['Vessa Marr', [{ text: 'Vessa Marr', count: 2 }]]]);
  });

  it('leaves out entities named in fewer documents than minDocuments', async () => {
    const docs: DocSpec[] = [{ characters: [character(['Ansel']), character(['Bria'])] }, { characters: [character(['Bria'])] }];
    const work = (await buildIndex(inputsOf('Work', docs), { minDocuments: 2 })).works[0];
    expect(work?.characters.map((c) => c.name)).toEqual(['Bria']);
  });
});

describe('inputs', () => {
  it('reads an async iterable, groups by work, and takes the work from the analysis when none is given', async () => {
    const [a, b, c] = inputsOf('Salt Road', [{ characters: [character(['Edda'])] }, { characters: [character(['Edda'])], works: ['Glass Hour'] }, { characters: [character(['Edda'])] }]);
    async function* stream() {
      yield a!;
      yield { id: b!.id, analysis: b!.analysis };
      yield c!;
    }
    const index = await buildIndex(stream());
    expect(index.schemaVersion).toBe(1);
    expect(index.works.map((w) => [w.title, w.documents, w.characters[0]?.documents])).toEqual([
      ['Salt Road', 2, 2],
      ['Glass Hour', 1, 1],
    ]);
  });

  it('merges work titles that differ by case and gathers the aliases given', async () => {
    const docs = inputsOf('Salt Road', [{ characters: [character(['Edda'])] }]);
    const index = await buildIndex([...docs, { ...docs[0]!, id: 'x', work: 'SALT ROAD', workAliases: ['Shio no Michi'] }]);
    expect(index.works.map((w) => [w.title, w.aliases, w.documents])).toEqual([['Salt Road', ['SALT ROAD', 'Shio no Michi'], 2]]);
  });

  it.each<[string, unknown, string]>([
    ['not iterable', 5, 'review-lens: expected results to be an iterable or async iterable, got number'],
    ['an item without an id', [{ analysis: {} }], 'review-lens: expected input 0.id to be a string, got undefined'],
    ['an item whose analysis is not one', [{ id: 'a', analysis: { characters: 'x' } }], 'review-lens: expected input 0.analysis to be a review-lens analysis, got object'],
    ['a work that is not text', [{ id: 'a', work: 3, analysis: {} }], 'review-lens: expected input 0.work to be a string, got number'],
    ['a work of the analysis without mentions', [{ id: 'a', analysis: { characters: [], people: [], sections: [], quotes: [], works: [{ title: 'Salt Road' }] } }], 'review-lens: expected input 0.analysis.works[0].mentions to be an array, got object'],
  ])('refuses %s', async (_, results, message) => {
    await expect(buildIndex(results as never)).rejects.toThrow(message);
  });

  it('refuses a bad cap', async () => {
    await expect(buildIndex([], { maxQuotes: -1 })).rejects.toThrow('review-lens: expected options.maxQuotes to be a whole number of 0 or more, got -1');
  });
});

describe('name forms and document counts', () => {
  it.each<[string, string, string[]]>([
    ['Tarek D. Volsung', 'tarekdvolsung', ['d', 'tarek', 'volsung']],
    ['Mr. Vale', 'mrvale', ['vale']],
    ['Shou-Ryuu', 'shoryu', ['ryu', 'sho']],
    ['Satou', 'sato', ['sato']],
    ['Zoë Élan', 'zoeelan', ['elan', 'zoe']],
    ['Ootsuki Hana', 'otsukihana', ['hana', 'otsuki']],
    ['Iruka-sensei', 'irukasensei', ['iruka']],
    ['Sensei Iruka', 'senseiiruka', ['iruka', 'sensei']],
    ['Rocco Goodspeed', 'roccogoodspeed', ['goodspeed', 'rocco']],
  ])('%s reads as key %s, words %j', (form, key, words) => {
    expect(formParts(form)).toMatchObject({ key, words });
  });

  it('counts distinct documents exactly up to the sketch size and closely above', () => {
    const small: number[] = [];
    for (const n of [1, 2, 2, 3, 1]) addDocument(small, n);
    expect(countDocuments(small)).toBe(3);
    const a: number[] = [];
    const b: number[] = [];
    for (let n = 0; n < 3000; n++) addDocument(a, n);
    for (let n = 2000; n < 6000; n++) addDocument(b, n);
    expect(a.length).toBe(SKETCH_SIZE);
    expect(Math.abs(countDocuments(a) - 3000) / 3000).toBeLessThan(0.1);
    expect(Math.abs(countDocuments(mergeSketches(a, b)) - 6000) / 6000).toBeLessThan(0.1);
  });
});

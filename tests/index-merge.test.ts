import { describe, expect, it } from 'vitest';
import { buildIndex } from '../src/review-index';
import type { IndexWork } from '../src/review-index';
import { inputsOf, naming, type DocSpec } from './helpers/index-docs';

/** The forms of each entity of a work, each list sorted, entities by their first form. */
function groupsOf(work: IndexWork | undefined): string[][] {
  return [...(work?.characters ?? []), ...(work?.people ?? [])].map((e) => e.forms.map((f) => f.text).sort()).sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

const merging: Array<[string, DocSpec[], string[][]]> = [
  [
    'forms that differ by case, spacing, hyphens and dots',
    [naming('Tarek D. Volsung'), naming('Tarek D Volsung'), naming('TAREK D. VOLSUNG'), naming('Mei-Ling Sato'), naming('Mei Ling Sato'), naming('Meiling Sato')],
    [['Mei Ling Sato', 'Mei-Ling Sato', 'Meiling Sato'], ['TAREK D. VOLSUNG', 'Tarek D Volsung', 'Tarek D. Volsung']],
  ],
  [
    'family name first or last',
    [naming('Kirishima Aoi'), naming('Aoi Kirishima'), naming('Aoi Kirishima')],
    [['Aoi Kirishima', 'Kirishima Aoi']],
  ],
  [
    'long vowels written twice or once',
    [naming('Ryuuta'), naming('Ryuta'), naming('Satou Ken'), naming('Sato Ken')],
    [['Ryuta', 'Ryuuta'], ['Sato Ken', 'Satou Ken']],
  ],
  [
    'a given name alone joins the one full name that has it',
    [naming('Oskar Brandvold'), naming('Oskar'), naming('Oskar'), naming('Brandvold')],
    [['Brandvold', 'Oskar', 'Oskar Brandvold']],
  ],
  [
    'a family name two full names share merges with neither',
    [naming('Lena Marsh', 'Theo Marsh'), naming('Lena Marsh'), naming('Theo Marsh'), naming('Marsh'), naming('Marsh')],
    [['Lena Marsh'], ['Marsh'], ['Theo Marsh']],
  ],
  [
    'documents tying a short form to one of two full names decide for it',
    [
      { characters: [{ forms: ['Ivo Castellan', 'Ivo'] }] },
      { characters: [{ forms: ['Ivo Castellan', 'Ivo'] }] },
      { characters: [{ forms: ['Ivo Castellan', 'Ivo'] }] },
      naming('Ivo Reyes'),
      naming('Ivo Reyes'),
    ],
    [['Ivo', 'Ivo Castellan'], ['Ivo Reyes']],
  ],
  [
    'documents tying a short form to two full names about as often leave it apart',
    [
      { characters: [{ forms: ['Ivo Castellan', 'Ivo'] }] },
      { characters: [{ forms: ['Ivo Castellan', 'Ivo'] }] },
      { characters: [{ forms: ['Ivo Castellan', 'Ivo'] }] },
      { characters: [{ forms: ['Ivo Reyes', 'Ivo'] }] },
      { characters: [{ forms: ['Ivo Reyes', 'Ivo'] }] },
    ],
    [['Ivo'], ['Ivo Castellan'], ['Ivo Reyes']],
  ],
  [
    'a fuller form only one document uses does not make a short form ambiguous',
    [naming('Pia Lindqvist'), naming('Pia Lindqvist'), naming('Pia'), naming('Pia'), naming('Captain Pia Storm')],
    [['Captain Pia Storm'], ['Pia', 'Pia Lindqvist']],
  ],
  [
    'full names one slip apart in one longer word',
    [naming('Corvin Ashgrove'), naming('Corvin Ashgorve'), naming('Corvin Ashgrov'), naming('Lina Sato'), naming('Lina Sata')],
    [['Corvin Ashgorve', 'Corvin Ashgrov', 'Corvin Ashgrove'], ['Lina Sata'], ['Lina Sato']],
  ],
  [
    'a title before a name is not a word of it',
    [naming('Gideon Vale'), naming('Mr. Vale'), naming('Mr Vale')],
    [['Gideon Vale', 'Mr Vale', 'Mr. Vale']],
  ],
  [
    'an epithet that holds one full name joins it',
    [naming('Nadia Orlov'), naming('Nadia Orlov'), naming('Retired spy Nadia Orlov')],
    [['Nadia Orlov', 'Retired spy Nadia Orlov']],
  ],
  [
    'full forms one document gives one entity join, and a nickname with them',
    [{ characters: [{ forms: ['Benedikt Arno Falk', 'Falk', 'Benno'] }] }, naming('Benedikt Falk'), naming('Benno')],
    [['Benedikt Arno Falk', 'Benedikt Falk', 'Benno', 'Falk']],
  ],
  [
    'two names one document writes side by side join neither name, when a section names them apart',
    [naming('Talia'), naming('Talia'), naming('Brenner'), naming('Brenner', 'Talia'), naming('Brenner Talia')],
    [['Brenner'], ['Brenner Talia'], ['Talia']],
  ],
  [
    'a given and a family name each used alone but never named apart join the full name one document writes',
    [naming('Talia'), naming('Talia'), naming('Brenner'), naming('Brenner'), naming('Brenner Talia')],
    [['Brenner', 'Brenner Talia', 'Talia']],
  ],
  [
    'a name of two words and a name of one written together stay two, named apart or not',
    [naming('Rhea'), naming('Rhea'), naming('Dana Colt'), naming('Dana Colt'), naming('Dana Colt Rhea')],
    [['Dana Colt', 'Dana Colt Rhea'], ['Rhea']],
  ],
  [
    'a rare family name still joins a full name once written, however often the given name is',
    [naming('Ilka'), naming('Ilka'), naming('Ilka'), naming('Ilka Dorn'), naming('Dorn')],
    [['Dorn', 'Ilka', 'Ilka Dorn']],
  ],
  [
    'long vowels doubled inside an English name are not folded',
    [naming('Hal Boon'), naming('Hal Bon'), naming('Ryo Ootani'), naming('Ryo Otani')],
    [['Hal Bon'], ['Hal Boon'], ['Ryo Ootani', 'Ryo Otani']],
  ],
  [
    'a title nothing says is someone takes no shorter form from a name',
    [
      { characters: [{ forms: ['Ember Falls'] }], works: ['Ember Falls'] },
      { characters: [{ forms: ['Ember Falls'] }], works: ['Ember Falls'] },
      naming('Ember Vask'),
      naming('Ember Vask'),
      naming('Ember'),
    ],
    [['Ember', 'Ember Vask']],
  ],
  [
    'a full name one document gives a title nothing says is someone stays apart from it',
    [{ characters: [{ forms: ['Ember Falls', 'Ember Vask'] }], works: ['Ember Falls'] }, { characters: [{ forms: ['Ember Falls'] }], works: ['Ember Falls'] }, naming('Ember Vask')],
    [['Ember Vask']],
  ],
  [
    'a character and a person with the same form are one entity',
    [{ people: [{ forms: ['Astrid Holm'] }] }, naming('Astrid Holm'), naming('Astrid Holm')],
    [['Astrid Holm']],
  ],
];

describe('buildIndex merges name forms across documents', () => {
  it.each(merging)('%s', async (_, docs, groups) => {
    const index = await buildIndex(inputsOf('Work', docs));
    expect(groupsOf(index.works[0])).toEqual(groups);
  });
});

describe('buildIndex counts', () => {
  it('counts documents once each, forms by the documents using them, mentions over all; a full name one document uses does not name it', async () => {
    const docs: DocSpec[] = [{ characters: [{ forms: ['Oskar Brandvold', 'Oskar'] }] }, naming('Oskar'), naming('Oskar')];
    const e = (await buildIndex(inputsOf('Work', docs))).works[0]?.characters[0];
    expect(e?.name).toBe('Oskar');
    expect(e?.documents).toBe(3);
    expect(e?.mentions).toBe(4);
    expect(e?.forms).toEqual([{ text: 'Oskar', count: 3 }, { text: 'Oskar Brandvold', count: 1 }]);
    expect(e?.documentIds).toEqual(['d0', 'd1', 'd2']);
  });

  it('names an entity by its fullest form two documents use', async () => {
    const docs: DocSpec[] = [naming('Rin'), naming('Rin Okabe'), naming('Rin Okabe'), naming('Rin'), naming('Lady Rin Okabe of Dunmore')];
    const e = (await buildIndex(inputsOf('Work', docs))).works[0]?.characters[0];
    expect(e?.name).toBe('Rin Okabe');
  });

  it('caps document ids and quotes, keeping the first documents and the best lines', async () => {
    const docs: DocSpec[] = Array.from({ length: 6 }, (_, i) => ({ characters: [{ forms: ['Vera Quist'], says: [i === 4 ? 'We leave at dawn, all of us.' : 'No.'] }] }));
    const e = (await buildIndex(inputsOf('Work', docs), { maxDocumentIds: 3, maxQuotes: 2 })).works[0]?.characters[0];
    expect(e?.documents).toBe(6);
    expect(e?.documentIds).toEqual(['d0', 'd1', 'd2']);
    expect(e?.quotes).toEqual([{ document: 'd4', text: 'We leave at dawn, all of us.' }, { document: 'd0', text: 'No.' }]);
  });

  it('counts sentiment labels and averages the scores', async () => {
    const docs: DocSpec[] = [
      { characters: [{ forms: ['Hale'], label: 'positive', score: 0.6 }] },
      { characters: [{ forms: ['Hale'], label: 'positive', score: 0.4 }] },
      { characters: [{ forms: ['Hale'], label: 'negative', score: -0.5 }] },
      { characters: [{ forms: ['Hale'], label: 'mixed', score: 0.1 }] },
    ];
    const e = (await buildIndex(inputsOf('Work', docs))).works[0]?.characters[0];
    expect(e?.sentiment).toEqual({ mean: 0.15, positive: 2, negative: 1, neutral: 0, mixed: 1 });
  });

  it('counts the sections that name two characters', async () => {
    const docs: DocSpec[] = [naming('Ada Brook', 'Cole Brook'), naming('Ada Brook', 'Cole Brook'), naming('Ada Brook', 'Fenn')];
    const work = (await buildIndex(inputsOf('Work', docs))).works[0];
    const id = (name: string) => work?.characters.find((c) => c.name === name)?.id;
    expect(work?.cooccurrence).toEqual([
      { a: id('Ada Brook'), b: id('Cole Brook'), sections: 2 },
      { a: id('Ada Brook'), b: id('Fenn'), sections: 1 },
    ]);
  });
});

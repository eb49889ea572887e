import { describe, expect, it } from 'vitest';
import { MAX_WEAK_FORMS, weakWord } from '../src/index-build/weak-forms';
import { buildIndex } from '../src/review-index';
import type { IndexEntity } from '../src/index-build/index-types';
import { textAnalysisOf } from './helpers/index-docs';

/** Whether the first `word` of `text` may be a word of a name no review vouched for. */
function weak(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return weakWord(text, at, at + word.length);
}

const wordCases: Array<[string, string, string, boolean]> = [
  ['a capitalised word', 'and then Tavish wakes up', 'Tavish', true],
  ['a lone capital on its own', 'nobody but Q saw it coming', 'Q', true],
  ['a lone capital owning something', "we learn Q's plan far too late", 'Q', true],
  ['an initial before its full stop', 'directed by J. Ferro this time', 'J', false],
  ['a capital that starts a longer name after an apostrophe', "the king T'Vara rules", 'T', false],
  ['a contraction', "then Don't ask me why", 'Don', false],
  ['a name owning something', "I hated Tavish's plan", 'Tavish', true],
  ['a code name with digits and a hyphen', 'the droid K2-X9 steals it', 'K2-X9', true],
  ['letters and digits with no hyphen: a part or a season', 'better than S3 was', 'S3', false],
  ['an acronym', 'the CGI looks cheap', 'CGI', false],
  ['the plural of an acronym', 'all the OVAs are filler', 'OVAs', false],
  ['a function word', 'as in The Hollow Crown', 'The', false],
  ['a nationality', 'the Japanese dub is better', 'Japanese', false],
  ['a word that heads an award', 'it won Best Picture', 'Best', false],
];

describe('weakWord', () => {
  it.each(wordCases)('%s', (_, text, word, expected) => {
    expect(weak(text, word)).toBe(expected);
  });
});

/** Reviews of one work: every analysis accepts "Mira"; the texts add what each case needs. */
async function entitiesOf(texts: readonly string[], options: { work?: string; others?: Array<{ work: string; text: string }>; withText?: boolean } = {}): Promise<IndexEntity[]> {
  const work = options.work ?? 'The Salt Road';
  const own = texts.map((text, i) => {
    const item = { id: `d${i}`, work, analysis: textAnalysisOf(text, text.includes('Mira') ? ['Mira'] : []) };
    return options.withText === false ? item : { ...item, text };
  });
  const others = (options.others ?? []).map((o, i) => ({ id: `o${i}`, work: o.work, analysis: textAnalysisOf(o.text, []), text: o.text }));
  const index = await buildIndex([...own, ...others]);
  const found = index.works.find((w) => w.title === work);
  return [...(found?.characters ?? []), ...(found?.people ?? [])];
}

/** The entity one of whose forms is `form`. */
const holding = (entities: IndexEntity[], form: string): IndexEntity | undefined => entities.find((e) => e.forms.some((f) => f.text === form));

const promoted: Array<[string, string[], string, number]> = [
  ['a name two reviews write once each, mid-sentence', ['Mira travels far, and later Quillon betrays her.', 'I liked Mira, though the scene where Quillon lies drags.'], 'Quillon', 2],
  ['a lone capital two reviews write as a name', ['Mira hunts L for years and L always wins.', 'The duel of Mira and L is the best part.'], 'L', 2],
  ['a droid code name', ['Mira repairs K2-X9 in the desert.', 'Mira trusts her droid K2-X9 completely.'], 'K2-X9', 2],
  ['a name after a sentence-initial function word', ['Mira leaves. And Quillon? He stays behind.', 'Mira runs while Quillon hides.'], 'Quillon', 2],
  ['a calendar word before another word of a name', ['Mira meets the spy June Harrow there.', 'Mira never trusts June Harrow, rightly.'], 'June Harrow', 2],
];

describe('a name no review accepted, written mid-sentence by several, is indexed', () => {
  it.each(promoted)('%s', async (_, texts, form, documents) => {
    const e = holding(await entitiesOf(texts), form);
    expect(e?.name).toBe(form);
    expect(e?.documents).toBe(documents);
    expect(e?.kind).toBe('character');
  });
});

const left: Array<[string, string[], string]> = [
  ['one review only', ['Mira travels far, and later Quillon betrays her.', 'Mira is the heart of it.'], 'Quillon'],
  ['only at the start of sentences', ['Mira wins. Quillon loses.', 'Mira smiles. Quillon frowns at her.'], 'Quillon'],
  ['written in lower case as often as capitalised', ['Mira rides a Brackle, the brackle being a horse.', 'Mira loves her Brackle; every brackle there is loyal, a brackle is swift.'], 'Brackle'],
  ['a place: after "on" and "to"', ['Mira crash-lands on Vesk and hides.', 'Then Mira flies to Vesk again.'], 'Vesk'],
  ['a thing: after a determiner', ['Mira steals the Lantern from them.', 'Mira hides the Lantern well.'], 'Lantern'],
  ['a story part: before "arc"', ['Mira shines in the Dunmore arc overall.', 'Mira is wasted in the Dunmore arc.'], 'Dunmore'],
  ['another work compared with', ['Mira reminds me of shows like Kestrelwing a lot.', 'Mira is deeper than Kestrelwing ever was.'], 'Kestrelwing'],
  ['a word inside a longer capitalised run that holds a non-name', ['Mira was made by 20th Century Fox there.', 'Mira, a 20th Century Fox hero, is fine.'], 'Century'],
  ['a capitalised word beside a known name', ['Mira Solenne wins, says Mira.', 'I loved Mira Solenne and Mira too.'], 'Solenne'],
  ['a calendar word alone', ['Mira and June were my favourite months to watch.', 'Mira aired around June, I think.'], 'June'],
  ['a word of a run that starts with a word no name holds', ['Mira was animated by Studio Pellucid, sadly.', 'Mira looks great thanks to Studio Pellucid.'], 'Pellucid'],
];

describe('a capitalised word that is no one is left out', () => {
  it.each(left)('%s', async (_, texts, form) => {
    expect(holding(await entitiesOf(texts), form)).toBeUndefined();
  });

  it('a word of another work’s title in the same index', async () => {
    const texts = ['Mira travels far, and later Thornwood betrays her.', 'I liked Mira, though Thornwood lies a lot.'];
    expect(holding(await entitiesOf(texts), 'Thornwood')).toBeDefined();
    const others = [{ work: 'Thornwood Saga', text: 'A fine show.' }];
    expect(holding(await entitiesOf(texts, { others }), 'Thornwood')).toBeUndefined();
  });

  it('a name a document lists as a work', async () => {
    const index = await buildIndex(
      ['Mira travels far, and later Quillon betrays her.', 'I liked Mira, though Quillon lies a lot.'].map((text, i) => ({
        id: `d${i}`,
        work: 'The Salt Road',
        analysis: textAnalysisOf(text, ['Mira'], i === 0 ? ['Quillon'] : []),
        text,
      })),
    );
    const all = [...(index.works[0]?.characters ?? []), ...(index.works[0]?.people ?? [])];
    expect(holding(all, 'Quillon')).toBeUndefined();
  });

  it('a title listed beside a title the analysis found', async () => {
    const texts = ['Mira is better than shows such as Tessaly Nights and Grelwyn ever were.', 'Mira beats Grelwyn, Tessaly Nights and the rest easily.'];
    const build = async (withWorks: boolean): Promise<IndexEntity[]> => {
      const index = await buildIndex(
        texts.map((text, i) => {
          const analysis = textAnalysisOf(text, ['Mira']);
          const at = text.indexOf('Tessaly Nights');
          const works = withWorks ? [{ id: 'w0', title: 'Tessaly Nights', aliases: [], mentions: [{ start: at, end: at + 'Tessaly Nights'.length }] }] : [];
          return { id: `d${i}`, work: 'The Salt Road', analysis: { ...analysis, works }, text };
        }),
      );
      return [...(index.works[0]?.characters ?? []), ...(index.works[0]?.people ?? [])];
    };
    expect(holding(await build(false), 'Grelwyn')).toBeDefined();
    expect(holding(await build(true), 'Grelwyn')).toBeUndefined();
  });

  it('nothing when the texts are not given', async () => {
    const texts = ['Mira travels far, and later Quillon betrays her.', 'I liked Mira, though Quillon lies a lot.'];
    expect(holding(await entitiesOf(texts, { withText: false }), 'Quillon')).toBeUndefined();
  });
});

describe('the more reviews a work has, the more must write a weak form', () => {
  const filler = (n: number): string[] => Array.from({ length: n }, (_, i) => `Mira is good in part ${i}.`);
  it.each([
    [2, 100, true],
    [2, 300, false],
    [3, 300, true],
  ])('%i reviews of %i', async (writing, total, indexed) => {
    const texts = [...Array.from({ length: writing }, () => 'Mira rides on, and Quillon follows her.'), ...filler(total - writing)];
    expect(holding(await entitiesOf(texts), 'Quillon') !== undefined).toBe(indexed);
  });
});

describe('a weak form joins the entity whose fuller name holds it', () => {
  it('a family name alone joins the one full name', async () => {
    const index = await buildIndex(
      [
        ['Ada Quillon is the villain and Mira fights her.', ['Mira', 'Ada Quillon']],
        ['Ada Quillon returns; Mira is ready.', ['Mira', 'Ada Quillon']],
        ['Mira wins once Quillon slips.', ['Mira']],
        ['Mira is great and Quillon is awful.', ['Mira']],
      ].map(([text, names], i) => ({ id: `d${i}`, work: 'The Salt Road', analysis: textAnalysisOf(text as string, names as string[]), text: text as string })),
    );
    const e = holding(index.works[0]?.characters ?? [], 'Quillon');
    expect(e?.name).toBe('Ada Quillon');
    expect(e?.documents).toBe(4);
  });
});

describe('the weak forms of a work stay bounded and keep reading new names', () => {
  it('one document filling the map with one-off names does not shut later names out', async () => {
    const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
    const crowd = Array.from({ length: MAX_WEAK_FORMS + 50 }, (_, i) => `Zq${letters(i)}`).join(' and ');
    const texts = [`Mira meets ${crowd} there.`, 'Mira rides on, and Quillon follows her.', 'I liked Mira, though Quillon lies a lot.'];
    const entities = await entitiesOf(texts);
    expect(holding(entities, 'Quillon')?.documents).toBe(2);
    expect(holding(entities, 'Zqa')).toBeUndefined();
  });
});

/** The names (forms) of the entities of `entities`, sorted, each entity's forms joined by "|". */
const namesOf = (entities: IndexEntity[]): string[] => entities.map((e) => e.forms.map((f) => f.text).sort().join('|')).sort();

const orderFree: Array<[string, string[]]> = [
  ['a word capitalised by two reviews and written in lower case by a third', ['Mira is Amazing here, truly.', 'Mira is Amazing, plainly.', 'Mira is amazing and brave.']],
  ['a coined word lower-cased by one review', ['Mira rides a Voskel now and again.', 'Mira tames the wild Voskel, finally.', 'Mira met a voskel, a voskel of the hills.']],
  ['a name two reviews write and a third names too', ['Mira travels far, and later Quillon betrays her.', 'Mira is the heart of it all.', 'I liked Mira, though the scene where Quillon lies drags.']],
];

describe('the index of a list of reviews is the index of the list reversed', () => {
  it.each(orderFree)('%s', async (_, texts) => {
    const forward = namesOf(await entitiesOf(texts));
    const backward = namesOf(await entitiesOf([...texts].reverse()));
    expect(backward).toEqual(forward);
  });

  it('a word one review writes in lower case is left out in either order', async () => {
    const texts = ['Mira rides a Voskel now and again.', 'Mira tames the wild Voskel, finally.', 'Mira met a voskel, a voskel of the hills.'];
    expect(namesOf(await entitiesOf(texts))).toEqual(['Mira']);
    expect(namesOf(await entitiesOf([...texts].reverse()))).toEqual(['Mira']);
  });
});

const ordinary: Array<[string, string[], string[]]> = [
  ['a word of praise capitalised for emphasis', ['Mira is Amazing here, truly.', 'Mira is Amazing, plainly.'], ['Mira']],
  ['a fan word', ['Mira looks so Kawaii in it.', 'Mira is Kawaii and fierce.'], ['Mira']],
  ['a name beside them stays', ['Mira is Awesome, and later Quillon betrays her.', 'Mira is Awesome though Quillon lies.'], ['Mira', 'Quillon']],
];

describe('a capitalised ordinary word is no name', () => {
  it.each(ordinary)('%s', async (_, texts, names) => {
    expect(namesOf(await entitiesOf(texts))).toEqual(names);
  });
});

describe('hostile words', () => {
  it('a capitalised word longer than any name is no weak form, and is read fast', async () => {
    const long = `Q${'x'.repeat(1999)}`;
    const texts = Array.from({ length: 20 }, (_, i) => `Mira saw ${Array.from({ length: 50 }, () => long).join(' and ')} in part ${i}.`);
    const t = performance.now();
    expect(namesOf(await entitiesOf(texts))).toEqual(['Mira']);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});

const notMidSentence: Array<[string, string[], string[]]> = [
  ['bulleted headings', ['Mira rules.\n- Gorgeous Visuals\n- Weak Pacing', 'Mira rules.\n* Gorgeous Visuals\n* Weak Pacing'], ['Mira']],
  ['after a semicolon or a dash', ['Mira is fine; Honestly it drags.', 'Mira is fine - Honestly it drags.'], ['Mira']],
  ['the first word of a quotation', ['Mira said "Never give up" twice.', 'Mira shouts "Never again" at him.'], ['Mira']],
  ['a name mid-sentence beside them still counts', ['Mira is fine; later Quillon lies.', '- Mira trusts Quillon'], ['Mira', 'Quillon']],
];

describe('a word capitalised because it starts an item, a clause or a quotation is no weak form', () => {
  it.each(notMidSentence)('%s', async (_, texts, names) => {
    expect(namesOf(await entitiesOf(texts))).toEqual(names);
  });
});

const otherTitles: Array<[string, string, string[]]> = [
  ['a first name of another work’s title', 'Harry Potts', ['Harry Venn', 'Mira']],
  ['a word of another work’s title the reviews write in lower case', 'The Lost Meadow', ['Meadow Venn', 'Mira']],
  ['a distinctive word of another work’s title', 'Venn Chronicles', ['Mira']],
  ['the whole name as another work’s title', 'Harry Venn', ['Mira']],
];

describe('another work’s title blocks a weak form only as a whole or by a distinctive word', () => {
  it.each(otherTitles)('%s', async (_, title, names) => {
    const name = names.find((n) => n !== 'Mira') ?? 'Harry Venn';
    const texts = [`Mira travels far, and later ${name} betrays her by the meadow.`, `I liked Mira, though ${name} lies a lot at the meadow.`];
    expect(namesOf(await entitiesOf(texts, { others: [{ work: title, text: 'A fine show.' }] }))).toEqual(names);
  });
});

const titled: Array<[string, string[], string[]]> = [
  ['a title with a period', ['Mira travels far, and later Mr. Quillon betrays her.', 'I liked Mira, though Mr. Quillon lies a lot.'], ['Mira', 'Quillon']],
  ['a title without a period', ['Mira travels far, and later Mr Quillon betrays her.', 'I liked Mira, though Mr Quillon lies a lot.'], ['Mira', 'Quillon']],
  ['an initial', ['Mira travels far, and later J. Ferro betrays her.', 'I liked Mira, though J. Ferro lies a lot.'], ['Ferro', 'Mira']],
];

describe('a name after a title or an initial is still a weak form', () => {
  it.each(titled)('%s', async (_, texts, names) => {
    expect(namesOf(await entitiesOf(texts))).toEqual(names);
  });
});

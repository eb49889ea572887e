import { describe, expect, it } from 'vitest';
import { readWords, WordList } from '../src/index-build/capitalised-words';
import { hashOf, MAX_LOWER_WORD_LENGTH, WordCounts } from '../src/index-build/word-counts';
import { buildIndex } from '../src/review-index';
import { codePointAt, isLetterOrDigitCode, isLowerCode } from '../src/text/code-classes';
import { flat, fnv1a, FNV_OFFSET, fnvStep, mix32 } from '../src/text/hash';
import { textAnalysisOf } from './helpers/index-docs';

/** The capitalised words `readWords` finds in `text`, and the counts of the lower-case words asked. */
function read(text: string, asked: string[]): { capitalised: string[]; counts: Record<string, number> } {
  const counts = new WordCounts();
  const words = readWords(text, counts);
  const capitalised = Array.from({ length: words.length }, (_, i) => text.slice(words.start(i), words.end(i)));
  return { capitalised, counts: Object.fromEntries(asked.map((w) => [w, counts.get(w)])) };
}

const scans: Array<[string, string, string[], Record<string, number>]> = [
  ['plain words, one repeated', 'Then Oskar met the ferryman and the ferryman left.', ['Then', 'Oskar'], { the: 2, ferryman: 2, met: 1, left: 1, oskar: 0 }],
  ['a hyphen holds inside a capitalised word, not before a lower-case one', 'Spider-Man and well-known K2-X9 fans', ['Spider-Man', 'K2-X9'], { well: 1, known: 0, fans: 1 }],
  ['no word starts after an apostrophe, straight or curly', "Oskar's boat, it’s Brann’s too, don't", ['Oskar', 'Brann'], { s: 0, t: 0, don: 1, it: 1, too: 1 }],
  ['digits go on a lower-case word but start none', 'season2 and 2nd and x9y', [], { season2: 1, nd: 0, and: 2, x9y: 1 }],
  ['a word does not start right after a letter or a digit', 'MacGuffin aBc 7up', ['MacGuffin'], { up: 0, a: 1, c: 0 }],
  ['letters beyond ASCII', 'Émile saw the élan of Ōtsuki, naïve ñandú', ['Émile', 'Ōtsuki'], { élan: 1, naïve: 1, ñandú: 1, saw: 1 }],
  ['a letter beyond the basic plane', 'the 𝐚bc word and 𝐀lpha', ['𝐀lpha'], { '𝐚bc': 1, word: 1 }],
  ['a word longer than the longest counted', `a ${'z'.repeat(MAX_LOWER_WORD_LENGTH + 1)} and ${'y'.repeat(MAX_LOWER_WORD_LENGTH)}`, [], { ['z'.repeat(MAX_LOWER_WORD_LENGTH + 1)]: 0, ['y'.repeat(MAX_LOWER_WORD_LENGTH)]: 1, a: 1 }],
];

describe('readWords: capitalised words found and lower-case words counted in one pass', () => {
  it.each(scans)('%s', (_, text, capitalised, counts) => {
    expect(read(text, Object.keys(counts))).toEqual({ capitalised, counts });
  });

  it('a list given is emptied and refilled: it holds the last text\'s words only, past its first buffer too', () => {
    const list = new WordList();
    const long = Array.from({ length: 300 }, (_, i) => `Quay${i}`).join(' ');
    expect(readWords(long, undefined, list)).toBe(list);
    expect([list.length, long.slice(list.start(299), list.end(299))]).toEqual([300, 'Quay299']);
    readWords('then Brisa sailed with Tomas', undefined, list);
    expect(Array.from({ length: list.length }, (_, i) => [list.start(i), list.end(i)])).toEqual([
      [5, 10],
      [23, 28],
    ]);
  });

  it('counts across texts add up, and a capitalised word is not counted as its lower-case form', () => {
    const counts = new WordCounts();
    readWords('the harbour and the tide', counts);
    readWords('The harbour, then the harbour again', counts);
    expect(['the', 'harbour', 'tide', 'then', 'again', 'The'].map((w) => counts.get(w))).toEqual([3, 3, 1, 1, 1, 0]);
  });
});

/** Words `w0` … written `uses(i)` times each, in the order given. */
const corpus = (n: number, uses: (i: number) => number): string[] => Array.from({ length: n }, (_, i) => Array.from({ length: uses(i) }, () => `w${i}x`).join(' '));

describe('WordCounts past its cap', () => {
  const texts = corpus(300, (i) => 1 + (i % 5));
  const counted = (order: string[]): number[] => {
    const counts = new WordCounts(64);
    for (const t of order) readWords(t, counts);
    return Array.from({ length: 300 }, (_, i) => counts.get(`w${i}x`));
  };
  const forward = counted(texts);

  it('keeps at most the cap of words, each counted in full', () => {
    const kept = forward.map((n, i) => [i, n] as const).filter(([, n]) => n > 0);
    expect(kept.length).toBeGreaterThan(16);
    expect(kept.length).toBeLessThanOrEqual(64);
    for (const [i, n] of kept) expect(n).toBe(1 + (i % 5));
  });

  it('a table that halves its limit after a larger one did reads none of the larger one\'s words', () => {
    // The first table halves its limit at a larger size, the second at a smaller one: each
    // keeps only its own words, each counted in full.
    const large = new WordCounts(256);
    for (let i = 0; i < 2000; i++) readWords(`big${i}y big${i}y`, large);
    const small = new WordCounts(16);
    for (const t of corpus(120, (i) => 1 + (i % 3))) readWords(t, small);
    const kept = Array.from({ length: 120 }, (_, i) => [i, small.get(`w${i}x`)] as const).filter(([, n]) => n > 0);
    expect(kept.length).toBeGreaterThan(4);
    expect(kept.length).toBeLessThanOrEqual(16);
    for (const [i, n] of kept) expect(n).toBe(1 + (i % 3));
    expect(Array.from({ length: 2000 }, (_, i) => small.get(`big${i}y`)).filter((n) => n > 0)).toEqual([]);
    const bigKept = Array.from({ length: 2000 }, (_, i) => large.get(`big${i}y`)).filter((n) => n > 0);
    expect(bigKept.length).toBeGreaterThan(64);
    expect(new Set(bigKept)).toEqual(new Set([2]));
  });

  it('keeps the same words with the same counts in any order of the texts', () => {
    const shuffled = texts.map((t, i) => [(i * 7919) % 300, t] as const).sort((a, b) => a[0] - b[0]).map(([, t]) => t);
    expect(counted([...texts].reverse())).toEqual(forward);
    expect(counted(shuffled)).toEqual(forward);
  });
});

/** Reviews of one work, each with its id and text, every analysis accepting "Mira". */
const reviews = [
  'Mira sails the Salt Road, and later Quillon betrays her at the harbour.',
  'I liked Mira, though the scene where Quillon lies drags on.',
  'Mira rides a Voskel now and again; the voskel of the hills is wild.',
  'Mira tames the wild Voskel, finally, while Quillon watches.',
  'Mira is Amazing here, and the sea is amazing too.',
].map((text, i) => ({ id: `d${i}`, work: 'The Salt Road', analysis: textAnalysisOf(text, ['Mira']), text }));

type Index = Awaited<ReturnType<typeof buildIndex>>;

/** `index` with each entity's document ids sorted: they are listed in input order. */
const idsSorted = (index: Index): Index => ({
  ...index,
  works: index.works.map((w) => ({
    ...w,
    characters: w.characters.map((c) => ({ ...c, documentIds: [...c.documentIds].sort() })),
    people: w.people.map((p) => ({ ...p, documentIds: [...p.documentIds].sort() })),
  })),
});

describe('code-point classes', () => {
  const cases: Array<[string, boolean, boolean]> = [
    ['q', true, true], ['Q', false, true], ['7', false, true], ['-', false, false], ['é', true, true],
    ['Ō', false, true], ['٣', false, true], ['𝐚', true, true], ['𝐀', false, true], ['😀', false, false], ['中', false, true],
  ];
  it.each(cases)('%s: lower %s, letter or digit %s', (ch, lower, letterOrDigit) => {
    const cp = codePointAt(ch, 0);
    expect(cp).toBe(ch.codePointAt(0));
    expect([isLowerCode(cp), isLetterOrDigitCode(cp)]).toEqual([lower, letterOrDigit]);
  });

  it('a lone surrogate reads as itself', () => {
    expect(codePointAt('\ud835x', 0)).toBe(0xd835);
    expect(codePointAt('x\ud835', 1)).toBe(0xd835);
  });
});

describe('the shared FNV-1a hash', () => {
  // Published FNV-1a 32-bit test vectors.
  it.each([['', 0x811c9dc5], ['a', 0xe40c292c], ['foobar', 0xbf9cf968]] as const)('fnv1a(%j)', (s, h) => {
    expect(fnv1a(s)).toBe(h);
    expect([...s].reduce((acc, c) => fnvStep(acc, c.charCodeAt(0)), FNV_OFFSET) >>> 0).toBe(h);
  });

  it('a word is kept under its mixed hash; a flat copy reads the same', () => {
    expect(hashOf('harbour')).toBe(mix32(fnv1a('harbour')));
    expect(mix32(0)).toBe(0);
    expect(flat('the harbour'.slice(4))).toBe('harbour');
  });
});

describe('WordCounts under words sharing one hash', () => {
  it('keeps the cap of them and takes no more, instead of halving its limit away', () => {
    const counts = new WordCounts(4);
    const text = Array.from({ length: 40 }, (_, i) => `c${i}q`).join(' ');
    // Every word given hash 0, as a crafted set of FNV collisions would be.
    for (let i = 0; i < 40; i++) {
      const start = i === 0 ? 0 : text.indexOf(` c${i}q`) + 1;
      counts.add(text, start, start + `c${i}q`.length, 0);
    }
    expect(counts.kept).toBe(4);
    counts.add('c0q', 0, 3, 0);
    counts.add('zz', 0, 2, hashOf('zz'));
    expect(counts.kept).toBe(4);
    expect(counts.get('zz')).toBe(0);
  });
});

describe('reversed reviews, with no cap reached and every form accepted in the first documents', () => {
  it('give the same entities, forms, counts, kinds and ids; only the listing of document ids follows the input', async () => {
    const forward = idsSorted(await buildIndex(reviews));
    expect(forward.works[0]?.characters.map((c) => [c.name, c.documents, c.documentIds])).toEqual([
      ['Mira', 5, ['d0', 'd1', 'd2', 'd3', 'd4']],
      ['Quillon', 3, ['d0', 'd1', 'd3']],
    ]);
    expect(idsSorted(await buildIndex([...reviews].reverse()))).toEqual(forward);
  });
});

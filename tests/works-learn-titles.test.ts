import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without types
import { corpusDocuments, learnTitles, readSkipList } from '../scripts/learn-work-titles.mjs';
import { BAND_MEMBER_NOUNS, BAND_NOUNS } from '../src/data/work-cues';
import { titleReadsAsHero } from '../src/stages/4-works/5-hero-mentions';
import { learnedTitleFault } from '../src/stages/4-works/learned-titles';

/** A made-up corpus: two news files and a CSV of reviews grouped by work. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-learn-'));
  for (const sub of ['news/bbc-entertainment', 'blogs', 'web', 'reviews', 'reviews-by-work']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'news/bbc-entertainment/a.txt'), 'We saw "Moon Harbour" twice.');
  writeFileSync(join(dir, 'news/bbc-entertainment/b.txt'), 'Fans loved "Moon Harbour" again.');
  writeFileSync(join(dir, 'news/bbc-entertainment/held-out.txt'), 'Critics hated "Glass Orchard" at once.');
  writeFileSync(join(dir, 'reviews/imdb-first-999.csv'), 'review,sentiment\n"I watched ""Glass Orchard"" today.",positive\n"Nothing named here.",negative\n');
  writeFileSync(join(dir, 'reviews-by-work/imdb-films.csv'), 'work,work_en,review\nRiver Clock,River Clock,"""River Clock"" bored me."\nRiver Clock,River Clock,"I liked River Clock."\n');
  return dir;
}

/** Stands in for the works stage: the titles in double quote marks. */
const quoted = (text: string): string[] => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);

describe('learn-work-titles: documents the skip list names are never read', () => {
  const dir = corpus();
  const skip = readSkipList('# held out\nnews/bbc-entertainment/held-out.txt\nreviews/imdb-first-999.csv 0\n');
  const cases: { name: string; skip: typeof skip; learned: string[]; unread: string[] }[] = [
    { name: 'with the skip list', skip, learned: ['Moon Harbour', 'River Clock'], unread: ['news/bbc-entertainment/held-out.txt', 'reviews/imdb-first-999.csv 0'] },
    { name: 'without it', skip: readSkipList(''), learned: ['Glass Orchard', 'Moon Harbour', 'River Clock'], unread: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const docs = [...corpusDocuments(dir, c.skip)];
      const names = docs.map((d: { name: string }) => d.name);
      for (const u of c.unread) expect(names).not.toContain(u);
      expect(names).toContain('reviews/imdb-first-999.csv 1');
      expect(learnTitles(docs, quoted).titles).toEqual(c.learned);
    });
  }
  it('a malformed skip line is a clear error', () => {
    expect(() => readSkipList('reviews/imdb-first-999.csv row-two\n')).toThrow(/^review-lens: expected a corpus file/);
  });
});

describe('learn-work-titles: shape faults of a title', () => {
  const cases: [string, string | undefined][] = [
    ['Most Moon Harbour', 'lead'],
    ['Your Moon Harbour', undefined],
    ['But Moon Harbour', 'lead'],
    ['The Quiet Harbour from Norway', 'place'],
    ['IV: Return of the Clocks', 'part'],
    ['Mary Harbour', 'person'],
    ['Grade: B', 'label'],
    ['The Osbournes', 'excluded'],
    ['Moon Harbour', undefined],
    ['The Mary Harbour', undefined],
    ['Life in Pieces', undefined],
  ];
  for (const [title, fault] of cases) it(`${title} -> ${fault ?? 'kept'}`, () => expect(learnedTitleFault(title)).toBe(fault));
});

describe('learn-work-titles: a title read as its hero in one text', () => {
  const cases: [string, string, boolean][] = [
    ['In the end Zorvath killed the king.', 'Zorvath', true],
    ["We learn about Zorvath's childhood.", 'Zorvath', true],
    ['Zorvath himself never says so.', 'Zorvath', true],
    ['I watched Zorvath twice.', 'Zorvath', false],
    ['Zorvath died down after a season.', 'Zorvath', false],
    ['Zorvath Kelm killed the king.', 'Zorvath', false],
    ['The Zorvathian king died.', 'Zorvath', false],
  ];
  for (const [text, title, hero] of cases) it(`${text} -> ${hero}`, () => expect(titleReadsAsHero(text, title)).toBe(hero));
});

describe('learn-work-titles: corpus evidence against a title', () => {
  const docs = (texts: string[]) => texts.map((text) => ({ name: '', text, own: [] as string[] }));
  it('a band noun beside it drops it', () => {
    const texts = ['pop group "Velvet Kites" toured.', 'They praised "Velvet Kites" today.', '"Moon Harbour" aired.', 'I saw "Moon Harbour" again.'];
    const out = learnTitles(docs(texts), quoted, { bandNouns: BAND_NOUNS, memberNouns: BAND_MEMBER_NOUNS });
    expect(out.titles).toEqual(['Moon Harbour']);
  });
  it('a band member noun after it drops it', () => {
    const texts = ['"Velvet Kites" singer Ann left.', 'They praised "Velvet Kites" today.'];
    expect(learnTitles(docs(texts), quoted, { bandNouns: BAND_NOUNS, memberNouns: BAND_MEMBER_NOUNS }).titles).toEqual([]);
  });
  it('a piece after a word of a longer title, and an article before a kept title, are dropped', () => {
    const texts = ['"Kat\'s Odd Voyage" and "Odd Voyage" and "Moon Harbour" and "The Moon Harbour"', 'again "Kat\'s Odd Voyage", "Odd Voyage", "Moon Harbour", "The Moon Harbour"'];
    expect(learnTitles(docs(texts), quoted).titles).toEqual(["Kat's Odd Voyage", 'Moon Harbour']);
  });
  it('a title of common words needs a higher cued share', () => {
    // "one" and "night" are written in lower case in most documents: a phrase, cued in 2 of the 6 that write it.
    const bare = Array.from({ length: 4 }, (_, i) => `we met One Night ${i} times`);
    const plain = Array.from({ length: 8 }, (_, i) => `one night ${i} we met`);
    const texts = ['"One Night" aired.', 'I saw "One Night" too.', ...bare, ...plain];
    expect(learnTitles(docs(texts), quoted).titles).toEqual([]);
    expect(learnTitles(docs(texts), quoted, { commonShare: 0.2 }).titles).toEqual(['One Night']);
  });
  // Fans name a title they all know bare far more often than they cue it: enough documents that cue
  // it stand for the share, unless its words are common or most of them write a longer title holding it.
  const widely = (title: string, cuedDocs: number, bareDocs: number, longer = ''): string[] => [
    ...Array.from({ length: cuedDocs }, (_, i) => `we rewatched "${title}" ${longer} in week ${i}`),
    ...Array.from({ length: bareDocs }, (_, i) => `${title} was on again, day ${i}`),
  ];
  const wideCases: { name: string; texts: string[]; learned: string[] }[] = [
    { name: 'cued in four documents of forty writing it', texts: widely('Zorvath', 4, 36), learned: ['Zorvath'] },
    { name: 'cued in three documents of thirty writing it', texts: widely('Zorvath', 3, 27), learned: [] },
    { name: 'cued in four documents of a hundred writing it', texts: widely('Zorvath', 4, 96), learned: [] },
    { name: 'cued in four documents, the title of common words', texts: [...widely('Week Day', 4, 36), ...Array.from({ length: 60 }, (_, i) => `a week day ${i}`)], learned: [] },
    { name: 'cued in four documents that each write a longer title holding it', texts: [...widely('Zorvath', 4, 36, 'and "Zorvath Kelm"')], learned: ['Zorvath Kelm'] },
  ];
  for (const c of wideCases) it(`a title named bare in most documents: ${c.name}`, () => expect(learnTitles(docs(c.texts), quoted).titles).toEqual(c.learned));
  // A title that is its hero's name: documents where it acts as a being stand against the wide path.
  const heroCases: { name: string; heroDocs: number; learned: string[] }[] = [
    { name: 'no document names it as a being', heroDocs: 0, learned: ['Zorvath'] },
    { name: 'one document names it as a being, an eighth of the eight cueing it', heroDocs: 1, learned: ['Zorvath'] },
    { name: 'two documents name it as a being, a quarter of the eight cueing it', heroDocs: 2, learned: [] },
  ];
  for (const c of heroCases) {
    it(`a title named bare in most documents: ${c.name}`, () => {
      const texts = widely('Zorvath', 8, 72).map((t, i) => (i >= 8 && i < 8 + c.heroDocs ? `${t}. Later Zorvath vowed revenge` : t));
      expect(learnTitles(docs(texts), quoted, { readsAsHero: titleReadsAsHero }).titles).toEqual(c.learned);
    });
  }
  it('a title with an article stays when its bare form is only a piece of a longer title', () => {
    const one = '"Sky Saga: The Odd Voyage", "Odd Voyage" and "The Odd Voyage"';
    expect(learnTitles(docs([one, `again ${one}`]), quoted).titles).toEqual(['Sky Saga: The Odd Voyage', 'The Odd Voyage']);
  });
});

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const devPresent = existsSync(join(SHARED, 'dev', 'texts')) && existsSync(join(SHARED, 'corpus', 'reviews', 'imdb-first-999.csv'));
const devTitle = devPresent
  ? 'the skip list names the very CSV rows the development reviews were taken from'
  : `the skip list names the development reviews' rows: skipped, ${join(SHARED, 'dev')} is not beside this checkout`;

describe.skipIf(!devPresent)(devTitle, () => {
  it('every imdb-row file of ../shared/dev is the review of a data row the skip list names', () => {
    const skip = readSkipList(readFileSync(join(import.meta.dirname, '..', 'scripts', 'learn-work-titles.skip.txt'), 'utf8'));
    const skipped: Set<number> = skip.rows.get('reviews/imdb-first-999.csv') ?? new Set();
    const docs = [...corpusDocuments(join(SHARED, 'corpus'))].filter((d: { name: string }) => d.name.startsWith('reviews/imdb-first-999.csv '));
    const rowOf = new Map<string, number>(docs.map((d: { name: string; text: string }) => [d.text, Number(d.name.split(' ')[1])]));
    const devFiles = readdirSync(join(SHARED, 'dev', 'texts')).filter((f) => f.startsWith('imdb-row-'));
    expect(devFiles.length).toBeGreaterThan(0);
    const unskipped = devFiles.filter((f) => {
      // The labelled files keep the CSV's raw line breaks; the learner reads them as paragraph breaks.
      const row = rowOf.get(readFileSync(join(SHARED, 'dev', 'texts', f), 'utf8').replace(/<br \/><br \/>/g, '\n\n'));
      return row === undefined || !skipped.has(row);
    });
    expect(unskipped).toEqual([]);
  });
});

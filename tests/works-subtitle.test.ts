import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { subtitleOf } from '../src/stages/4-works/5-subtitle';

/** Each work's title and aliases in `text`. */
const forms = (text: string): string[][] => analyzeReview(text).works.map((w) => [w.title, ...w.aliases]);

/** Every character's and person's name and alias in `text`. */
const names = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].flatMap((e) => [e.name, ...e.aliases]);
};

describe("a title's subtitle", () => {
  it.each([
    { title: 'Harbour Tales: Salt Road', head: 'Harbour Tales', sub: 'Salt Road' },
    { title: 'Kestrel Nine - The Long Winter', head: 'Kestrel Nine', sub: 'The Long Winter' },
    { title: 'Kestrel Nine – Ashfall', head: 'Kestrel Nine', sub: 'Ashfall' },
  ])('$title', ({ title, head, sub }) => {
    expect(subtitleOf(title)).toEqual({ head, sub });
  });

  it.each([
    // No colon or spaced dash.
    'Harbour Tales',
    // Not capitalised after the colon.
    'Harbour Tales: and more',
    // An article alone.
    'Harbour Tales: The',
    // Five words are a sentence more than a subtitle.
    'Harbour Tales: One Two Three Four Five',
  ])('%s has none', (title) => {
    expect(subtitleOf(title)).toBeNull();
  });
});

describe("a title's subtitle written alone is the same work", () => {
  it.each([
    // Mid-sentence, twice.
    {
      text: 'I finally saw Harbour Tales: Salt Road last night. Honestly Salt Road is the best entry yet, and the pacing of Salt Road never drags.',
      work: ['Harbour Tales: Salt Road', 'Salt Road'],
    },
    // A spaced dash before the subtitle, led by an article.
    {
      text: 'We rented the film Kestrel Nine - The Long Winter, and by the end I thought The Long Winter was better than the first one.',
      work: ['Kestrel Nine - The Long Winter', 'The Long Winter'],
    },
    // A possessive after the lone subtitle.
    {
      text: 'The anime Lantern Isle: Driftwood ran for two years. I liked how Driftwood handled its villains, and Driftwood’s music is great.',
      work: ['Lantern Isle: Driftwood', 'Driftwood'],
    },
    // A one-word subtitle, written in capitals as the reviewer shouts it.
    {
      text: 'The new film Kestrel Nine: Ashfall opens today. I knew ASHFALL would be loud, but not this loud.',
      work: ['Kestrel Nine: Ashfall', 'ASHFALL'],
    },
  ])('$text', ({ text, work }) => {
    const got = forms(text);
    expect(got).toContainEqual(work);
    expect(names(text)).not.toContain(work[1]);
  });

  it("takes the initials' mentions of a work found under the subtitle alone along", () => {
    const text = 'I saw the film Lantern Isle: Salt and Stone Road today. The trailer for "Salt and Stone Road" looked cheap, but Salt and Stone Road is great and SASR is my pick of the year.';
    const got = forms(text);
    expect(got).toContainEqual(['Lantern Isle: Salt and Stone Road', 'Salt and Stone Road', 'SASR']);
    expect(got.map((f) => f[0])).not.toContain('SASR');
  });

  it('joins a work found under the subtitle alone to the full title', () => {
    const text = 'I watched the film Harbour Tales: Salt Road twice. Critics said "Salt Road" was slow, but I think Salt Road is a gem.';
    const got = forms(text);
    expect(got).toContainEqual(['Harbour Tales: Salt Road', 'Salt Road']);
    expect(got.flat().filter((f) => f === 'Salt Road')).toHaveLength(1);
  });
});

describe('a subtitle written alone that is no mention of the work', () => {
  it.each([
    // The text writes it in lower case too: a common phrase.
    { text: 'The film Kestrel Nine: Ashfall is grim. Heavy ashfall covers the town, and Ashfall hits hard.', full: 'Kestrel Nine: Ashfall', alone: 'Ashfall' },
    // A part of the story: an arc.
    { text: 'The anime Lantern Isle: Tempest is long. I loved the Tempest arc, and the Tempest fights most.', full: 'Lantern Isle: Tempest', alone: 'Tempest' },
    // A series: a numbered sequel shares the name.
    { text: 'The film Quiet Lake: Harbour Park came out in the summer. Harbour Park III was worse, and the original Harbour Park is still king.', full: 'Quiet Lake: Harbour Park', alone: 'Harbour Park' },
    // A label before a colon and the sentence it opens: the full title is written nowhere else.
    { text: 'Pacing: Harbour Road is slow in the middle. Still, I think Harbour Road is worth it.', full: null, alone: 'Harbour Road' },
    // Only where a sentence opens.
    { text: 'The film Kestrel Nine: Ashfall came out. Ashfall is loud. Ashfall is long.', full: 'Kestrel Nine: Ashfall', alone: 'Ashfall' },
    // After an article and one word: a noun phrase, someone in the story here.
    { text: 'The film Kestrel Nine: Iron Warden is long. Ann learns she is not the only Iron Warden left.', full: 'Kestrel Nine: Iron Warden', alone: 'Iron Warden' },
    // An actor's part.
    { text: 'I loved the series Baker Street Files: Sherlock Holmes. Ann Vale was fine as Sherlock Holmes in it.', full: 'Baker Street Files: Sherlock Holmes', alone: 'Sherlock Holmes' },
  ])('$text', ({ text, full, alone }) => {
    const got = forms(text);
    if (full !== null) expect(got.map((f) => f[0])).toContain(full);
    for (const f of got) if (f[0] !== alone) expect(f).not.toContain(alone);
  });
});

describe('how many subtitled titles are looked for alone', () => {
  /** `count` subtitled films, each named again by its subtitle alone, the k-th subtitle `Salt Road Nk`. */
  const films = (count: number): string =>
    Array.from({ length: count }, (_, k) => `I watched the film "Harbour ${k}: Salt Road N${k}" and later Salt Road N${k} again.`).join(' ');

  it('reads the subtitles of the first sixteen subtitled titles alone, not those after', () => {
    const text = films(17);
    const got = forms(text);
    expect(got).toContainEqual(['Harbour 0: Salt Road N0', 'Salt Road N0']);
    expect(got).toContainEqual(['Harbour 15: Salt Road N15', 'Salt Road N15']);
    expect(got.find((f) => f[0] === 'Harbour 16: Salt Road N16')).toEqual(['Harbour 16: Salt Road N16']);
  });
});

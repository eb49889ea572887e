import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { contractProblems } from './helpers/invariants';

const headings = (text: string) => analyzeReview(text).sections.map((s) => s.heading && [s.heading.kind, s.heading.text]);

describe('sections', () => {
  it('makes the first line the title and the heading of the first section', () => {
    const a = analyzeReview('My Review of Squid Game\n\nIt was good.\n\nThe Ending\n\nIt was sad.');
    expect(a.title).toMatchObject({ text: 'My Review of Squid Game', kind: 'title', start: 0 });
    expect(headings('My Review of Squid Game\n\nIt was good.\n\nThe Ending\n\nIt was sad.')).toEqual([
      ['title', 'My Review of Squid Game'],
      ['heading', 'The Ending'],
    ]);
  });
  it('has no title when the text starts with prose', () => {
    const a = analyzeReview('I loved this show so much.\n\nThe Ending\n\nIt was sad.');
    expect(a.title).toBeNull();
    expect(a.sections[0]?.heading).toBeNull();
    expect(a.sections.map((s) => s.paragraphs.length)).toEqual([1, 1]);
  });
  it('reads markdown headings without their marks, and setext underlines', () => {
    expect(headings('# Drama Log\n\nIntro text here.\n\n## Why I liked it?\n\nBecause.\n\nCast Notes\n----------\n\nGood cast.')).toEqual([
      ['title', 'Drama Log'],
      ['question', 'Why I liked it?'],
      ['heading', 'Cast Notes'],
    ]);
  });
  it('keeps a lone title-like colon line a heading, and script lines beside each other dialogue', () => {
    expect(headings('Intro\n\nText here.\n\nBatman: The Animated Series\n\nMore text.')).toEqual([
      ['title', 'Intro'],
      ['heading', 'Batman: The Animated Series'],
    ]);
    const a = analyzeReview('Scene\n\nCheong-San : Gyeong-So\nGyeong-So : Yes, what?');
    expect(a.sections).toHaveLength(1);
    expect(a.quotes.map((q) => q.kind)).toEqual(['dialogue', 'dialogue']);
  });
  it('repeats of the title are headings', () => {
    expect(headings('Everything About Dramas\n(Credit: Netflix)\n\nEverything About Dramas\n\nText.')).toEqual([
      ['title', 'Everything About Dramas'],
      ['heading', 'Everything About Dramas'],
    ]);
  });
  it('splits paragraphs at blank lines and <br /><br />', () => {
    const text = 'First part of a review.<br /><br />Second part of it.<br />Same paragraph.';
    const a = analyzeReview(text);
    expect(a.sections[0]?.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['First part of a review.', 'Second part of it.<br />Same paragraph.']);
  });
  it('trims trailing no-break spaces from a heading and keeps offsets exact', () => {
    const text = 'Title Here\n\nIntro.\n\nHow many episodes did it have?\u00a0\n\nTwelve.';
    const a = analyzeReview(text);
    const h = a.sections[1]?.heading;
    expect(h?.text).toBe('How many episodes did it have?');
    expect(text.slice(h?.start, h?.end)).toBe(h?.text);
    expect(contractProblems(text, a)).toEqual([]);
  });
  it.each(['', '   \n\n  ', '\uFEFF', 'x', '???', '“', '— : —'])('keeps the contract on %j', (text) => {
    expect(contractProblems(text, analyzeReview(text))).toEqual([]);
  });
});

describe('markup and control characters belong to a section', () => {
  it.each(['<br /><br />Only markup before.', 'Text then markup.<br /><br />', 'Intro\n\nA\u0007b.\n\nThe End\n\nText.<br />', '<br />'])('%j', (text) => {
    expect(contractProblems(text, analyzeReview(text))).toEqual([]);
  });
});

describe('blog conventions', () => {
  const post = '---\ntitle: "Movie Log 2 - The Great Gatsby"\ndate: 2019-01-07\ncategories:\n- reviews & thoughts\n- movie\ntags:\n- 7\n---\n\nI watched *The Great Gatsby* again. Gatsby told Nick a story.\n\n### *My Mister*\n\nNote: this one is slow.\n\nMr Gatsby would approve of Gatsby, and Nick agrees.';
  const a = analyzeReview(post);
  it('takes the title from YAML front matter and reads no headings in it', () => {
    expect(a.title).toMatchObject({ text: 'Movie Log 2 - The Great Gatsby', kind: 'title' });
    expect(post.slice(a.title?.start, a.title?.end)).toBe('Movie Log 2 - The Great Gatsby');
    expect(a.sections.map((s) => s.heading?.text)).toEqual(['Movie Log 2 - The Great Gatsby', 'My Mister']);
    expect(contractProblems(post, a)).toEqual([]);
  });
  it('reads a lone --- rule as no front matter', () => {
    const b = analyzeReview('\n---\n\n## Intro\n\nText here.\n\n---\n\n## Outro\n\nMore.');
    expect(b.sections.map((s) => s.heading?.text ?? null)).toEqual([null, 'Intro', 'Outro']);
  });
  it('takes titles in markdown emphasis for works, not URLs or inner underscores', () => {
    expect(a.works.map((w) => w.title)).toEqual(['The Great Gatsby', 'My Mister']);
    expect(analyzeReview('See https://x.com/915h9Q3ds-L._RI_.jpg and snake_Case_Thing here.').works).toEqual([]);
  });
  it('reads "Note: …" as a label, not a script line', () => {
    expect(a.quotes.filter((q) => q.kind === 'dialogue')).toEqual([]);
  });
  it('merges an honorific form with the lone name', () => {
    expect(a.characters.map((c) => [c.name, c.aliases])).toEqual([
      ['Mr Gatsby', ['Gatsby']],
      ['Nick', []],
    ]);
  });
});

describe('long runs without white space', () => {
  it('keeps the contract and the words of a 20,000-character line', () => {
    const text = `Intro\n\n${'abcdefghij'.repeat(2000)} and “a quote” after it.`;
    const a = analyzeReview(text);
    expect(contractProblems(text, a)).toEqual([]);
    expect(a.quotes.map((q) => q.text)).toEqual(['a quote']);
    expect(a.stats.words).toBe(7);
  });
});

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
    const text = 'Title Here\n\nIntro.\n\nHow many episodes did it have?\u00a0\n\nTwelve.\n\nWhere can I watch all of them?\n\nOn the channel website.';
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

describe('headings read against the lines around them', () => {
  const headingsOf = (text: string): string[] => analyzeReview(text).sections.flatMap((s) => (s.heading && s.heading.kind !== 'title' ? [s.heading.text] : []));
  it.each([
    [
      'numbered headings over their paragraphs',
      'My Review\n\nI. Summary\nThe synopsis is short and the show is long.\n\nII. Analysis\nThe writing is careful and the acting strong.',
      ['I. Summary', 'II. Analysis'],
    ],
    [
      'a numbered list is a list, not headings',
      'My Review\n\nWhat I liked about it, in order.\n\n1. The Cast\n2. The Music\n3. The Ending\n\nThat is all from me.',
      [],
    ],
    [
      'numbered items apart by blank lines are still a list',
      'My Review\n\nThe parts I enjoyed most.\n\n1. The Cast\n\n2. The Music\n\nThat is all from me.',
      [],
    ],
    [
      'a question closing a paragraph of prose is prose',
      'My Review\n\nThe plot drags in the middle and the villain never scares.\nWhy would anyone film it this way?\n\nThe ending is better than the start.',
      [],
    ],
    [
      'a question closing the text is prose',
      'My Review\n\nThe plot drags in the middle and the villain never scares.\n\nWhy would anyone film it this way?',
      [],
    ],
    [
      'a question standing over its answer is a heading',
      'My Review\n\nWho did you watch it with?\n\nI watched it with my brother over two nights.',
      ['Who did you watch it with?'],
    ],
    [
      'a colon line that ends a paragraph is prose',
      'My Review\n\nThe director explains the idea in the notes\nand sums it up in a short list:\n\n- fear\n- hope',
      [],
    ],
    [
      'a sentence ending in a colon before a quote is prose',
      'My Review\n\nThe best line of the film comes from the old teacher:\n\n“Hope is more important now than logic.”',
      [],
    ],
    [
      'a short colon heading over a list stays a heading',
      'My Review\n\nPros:\n\n- the cast\n- the music\n\nCons:\n\n- the length',
      ['Pros:', 'Cons:'],
    ],
    [
      'numbered lines over indented notes are headings; the indented question is no heading',
      'My Review\n\n1. The Opening Episode\n\n    Why did they not explain the rules?\n\n2. The Second Episode\n\n    It is slower.',
      ['1. The Opening Episode', '2. The Second Episode'],
    ],
    [
      'a name under a short sign-off is a signature, not a heading',
      'My Review\n\nThe film wastes a fine cast on a thin script.\n\nBest wishes,\n\nMarta Olsen\n\nP.S. Skip the sequel too.',
      [],
    ],
    [
      'title-like lines one after another with no prose under them are a list',
      'Award Night\n\nThe shortlist for best drama was read out on stage.\n\nHarbour Lights (Northern Films, Channel 9)\n\nThe Quiet Field (Blue Door, Channel 4)\n\nSalt and Iron (Kestrel Pictures, BBC Two)\n\nThe winner will be named in March.',
      [],
    ],
    [
      'a line over a list of parts is no heading, but the part with its prose on the next line is',
      'My Review\n\nWhat I cover below, part by part.\n\nPlot and Pacing\n\n~The Plot~\nThe plot follows two sisters across a long winter.',
      ['~The Plot~'],
    ],
    [
      'a line of several scores is a score table, not a heading',
      'My Review\n\nThe film is a mess from start to end.\n\nPlot = 2/10 Acting = 5/10 Music = 6/10\n\nI will not watch it again.',
      [],
    ],
    [
      'a score alone on its line is the verdict, not a heading',
      'My Review\n\nIt is slow but it is worth the wait.\n\n**7 out of 10**\n\nThanks for reading.',
      [],
    ],
    [
      'one part and its score stays a heading',
      'My Review\n\nLong and careful.\n\nThe Music - 9/10\n\nThe score swells at the right moments.',
      ['The Music - 9/10'],
    ],
    [
      'a colon line opening with its subject is a lead-in sentence',
      'My Review\n\nThe film is a slow burn.\n\nWe end with my favourite moment:\n\nThe old sailor walks into the sea at dawn.',
      [],
    ],
    [
      'a colon line closing the text is prose',
      'My Review\n\nThe dance scene is the one everyone remembers.\n\nHere is the scene, be warned:',
      [],
    ],
  ])('%s', (_, text, want) => {
    expect(headingsOf(text)).toEqual(want);
  });
});

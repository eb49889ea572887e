import { describe, expect, it } from 'vitest';
import { analyzeReview, renderReport, type ReviewAnalysis } from '../src/index';
import { fixtureText } from './helpers/fixtures';

/** Counts of opening and closing tags of one element: equal when the page nests. */
const tags = (html: string, name: string) => [html.split(`<${name}`).length - 1, html.split(`</${name}>`).length - 1];

describe('renderReport', () => {
  const text = fixtureText('news-all-of-us-are-dead-season-2.txt');
  const a = analyzeReview(text);
  const html = renderReport(a, text);

  it('is one self-contained page: no scripts, no network', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
  });
  it('outlines every section, coloured by its sentiment', () => {
    for (const s of a.sections) expect(html).toContain(`<section class="sec mood-${s.sentiment.label}" id="${s.id}"`);
  });
  it('highlights every mention, work and quote, nesting properly', () => {
    const mentions = [...a.characters, ...a.people].reduce((n, e) => n + e.mentions.length, 0);
    expect(tags(html, 'mark')).toEqual([mentions, mentions]);
    expect(tags(html, 'cite class="work"')[0]).toBe(a.works.reduce((n, w) => n + w.mentions.length, 0));
    expect(tags(html, 'section')).toEqual([a.sections.length, a.sections.length]);
    expect(html.split('<span class="quote').length - 1).toBe(a.quotes.length);
  });
  it('shows names with aliases on hover, actors, and speakers in the sidebar', () => {
    expect(html).toContain('title="Cheong-san (also Cheong San, Cheongsan)"');
    const cheongsan = a.characters.find((c) => c.name === 'Cheong-san');
    expect(html).toContain(`<b class="mood-${cheongsan?.sentiment.label}">Cheong-san</b>`);
    expect(html).toContain('played by Yoon Chan-young');
    // How the speaker was found, in a reader's words, not the contract's `pronoun`.
    expect(html).toMatch(/If Cheongsan were to come back to life.*— <b>Lee<\/b> <span class="via" title="a “he said” or “she said” after the speaker was named">he or she, named before<\/span>/);
  });
  it('keeps every character of the text, escaped', () => {
    const plain = html
      .slice(html.indexOf('<main>'), html.indexOf('</main>'))
      .replace(/<h1>.*?<\/h1>/, '')
      .replace(/<[^<>]*>/g, '')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(plain.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });
  it('escapes markup in the text', () => {
    const hostile = 'Title Here\n\nI loved <script>alert(1)</script> and “<b>bold</b>” said Mr Weitz.';
    const out = renderReport(analyzeReview(hostile), hostile);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
  it('renders the fan review too, with its descriptors', () => {
    const fan = fixtureText('fan-review-all-of-us-are-dead.txt');
    const page = renderReport(analyzeReview(fan), fan);
    expect(page).toContain('English Teacher');
    expect(tags(page, 'section')[0]).toBe(analyzeReview(fan).sections.length);
  });
  it('refuses a text that is not the one analysed, and non-analyses', () => {
    expect(() => renderReport(a, 'other text')).toThrow(RangeError);
    expect(() => renderReport({} as never, text)).toThrow('review-lens: expected analysis to be what analyzeReview returned, got object');
    expect(() => renderReport(a, 5 as never)).toThrow(TypeError);
  });
});

describe('renderReport: the analysis is as untrusted as the text', () => {
  // A rich analysis: title, headings, characters with aliases, descriptors and an actor, people with
  // roles, a work, quotes with speakers, a rating and two warnings.
  const text = [
    'All of Us Are Dead – My Review',
    '',
    'Best Characters',
    '',
    'Assembly Woman (Park Eun-Hee) is great. I cried when Cheong-San (Yoon Chan-young) died. Cheong San was brave. As On-Jo says, “Hope is more important now than logic.” The director Lee Jae-Gyu said, "It was hard." Then "unclosed',
    '',
    'Verdict',
    '',
    'The webtoon by Joo Dong-geun is fine\u0007. 8/10',
  ].join('\n');
  const analysis = analyzeReview(text);
  // "zq" (in no text or markup here) stands between the special characters.
  const PAYLOAD = '<script>zq"zq&zq\'zq</style>';
  const ESCAPED = '&lt;script&gt;zq&quot;zq&amp;zq&#39;zq&lt;/style&gt;';
  /** Each special character as it would stand unescaped, next to the marker. */
  const RAW = ['<script', 'zq"', 'zq&zq', "zq'", 'zq</style>'];
  // The string arrays of the contract: a payload is added to each, empty or not.
  const STRING_ARRAYS = new Set(['aliases', 'descriptors', 'roles', 'plays', 'characterIds', 'quoteIds']);
  // Fields the page prints; the others (ids that only link, the checksum) must still never leak raw.
  const PRINTED = /^(?:title\.text|sentiment\.label|sections\.\d+\.(?:id|heading\.(?:text|kind)|sentiment\.label)|characters\.\d+\.(?:name|aliases\.\d+|descriptors\.\d+|sentiment\.label)|people\.\d+\.(?:name|aliases\.\d+|roles\.\d+)|works\.\d+\.title|quotes\.\d+\.(?:text|kind|speaker\.(?:name|via))|warnings\.\d+\.(?:code|message))$/;

  /** Paths (`a.b.0.c`) of every string field, and of one more element in every string array. */
  const paths: string[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') paths.push(path.join('.'));
    else if (Array.isArray(value)) {
      value.forEach((x, i) => walk(x, [...path, String(i)]));
      if (STRING_ARRAYS.has(path[path.length - 1] as string)) paths.push([...path, String(value.length)].join('.'));
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(analysis, []);
  const withPayload = (path: string): ReviewAnalysis => {
    const copy = structuredClone(analysis) as unknown as Record<string, unknown>;
    const keys = path.split('.');
    let at = copy;
    for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
    at[keys[keys.length - 1] as string] = PAYLOAD;
    return copy as unknown as ReviewAnalysis;
  };

  it('has a field of every kind to poison', () => {
    for (const expected of ['title.text', 'sections.1.heading.text', 'characters.0.descriptors.0', 'characters.1.aliases.0', 'characters.1.playedBy', 'people.0.roles.0', 'people.0.plays.0', 'works.0.title', 'works.0.aliases.0', 'quotes.0.speaker.name', 'quotes.1.speaker.personId', 'quotes.0.sectionId', 'warnings.0.message', 'warnings.1.code', 'sentiment.label', 'textChecksum']) {
      expect(paths).toContain(expected);
    }
    expect(analysis.rating).toMatchObject({ value: 8, scale: 10 });
  });

  it.each(paths.filter((p) => p !== 'textChecksum'))('escapes %s', (path) => {
    const html = renderReport(withPayload(path), text);
    for (const raw of RAW) expect(html).not.toContain(raw);
    expect(html.split('</style>')).toHaveLength(2);
    if (PRINTED.test(path)) expect(html).toContain(ESCAPED);
  });

  it('lists the warnings, escaped', () => {
    const html = renderReport(analysis, text);
    expect(html).toContain('<h2>Warnings</h2><ul><li><span class="code">unclosed-quote</span> a quotation mark opened here is not closed in its paragraph</li>');
  });

  it('refuses a text of the same length with other content', () => {
    const swapped = text.replace('Cheong San was brave', 'Cheong San was crave');
    expect(swapped).toHaveLength(text.length);
    expect(() => renderReport(analysis, swapped)).toThrow(/^review-lens: expected the text that was analysed \(checksum [0-9a-f]{16}\), got another text of the same length \(checksum [0-9a-f]{16}\)$/);
    const reversed = [...text].reverse().join('');
    expect(() => renderReport(analysis, reversed)).toThrow(RangeError);
    expect(() => renderReport(withPayload('textChecksum'), text)).toThrow(RangeError);
    expect(renderReport(structuredClone(analysis), `${text}`)).toContain('<h1>All of Us Are Dead – My Review</h1>');
  });

  it('without a checksum, still refuses a text whose headings or quotes differ', () => {
    const { textChecksum: _, ...old } = analysis;
    const otherQuote = text.replace('It was hard.', 'It was easy.');
    expect(otherQuote).toHaveLength(text.length);
    expect(() => renderReport(old as ReviewAnalysis, otherQuote)).toThrow('review-lens: expected the text that was analysed ("It was hard." at ');
    expect(renderReport(old as ReviewAnalysis, text)).toContain('<h1>All of Us Are Dead – My Review</h1>');
  });

  it.each([
    ['characters.1.aliases', undefined, 'review-lens: expected analysis.characters[1].aliases to be an array, got undefined'],
    ['quotes.0.text', 42, 'review-lens: expected analysis.quotes[0].text to be a string, got number'],
    ['rating', { value: '<b>8</b>', scale: 10 }, 'review-lens: expected analysis.rating.value to be a finite number, got string'],
    ['sections.2.sentiment', null, 'review-lens: expected analysis.sections[2].sentiment to be an object, got null'],
    ['people.0.mentions.0.start', -1, 'review-lens: expected analysis.people[0].mentions[0].start to be an offset (an integer ≥ 0), got number'],
    ['warnings', 'none', 'review-lens: expected analysis.warnings to be an array, got string'],
  ] as const)('refuses a malformed field: %s', (path, value, message) => {
    const copy = structuredClone(analysis) as unknown as Record<string, unknown>;
    const keys = path.split('.');
    let at = copy;
    for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
    at[keys[keys.length - 1] as string] = value;
    expect(() => renderReport(copy as unknown as ReviewAnalysis, text)).toThrow(new TypeError(message));
  });
});

describe('renderReport: a readable page for any input', () => {
  /** The page's main column as a reader sees its words: tags dropped, entities decoded. */
  const mainText = (html: string): string =>
    html
      .slice(html.indexOf('<main>'), html.indexOf('</main>'))
      .replace(/<[^<>]*>/g, '')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const between = (html: string, from: string, to: string): string => html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from)));

  // A scraped user review, its paragraphs joined by <br /><br /> as IMDb's data set has them.
  const scraped = 'I rented this on a whim and stayed up far too late.<br /><br />The first hour is slow, the acting stiff, and the music far too loud.<br /><br />Then the last act lands every punch. I loved it.<br />Go see it.';

  it('shows <br /> markup as the line breaks it stands for, leaving the analysis offsets as they are', () => {
    const a = analyzeReview(scraped);
    const before = JSON.stringify(a);
    const html = renderReport(a, scraped);
    expect(JSON.stringify(a)).toBe(before);
    const shown = mainText(html);
    expect(shown).not.toMatch(/<br/i);
    // Three paragraphs, the last with a line break inside: the page has them, split where the tags were.
    expect(shown).toContain('far too late.\n\nThe first hour');
    expect(shown).toContain('I loved it.\nGo see it.');
    expect(shown.split(/\n\s*\n/).filter((p) => p.trim())).toHaveLength(3);
  });

  it.each([
    ['its own title line', 'Quiet Hours, Loud Hearts\n\nI adored the whole cast of this drama.', 'Quiet Hours, Loud Hearts', ''],
    ['the work it mentions most, without one', 'I finally watched the series Hellbound after weeks of putting it off. Hellbound is bleak but gripping.', 'On Hellbound', 'named after the work it mentions most'],
    ['its first words, without a title or a work', scraped, 'I rented this on a whim and stayed up far too late. The…', 'named by its first words'],
  ])('titles the page by %s', (_, text, title, note) => {
    const html = renderReport(analyzeReview(text), text);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`<h1>${title}</h1>`);
    if (note) expect(html).toMatch(new RegExp(`<p class="subtitle">The text has no title line: ${note}\\.</p>`));
    else expect(html).not.toContain('class="subtitle"');
  });

  it('names every section in full in an accessible table, and keys the colours', () => {
    const text = fixtureText('news-all-of-us-are-dead-season-2.txt');
    const a = analyzeReview(text);
    const html = renderReport(a, text);
    const table = between(html, '<table class="chart">', '</table>');
    expect(table).toContain('<caption>Sentiment by section');
    expect(table).toContain('<th scope="col">Section</th><th scope="col">Sentiment</th>');
    const long = a.sections.filter((s) => s.heading && s.heading.text.length > 34);
    expect(long.length).toBeGreaterThan(1);
    for (const s of a.sections) {
      const label = s.heading ? s.heading.text.replace(/'/g, '&#39;') : 'Opening (before the first heading)';
      expect(table).toContain(`<th scope="row">${label}</th><td class="mood-${s.sentiment.label}">${s.sentiment.label} `);
    }
    expect(table).not.toContain('…');
    const key = between(html, '<h2>Key</h2>', '</p>');
    for (const mood of ['positive', 'negative', 'mixed', 'neutral']) expect(key).toContain(`<span class="key edge mood-${mood}">${mood}</span>`);
    expect(key).toContain('<span class="key key-character">a character</span>');
    expect(key).toContain('<span class="key key-work">a work’s title</span>');
    expect(key).toContain('<span class="key key-quote kind-speech">spoken words</span>');
  });

  it.each([
    ['a speech verb', 'The press day was lively.\n\n"We start filming in May," said the director Kim Min-jun.\n\nFans cheered.', 'Kim Min-jun', 'said …'],
    ['a dash', 'A short piece on the cast.\n\n“The ending surprised everyone.” — Park Ji-hoon\n\nThat sums it up.', 'Park Ji-hoon', 'signed with a dash'],
    ['a script line', 'My favourite scene:\n\nJI-HO: Where were you last night?\nMIN-SU: Out. Does it matter?\n\nPure gold.', 'JI-HO', 'script line'],
  ])('says how a speaker was found by %s in plain words', (_, text, speaker, words) => {
    const html = renderReport(analyzeReview(text), text);
    expect(html).toMatch(new RegExp(`— <b>${speaker}</b> <span class="via" title="[^"]+">${words}</span>`));
    expect(html).not.toMatch(/>(?:verb|dash|script)</);
  });

  it('says something useful about a text with no characters: what it has, and its sentiment paragraph by paragraph', () => {
    const text = 'Festival notes\n\n"We start filming in May," said the director Kim Min-jun at the festival.\n\nThe trailer for the film Parasite looked dreadful and cheap.\n\nStill, the new cast is wonderful and the script is brilliant.';
    const a = analyzeReview(text);
    expect(a.characters).toEqual([]);
    const html = renderReport(a, text);
    const aside = between(html, '<aside>', '</aside>');
    expect(aside).toContain('<p class="found">0 characters · 1 person · 1 work · 1 quote</p>');
    expect(aside).not.toContain('<h2>Characters</h2>');
    expect(aside).toContain('<p class="none">No characters found in this text.</p>');
    for (const panel of ['People', 'Works', 'Quotes']) expect(aside).toContain(`<h2>${panel}</h2><ul>`);
    // One dot per body paragraph, each with its own sentiment: the dreadful trailer dips, the cast lifts.
    const dots = [...aside.matchAll(/<circle class="dot mood-(\w+)"[^>]*><title>Paragraph (\d): [^<]*<\/title>/g)].map((m) => [m[2], m[1]]);
    expect(dots).toEqual([['1', 'neutral'], ['2', 'negative'], ['3', 'positive']]);
    expect(aside).toMatch(/<svg class="curve" [^>]*role="img" aria-label="Sentiment of 3 stretches of the text, in order: 1 positive, 1 negative, 1 neutral or mixed; it starts neutral and ends positive\."/);
  });

  it('writes counts of one in the singular', () => {
    const html = renderReport(analyzeReview('Lovely.'), 'Lovely.');
    expect(html).toContain('<p class="stats">1 word · 1 sentence · 1 paragraph · 1 section</p>');
  });
});

describe('renderReport: the sentiment curve', () => {
  it('leaves heading lines out, even one with its paragraph right under it', () => {
    const text = 'Episode notes\n\nThe Good\nThe acting is superb and the score is lovely.\n\nThe Bad\nThe pacing is awful and the ending is a terrible mess.';
    const a = analyzeReview(text);
    expect(a.sections.map((s) => s.heading?.text)).toEqual(['Episode notes', 'The Good', 'The Bad']);
    const html = renderReport(a, text);
    const notes = [...html.matchAll(/<title>(Paragraph \d: \w+) [^<]*— “([^”]*)”<\/title>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(notes).toEqual(['Paragraph 1: positive The acting is superb and the score is lovely.', 'Paragraph 2: negative The pacing is awful and the ending is a terrible…']);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeReview, renderReport } from '../src/index';
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
    expect(html).toMatch(/If Cheongsan were to come back to life.*— <b>Lee Jae-gyu<\/b> <span class="via">pronoun<\/span>/);
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

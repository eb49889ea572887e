import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { CORPUS_DIR } from './helpers/corpus';
import { ROOT } from './helpers/fixtures';

// The browser build (dist/browser.js) in Debian's Chromium, driven by playwright-core. Where
// Chromium is not installed (`apt-get install chromium`; .ci/run installs it), the test is
// skipped and says so.
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const BUNDLE = join(ROOT, 'dist', 'browser.js');
export const SCREENSHOTS = join(tmpdir(), 'review-lens-screenshots');

// A news article and an IMDb user review (paragraphs joined by <br /><br />) from the shared corpus;
// where ../shared is absent, texts of the same shapes written for this test.
const NEWS = join(CORPUS_DIR, 'news', 'bbc-entertainment', 'a-listers-flock-to-gervais-sitcom.txt');
const IMDB = join(CORPUS_DIR, 'reviews', 'imdb-first-999.csv');
const OWN_NEWS = 'Studio confirms a second season\n\nThe studio said on Monday that the drama would return next year, with most of the cast back.\n\n"We wrote the ending so the story could go on," said writer Han Seo-yeon. "The second season is darker."\n\nFilming starts in the spring in Busan.';
const OWN_IMDB = 'I went in expecting very little and came out grinning.<br /><br />The plot is thin and the villain is a cardboard cut-out, but the two leads are so warm together that it hardly matters.<br /><br />The soundtrack is lovely too. 8/10';
/** The texts the test opens, by name: the two fixtures, a news article and an IMDb review. */
const TEXTS = new Map<string, string>([
  ['fan-review-all-of-us-are-dead', readFileSync(join(ROOT, 'fixtures', 'fan-review-all-of-us-are-dead.txt'), 'utf8')],
  ['news-all-of-us-are-dead-season-2', readFileSync(join(ROOT, 'fixtures', 'news-all-of-us-are-dead-season-2.txt'), 'utf8')],
  ['news-article', existsSync(NEWS) ? readFileSync(NEWS, 'utf8') : OWN_NEWS],
  ['imdb-review', existsSync(IMDB) ? (parse(readFileSync(IMDB), { columns: true, to: 1 }) as { review: string }[])[0]?.review ?? OWN_IMDB : OWN_IMDB],
]);
/** Paragraphs of a text as a reader counts them: blocks between blank lines or <br /><br />. */
const paragraphsOf = (text: string): number => text.replace(/<br ?\/?>/gi, '\n').split(/\n[ \t]*\n/).filter((p) => p.trim()).length;

if (!CHROMIUM) console.warn('browser test skipped: no Chromium at /usr/bin/chromium (install it with: apt-get install chromium)');
if (!existsSync(BUNDLE)) console.warn('browser test skipped: dist/browser.js is missing (run npm run build)');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>review-lens in the browser</title></head>
<body><p id="status">loading…</p>
<script type="module">
import { analyzeReview, renderReport } from '/browser.js';
const name = new URL(location.href).searchParams.get('fixture');
const text = await (await fetch('/texts/' + name)).text();
const analysis = analyzeReview(text);
window.__analysis = JSON.parse(JSON.stringify(analysis));
const report = new DOMParser().parseFromString(renderReport(analysis, text), 'text/html');
document.replaceChild(document.adoptNode(report.documentElement), document.documentElement);
window.__done = true;
</script></body></html>`;

describe.skipIf(!CHROMIUM || !existsSync(BUNDLE))('review-lens in a real browser (Chromium)', () => {
  let server: Server;
  let base = '';
  let browser: Browser;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      else if (url.pathname === '/browser.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(BUNDLE));
      else if (url.pathname.startsWith('/texts/') && TEXTS.has(url.pathname.slice(7))) {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(TEXTS.get(url.pathname.slice(7)));
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM as string,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it.each([...TEXTS.keys()])('analyses %s exactly as Node does, and shows its report', async (fixture) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/?fixture=${fixture}`);
    // These run in the page, where globalThis is the window.
    await page.waitForFunction(() => (globalThis as unknown as { __done?: boolean }).__done === true, null, { timeout: 60_000 });
    const inBrowser = await page.evaluate(() => (globalThis as unknown as { __analysis: unknown }).__analysis);
    const text = TEXTS.get(fixture) as string;
    const inNode = JSON.parse(JSON.stringify(analyzeReview(text)));
    expect(errors).toEqual([]);
    expect(inBrowser).toEqual(inNode);
    // The report replaced the page: its sections and sidebar are there.
    expect(await page.locator('section.sec').count()).toBe(inNode.sections.length);
    expect(await page.locator('aside h2').first().textContent()).toBe('Overview');
    // The page shows the text's paragraphs, as the reader sees them (innerText), and no markup.
    const blocks = await page.locator('main section.sec, main div.gap').evaluateAll((els) => els.map((e) => (e as unknown as { innerText: string }).innerText));
    const shown = blocks.reduce((n: number, b: string) => n + b.split(/\n[ \t]*\n/).filter((p: string) => p.trim()).length, 0);
    expect(shown).toBe(paragraphsOf(text));
    expect(blocks.join('\n')).not.toMatch(/<\/?[a-z][a-z0-9]*[\s/>]/i);
    if (fixture === 'imdb-review') {
      // The review's own paragraphs: as many as the analysis counts, though the text has no blank line.
      expect(text).toContain('<br /><br />');
      expect(text).not.toContain('\n');
      expect(shown).toBe(inNode.stats.paragraphs);
      expect(shown).toBeGreaterThan(2);
    }
    // The page is named after the document: its title, its work, or its first words.
    const title = await page.title();
    expect(title).not.toBe('review-lens report');
    expect(title.length).toBeGreaterThan(3);
    if (inNode.title) expect(title).toBe(inNode.title.text);
    await page.screenshot({ path: join(SCREENSHOTS, `${fixture}.png`), fullPage: false });
    await page.close();
  }, 90_000);
});

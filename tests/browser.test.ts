import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { ROOT } from './helpers/fixtures';

// The browser build (dist/browser.js) in Debian's Chromium, driven by playwright-core. Where
// Chromium is not installed (`apt-get install chromium`; .ci/run installs it), the test is
// skipped and says so.
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const BUNDLE = join(ROOT, 'dist', 'browser.js');
const FIXTURES = ['fan-review-all-of-us-are-dead.txt', 'news-all-of-us-are-dead-season-2.txt'];
export const SCREENSHOTS = join(tmpdir(), 'review-lens-screenshots');

if (!CHROMIUM) console.warn('browser test skipped: no Chromium at /usr/bin/chromium (install it with: apt-get install chromium)');
if (!existsSync(BUNDLE)) console.warn('browser test skipped: dist/browser.js is missing (run npm run build)');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>review-lens in the browser</title></head>
<body><p id="status">loading…</p>
<script type="module">
import { analyzeReview, renderReport } from '/browser.js';
const name = new URL(location.href).searchParams.get('fixture');
const text = await (await fetch('/fixtures/' + name)).text();
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
      else if (url.pathname.startsWith('/fixtures/') && FIXTURES.includes(url.pathname.slice(10))) {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(readFileSync(join(ROOT, 'fixtures', url.pathname.slice(10))));
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

  it.each(FIXTURES)('analyses %s exactly as Node does, and shows its report', async (fixture) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/?fixture=${fixture}`);
    // These run in the page, where globalThis is the window.
    await page.waitForFunction(() => (globalThis as unknown as { __done?: boolean }).__done === true, null, { timeout: 60_000 });
    const inBrowser = await page.evaluate(() => (globalThis as unknown as { __analysis: unknown }).__analysis);
    const inNode = JSON.parse(JSON.stringify(analyzeReview(readFileSync(join(ROOT, 'fixtures', fixture), 'utf8'))));
    expect(errors).toEqual([]);
    expect(inBrowser).toEqual(inNode);
    // The report replaced the page: its sections and sidebar are there.
    expect(await page.locator('section.sec').count()).toBe(inNode.sections.length);
    expect(await page.locator('aside h2').first().textContent()).toBe('Overview');
    await page.screenshot({ path: join(SCREENSHOTS, fixture.replace(/\.txt$/, '.png')), fullPage: false });
    await page.close();
  }, 90_000);
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildIndex, renderIndexReport } from '../src/review-index';
import { ROOT } from './helpers/fixtures';
import { inputsOf, type DocSpec } from './helpers/index-docs';

const docs: DocSpec[] = [
  { characters: [{ forms: ['Orla Finch', 'Orla'], playedBy: 'Dana Voss', says: ['Hold the line.'], label: 'positive', score: 0.5 }, { forms: ['Bram <Quill>'] }], people: [{ forms: ['Dana Voss'], roles: ['actor'] }] },
  { characters: [{ forms: ['Orla'], label: 'negative', score: -0.4 }, { forms: ['Bram <Quill>'] }] },
  { characters: [{ forms: ['Orla Finch'] }, { forms: ['Tamsin'] }] },
];

describe('renderIndexReport', () => {
  it('holds a table per work with names, forms, actors and sentiment, and the co-occurrence graph as SVG', async () => {
    const html = renderIndexReport(await buildIndex(inputsOf('Salt & Iron', docs)));
    expect(html).toContain('<h2>Salt &amp; Iron</h2>');
    expect(html).toContain('<b>Orla Finch</b>');
    expect(html).toContain('played by Dana Voss');
    expect(html).toContain('plays Orla Finch');
    expect(html).toContain('Bram &lt;Quill&gt;');
    expect(html).not.toContain('<Quill>');
    expect(html).toContain('title="mean 0.033: 1 positive, 1 neutral, 0 mixed, 1 negative"');
    expect(html).toContain('“Hold the line.”');
    expect(html.match(/<circle /g)).toHaveLength(3);
    expect(html.match(/<line /g)).toHaveLength(2);
  });

  it('loads nothing: no script, no URL but the SVG namespace, a policy that forbids the rest', async () => {
    const html = renderIndexReport(await buildIndex(inputsOf('Work', docs)));
    expect(html).not.toMatch(/<script|<link|<img|src=/i);
    expect(html.match(/https?:\/\/[^"]*/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });
});

const BIN = join(ROOT, 'dist', 'cli.js');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

describe.skipIf(!existsSync(BIN))('review-lens report --index', () => {
  it('writes the page of an index file, and refuses a file that is not an index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lens-index-report-'));
    writeFileSync(join(dir, 'index.json'), JSON.stringify(await buildIndex(inputsOf('Salt & Iron', docs))));
    const r = spawnSync(process.execPath, [BIN, 'report', '--index', 'index.json', '--out', 'index.html'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('<h2>Salt &amp; Iron</h2>');
    writeFileSync(join(dir, 'not.json'), '{"works": 3}');
    const bad = spawnSync(process.execPath, [BIN, 'report', '--index', 'not.json'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('review-lens: not.json: expected a review-lens index ({"schemaVersion": 1, "works": […]}), got an object that is not one\n');
  });
});

describe.skipIf(!CHROMIUM)('the index page in Chromium', () => {
  it('renders its table and graph and asks the network for nothing', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM as string, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.setContent(renderIndexReport(await buildIndex(inputsOf('Salt & Iron', docs))));
      expect(await page.locator('tbody tr').count()).toBe(4);
      const box = await page.locator('svg').boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      const labels = await page.locator('svg text').allTextContents();
      expect(labels.sort()).toEqual(['Bram <Quill>', 'Orla Finch', 'Tamsin']);
      const shots = join(tmpdir(), 'review-lens-screenshots');
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, 'index-report.png'), fullPage: true });
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

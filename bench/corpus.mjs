// The benchmark corpus, the same on every run: the bundled fixtures, then the blog and BBC texts of
// ../shared/corpus when present, each folder in sorted order.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The corpus documents, in a fixed order. */
export function corpusDocuments() {
  const docs = readdirSync(join(root, 'fixtures')).sort().map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
  const corpus = join(root, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) return { docs, full: false };
  for (const dir of ['blogs', 'news/bbc-entertainment']) {
    const d = join(corpus, dir);
    for (const f of readdirSync(d).sort()) if (/\.(?:md|txt)$/.test(f) && !f.includes('LICENSE')) docs.push(readFileSync(join(d, f), 'utf8'));
  }
  return { docs, full: true };
}

/** One long document of about `bytes` UTF-8 bytes: the corpus documents one after another, repeated. */
export function buildDocument(bytes) {
  const { docs } = corpusDocuments();
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const d = docs[i % docs.length];
    parts.push(d);
    size += Buffer.byteLength(d) + 2;
  }
  return parts.join('\n\n');
}

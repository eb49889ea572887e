// The benchmark corpus, the same on every run: the bundled fixtures, then the blog and BBC texts of
// ../shared/corpus when present, each folder in sorted order.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

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

/**
 * A batch corpus of about `bytes` of distinct review texts, the same on every run: the reviews of
 * ../shared/corpus/reviews-by-work (IMDb films, then the MyAnimeList files), in file order, as
 * `{ id, text }`. Without ../shared, the corpus documents repeated (then wink and the pipeline meet
 * each text more than once, so the run is less cold than a real batch of new reviews).
 */
export function batchCorpus(bytes) {
  const dir = join(root, '..', 'shared', 'corpus', 'reviews-by-work');
  const texts = [];
  if (existsSync(dir)) {
    for (const f of ['imdb-films.csv', 'mal-top-anime.csv', 'mal-bigthree.csv']) {
      const [header, ...rows] = parse(readFileSync(join(dir, f), 'utf8'), { relax_column_count: true });
      const at = header.indexOf('review');
      for (const r of rows) if (r.length === header.length && r[at]) texts.push(r[at]);
    }
  } else texts.push(...corpusDocuments().docs);
  const docs = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = texts[i % texts.length];
    docs.push({ id: `d${i}`, text });
    size += Buffer.byteLength(text);
  }
  return { docs, bytes: size, cold: existsSync(dir) && docs.length <= texts.length };
}

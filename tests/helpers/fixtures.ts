/** Loads the bundled fixtures and their gold readings (copies of ../shared, kept in the repo). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface GoldHeading {
  text: string;
  kind: 'question' | 'heading';
  optional?: boolean;
}

export interface Gold {
  fixture: string;
  title: string | null;
  headings: GoldHeading[];
  notHeadings: string[];
  characters: { name: string; aliases?: string[]; playedBy?: string; descriptors?: string[] }[];
  notCharacters: string[];
  people?: { name: string; aliases?: string[]; roles: string[] }[];
  works: string[];
  quotes: { text: string; kind: string; speaker: string | null; alsoKinds?: string[] }[];
  sectionSentiment: { heading: string; label: string }[];
}

export function fixtureText(name: string): string {
  return readFileSync(join(ROOT, 'fixtures', name), 'utf8');
}

export function golds(): Gold[] {
  const dir = join(ROOT, 'gold');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold);
}

/** Compares headings the way a reader does: quote marks, markdown marks, case and a final colon aside. */
export function sameHeading(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s
      .replace(/^\s*#+\s*/, '')
      .replace(/[’‘]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/:$/, '')
      .trim()
      .toLowerCase();
  return norm(a) === norm(b);
}

/** Names compare without case, hyphens, spaces and dots. */
export const nameKey = (s: string): string => s.toLowerCase().replace(/[\s\-‐‑–—.'’‘]/g, '');

import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { buildIndexSchema, INDEX_SCHEMA_PATH } from '../scripts/build-schema.mjs';
import { buildIndex } from '../src/review-index';
import { inputsOf, type DocSpec } from './helpers/index-docs';

const schema = JSON.parse(readFileSync(INDEX_SCHEMA_PATH, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const docs: DocSpec[] = [
  { characters: [{ forms: ['Orla Finch', 'Orla'], playedBy: 'Dana Voss', says: ['Hold the line.'], label: 'positive', score: 0.5 }], people: [{ forms: ['Dana Voss'], roles: ['actor'] }] },
  { characters: [{ forms: ['Orla'] }, { forms: ['Bram'] }] },
];

describe('the published index JSON Schema (review-lens/index-schema.json)', () => {
  it('is generated from the TypeScript types: the committed file has not drifted', () => {
    expect(readFileSync(INDEX_SCHEMA_PATH, 'utf8')).toBe(buildIndexSchema());
  }, 30_000);

  it('validates an index with characters, people, links, quotes and co-occurrences', async () => {
    const index = JSON.parse(JSON.stringify(await buildIndex(inputsOf('Work', docs))));
    expect(index.works[0].people[0].plays).toEqual(['c0']);
    expect(validate(index)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it.each<[string, (i: { works: Array<Record<string, any>> }) => void]>([
    ['a kind that is neither', (i) => (i.works[0]!.characters[0].kind = 'robot')],
    ['an entity without forms', (i) => delete i.works[0]!.characters[0].forms],
    ['a kind confidence above 1', (i) => (i.works[0]!.characters[0].kindConfidence = 1.5)],
    ['a work without a title', (i) => delete i.works[0]!.title],
  ])('rejects %s', async (_, spoil) => {
    const index = JSON.parse(JSON.stringify(await buildIndex(inputsOf('Work', docs))));
    spoil(index);
    expect(validate(index)).toBe(false);
  });
});

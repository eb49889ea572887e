// Generates schema.json (JSON Schema draft 2020-12, at the package root, review-lens/schema.json) from the ReviewAnalysis type in
// src/types.ts, and index-schema.json (review-lens/index-schema.json) from the ReviewIndex type in
// src/index-build/index-types.ts, so the published schemas and the TypeScript types cannot drift. Run by npm run build.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

const root = join(import.meta.dirname, '..');

/** The schema text for the current src/types.ts. */
export function buildSchema() {
  const schema = createGenerator({
  path: join(root, 'src', 'types.ts'),
  tsconfig: join(root, 'tsconfig.json'),
  type: 'ReviewAnalysis',
  expose: 'export',
  topRef: true,
  jsDoc: 'extended',
  additionalProperties: false,
  skipTypeCheck: true,
  }).createSchema('ReviewAnalysis');
  // ts-json-schema-generator writes draft-07 definitions; they are draft 2020-12 once renamed.
  const out = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/review-lens/schema.json',
    title: 'review-lens analysis (schema version 1)',
    $ref: '#/$defs/ReviewAnalysis',
    $defs: schema.definitions,
  };
  return `${JSON.stringify(out, null, 2).replaceAll('#/definitions/', '#/$defs/')}\n`;
}

export const SCHEMA_PATH = join(root, 'schema.json');

/** The index schema text for the current src/index-build/index-types.ts. */
export function buildIndexSchema() {
  const schema = createGenerator({
    path: join(root, 'src', 'index-build', 'index-types.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: 'ReviewIndex',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true,
  }).createSchema('ReviewIndex');
  const out = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/review-lens/index-schema.json',
    title: 'review-lens cross-review index (schema version 1)',
    $ref: '#/$defs/ReviewIndex',
    $defs: schema.definitions,
  };
  return `${JSON.stringify(out, null, 2).replaceAll('#/definitions/', '#/$defs/')}\n`;
}

export const INDEX_SCHEMA_PATH = join(root, 'index-schema.json');

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_PATH, buildSchema());
  writeFileSync(INDEX_SCHEMA_PATH, buildIndexSchema());
  console.log('schema.json and index-schema.json written');
}

/**
 * Reads wink's core model (its lexicon and feature tables) for a load of wink, the way the model's
 * own reader does, in less time where Node has already read the model's file.
 */
import { readCore, type CoreFile } from './read-core';

/** What of Node this reader uses: its CommonJS loader, to find the parsed file. */
interface NodeParts {
  createRequire(path: string): { (id: string): unknown; cache: Record<string, { exports: unknown; filename: string } | undefined> };
}

/** The model's core file, relative to its main module (`dist/model.js`). */
const CORE_FILE = './languages/cur/models/eng-core-web-model.json';

/**
 * The model releases whose core file this reader was checked against, key by key, with the model's
 * own reader (tests/wink-core-reader.test.ts): another release may lay its file out otherwise, so
 * it keeps its own reader.
 */
const CHECKED_RELEASE = /^1\.8\./;

/**
 * `model.core` of the model package `model`, or a reader that gives wink the same core model.
 *
 * The model's own reader copies the whole parsed file with `JSON.parse(JSON.stringify(...))` at
 * every load (so that what wink adds to its tables never reaches the parsed file), and decodes the
 * packed lexicon one character at a time: together more of wink's load than parsing the file. Its
 * main module parses the file when it is imported, through Node's CommonJS loader; where that is
 * so (Node 20.16 and later, the package not bundled), this reader takes that parsed file, copies
 * only the tables wink changes (the learnable lists and the small parts; the strings are shared,
 * never changed), and decodes the packed arrays with Buffer. Anywhere else (browsers, bundles,
 * older Node) it is the model's own reader.
 */
export function coreReader<Core>(model: { core: () => Core }): () => Core {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:module') as NodeParts | undefined;
  const buffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64'): Uint8Array } }).Buffer;
  if (!node || !buffer) return model.core;
  let file: CoreFile | null = null;
  // The module whose exports are this very model object: its own copy of the core file is the one
  // its reader would read (a second install of the model package cannot be taken by mistake).
  const cache = node.createRequire('/').cache;
  for (const key in cache) {
    const entry = cache[key];
    if (entry?.exports !== model) continue;
    try {
      const load = node.createRequire(entry.filename);
      const release = (load('../package.json') as { version?: unknown }).version;
      if (typeof release === 'string' && CHECKED_RELEASE.test(release)) file = load(CORE_FILE) as CoreFile;
    } catch {
      // Not laid out as the published package is (a bundle of it, say): its own reader reads it.
    }
    break;
  }
  if (file === null || typeof file.lexicon !== 'string' || typeof file.xpansions !== 'string') return model.core;
  const parsed = file;
  const unpack = (base64: string): Uint32Array => {
    const bytes = buffer.from(base64, 'base64');
    const words = new Uint32Array(bytes.length / 4);
    new Uint8Array(words.buffer).set(bytes);
    return words;
  };
  return () => readCore(parsed, unpack) as Core;
}

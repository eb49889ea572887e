// Writes src/data/sentiment-machine.ts: wink's sentiment lexicon machine (the model's
// `sa().machines[0]`), packed as the tables review-lens's SentimentMachine walks, so that a fresh
// process decodes them instead of parsing the model's serialized machine and building the tables
// (src/text/packed-machine.ts reads the format written here). Beside them: the size of the model's
// lexicon and a hash of the words behind the machine's token ids, which the engine compares with
// the loaded model before it takes the packed tables (another release of the model may number its
// words otherwise; the engine then builds the tables from that model's own machine).
// tests/sentiment-machine.test.ts checks the file against a rebuild from the installed model.
//
//   node scripts/build-sentiment-machine.mjs           (writes the file)
//   node scripts/build-sentiment-machine.mjs --check   (exits 1 when the shipped file differs)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the table goes. */
export const SENTIMENT_MACHINE_FILE = join(here, '..', 'src', 'data', 'sentiment-machine.ts');
/** The id of the `otherwise` event in wink's machines. */
const OTHERWISE = 2070003;
/** Base64 characters per line of the written constant. */
const LINE = 96;

/** Every how many token ids the fingerprint reads (FINGERPRINT_STEP of src/text/machine-fingerprint.ts). */
const FINGERPRINT_STEP = 16;

/** `values` as little-endian bytes of a typed array of type `Type`, each checked to fit it. */
function sectionBytes(Type, values) {
  const out = new Type(values.length);
  values.forEach((v, k) => {
    out[k] = v;
    if (out[k] !== v && !(Number.isNaN(v) && Number.isNaN(out[k]))) throw new Error(`build-sentiment-machine: ${v} does not fit a ${Type.name}`);
  });
  return Buffer.from(out.buffer);
}

/**
 * The packed tables of wink's serialized machine `json`, in the layout unpackMachine
 * (src/text/packed-machine.ts) reads, and the token ids the fingerprint reads, in its order.
 */
export function packMachine(json) {
  const [, lastState, fsm, terminals, marked] = JSON.parse(json);
  if (Object.keys(marked).length > 0) throw new Error('build-sentiment-machine: expected no marked states');
  const states = lastState + 1;
  const ascending = (keys) => keys.map(Number).sort((a, b) => a - b);
  const first = fsm['0'] ?? {};
  const startTokens = ascending(Object.keys(first)).filter((id) => id !== OTHERWISE && first[id]);
  const edgeStart = new Array(states + 1).fill(0);
  const edgeToken = [];
  const edgeTarget = [];
  for (let s = 0; s < states; s++) {
    edgeStart[s] = edgeToken.length;
    if (s === 0 || !fsm[s]) continue;
    // Ascending token order: the order a state's keys come in (integer keys), as the tables hold them.
    for (const t of ascending(Object.keys(fsm[s])).filter((id) => id !== OTHERWISE)) {
      edgeToken.push(t);
      edgeTarget.push(fsm[s][t]);
    }
  }
  edgeStart[states] = edgeToken.length;
  const otherwise = ascending(Object.keys(fsm)).filter((s) => fsm[s][OTHERWISE]);
  const scores = [];
  const scoreOf = new Array(states).fill(0);
  for (const s of ascending(Object.keys(terminals))) {
    const score = terminals[s] === '0' ? Number.NaN : Number(terminals[s]);
    let place = scores.findIndex((x) => Object.is(x, score));
    if (place < 0) place = scores.push(score) - 1;
    scoreOf[s] = place + 1;
  }
  const startSize = startTokens.length === 0 ? 0 : startTokens.at(-1) + 1;
  const packed = Buffer.concat([
    sectionBytes(Uint32Array, [states, startSize, startTokens.length, edgeToken.length, otherwise.length, scores.length]),
    sectionBytes(Float64Array, scores),
    sectionBytes(Uint32Array, edgeToken),
    sectionBytes(Uint16Array, startTokens.map((id, k) => id - (k === 0 ? 0 : startTokens[k - 1]))),
    sectionBytes(Uint16Array, startTokens.map((id) => first[id])),
    sectionBytes(Uint8Array, edgeStart.slice(1).map((end, s) => end - edgeStart[s])),
    sectionBytes(Uint16Array, edgeTarget),
    sectionBytes(Uint16Array, otherwise),
    sectionBytes(Uint16Array, otherwise.map((s) => fsm[s][OTHERWISE])),
    sectionBytes(Uint8Array, scoreOf),
  ]).toString('base64');
  const ids = [...startTokens.filter((_, k) => k % FINGERPRINT_STEP === 0), ...edgeToken.filter((_, k) => k % FINGERPRINT_STEP === 0)];
  return { packed, ids };
}

/** src/text/machine-fingerprint.ts's hash of the words behind `ids`. */
function fingerprint(ids, words) {
  let hash = 0x811c9dc5;
  for (const id of ids) {
    const word = words[id] ?? '';
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The file's source text. */
export function sentimentMachineSource() {
  const { packed, ids } = packMachine(model.sa().machines[0]);
  const words = model.core().features.lexeme.list;
  const lines = [];
  for (let i = 0; i < packed.length; i += LINE) lines.push(packed.slice(i, i + LINE));
  const { version } = JSON.parse(readFileSync(join(here, '..', 'node_modules', 'wink-eng-lite-web-model', 'package.json'), 'utf8'));
  return `/**
 * wink's sentiment lexicon machine (wink-eng-lite-web-model ${version}), packed as the sentiment
 * machine's tables (see src/text/packed-machine.ts). Written by scripts/build-sentiment-machine.mjs;
 * do not edit.
 */

/**
 * The packed tables (base64 in one literal, its line breaks skipped by either base64 decoder), the
 * model's lexicon size and the hash of the words behind their ids.
 */
export const SENTIMENT_MACHINE = {
  lexiconSize: ${words.length},
  fingerprint: ${fingerprint(ids, words)},
  packed: \`
${lines.join('\n')}
\`,
} as const;
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = sentimentMachineSource();
  if (process.argv.includes('--check')) {
    const same = readFileSync(SENTIMENT_MACHINE_FILE, 'utf8') === source;
    console.log(same ? 'src/data/sentiment-machine.ts is up to date' : 'src/data/sentiment-machine.ts differs from a rebuild: run node scripts/build-sentiment-machine.mjs');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(SENTIMENT_MACHINE_FILE, source);
  console.log(`wrote ${SENTIMENT_MACHINE_FILE} (${source.length} characters)`);
}

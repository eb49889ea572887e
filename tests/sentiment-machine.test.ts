import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { packMachine, SENTIMENT_MACHINE_FILE, sentimentMachineSource } from '../scripts/build-sentiment-machine.mjs';
import { SENTIMENT_MACHINE } from '../src/data/sentiment-machine';
import { machineFingerprint } from '../src/text/machine-fingerprint';
import { machineTables } from '../src/text/machine-tables';
import { unpackMachine } from '../src/text/packed-machine';
import { lexiconHits } from '../src/wink';
import { sentimentTables } from '../src/wink/sentiment-tables';
import { fixtureText, ROOT } from './helpers/fixtures';

// wink's own 'sentiment' pipe, its hits caught at its setter, to compare the machine with.
let caught: number[] = [];
const loadSa = model.sa as unknown as () => { machines: unknown; setter: (...args: unknown[]) => void };
const catching = Object.assign(Object.create(null) as object, model, {
  sa() {
    const sa = loadSa();
    return {
      machines: sa.machines,
      setter(px: [number, number, number | string][], ...rest: unknown[]) {
        caught = px.flatMap((p) => [p[0], p[1], Number(p[2])]);
        sa.setter(px, ...rest);
      },
    };
  },
}) as typeof model;
const wink = winkNLP(catching, ['sbd', 'sentiment', 'pos']);
const winkHits = (text: string): number[] => {
  caught = [];
  wink.readDoc(text);
  return caught;
};

/** Texts of ../shared/corpus, when it is beside the project (the first 150). */
function corpusTexts(): string[] {
  const dir = join(ROOT, '..', 'shared', 'corpus');
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt') && out.length < 150) out.push(readFileSync(path, 'utf8'));
    }
  };
  try {
    walk(dir);
  } catch {
    return [];
  }
  return out;
}

describe('SentimentMachine (wink\'s sentiment lexicon, read here)', () => {
  it.each([
    ['Good.', [0, 0, 776]],
    ['not bad at all', [1, 1, -600]],
    // "top notch": one hit over two tokens.
    ['It is a must see, top notch!', [3, 3, 500, 6, 7, 625]],
    ["I can't stand it :( but I loved the ending :)", [3, 3, -600, 5, 5, -400, 8, 8, 500, 11, 11, 400]],
    // Line breaks: wink's machine skips a lone "\n" token.
    ['Well done. Not well done.\nNo fun\n\nat all', [0, 0, 631, 4, 4, 631, 9, 9, 800]],
    ['WONDERFUL, Wonderful, wonderful', [0, 0, 1000, 2, 2, 1000, 4, 4, 1000]],
    ['', []],
    ['unimportant, uninspired, dis-appointing', [2, 2, -400]],
  ] as [string, number[] | null][])('finds what wink finds in %j', (text, expected) => {
    const ours = lexiconHits(text);
    expect(ours).toEqual(winkHits(text));
    if (expected) expect(ours).toEqual(expected);
  });

  it('finds what wink finds in the fixtures and the corpus, hit for hit', () => {
    const texts = [fixtureText('fan-review-all-of-us-are-dead.txt'), fixtureText('news-all-of-us-are-dead-season-2.txt'), ...corpusTexts()];
    let hits = 0;
    for (const text of texts) {
      const ours = lexiconHits(text);
      expect(ours).toEqual(winkHits(text));
      hits += ours.length / 3;
    }
    expect(hits).toBeGreaterThan(100);
  });
});

describe('the pre-built sentiment machine (src/data/sentiment-machine.ts)', () => {
  const modelJson = (model.sa as unknown as () => { machines: string[] })().machines[0] as string;
  const words = (model.core as unknown as () => { features: { lexeme: { list: string[] } } })().features.lexeme.list;

  it('is what scripts/build-sentiment-machine.mjs writes from the installed model', () => {
    expect(readFileSync(SENTIMENT_MACHINE_FILE, 'utf8')).toBe(sentimentMachineSource());
  });

  it("unpacks to the tables of the installed model's own machine, state for state", () => {
    const packed = unpackMachine(SENTIMENT_MACHINE.packed);
    const rebuilt = machineTables(modelJson);
    expect(packed).toEqual(rebuilt);
    expect(packed.start.length).toBeGreaterThan(80_000);
    expect(packed.terminal.reduce((n, t) => n + t, 0)).toBeGreaterThan(10_000);
    expect(SENTIMENT_MACHINE.lexiconSize).toBe(words.length);
    expect(machineFingerprint(packed, words)).toBe(SENTIMENT_MACHINE.fingerprint);
  });

  // Small machines of my own: [version, last state, states, terminals, marked, custom]. Token
  // 2070003 is wink's `otherwise`; a terminal named "0" is an ignored pattern.
  it.each([
    ['one word', [100, 1, { 0: { 7: 1 } }, { 1: '500' }, {}, {}]],
    ['a two-word phrase and a lone word', [100, 4, { 0: { 3: 1, 9: 3 }, 1: { 5: 2, 2070003: 4 } }, { 2: '-250', 3: '1000', 4: '-1000' }, {}, {}]],
    ['an ignored pattern and an otherwise at the start', [100, 2, { 0: { 12: 1, 2070003: 2 } }, { 1: '0', 2: '125' }, {}, {}]],
    ['token ids past 16 bits', [100, 3, { 0: { 30000: 1, 60000: 2, 90000: 3 }, 1: { 70000: 3 } }, { 2: '-3', 3: '7' }, {}, {}]],
  ])('packs %s and unpacks it to the same tables', (_name, machine) => {
    const json = JSON.stringify(machine);
    expect(unpackMachine(packMachine(json).packed)).toEqual(machineTables(json));
  });

  it('refuses a machine whose start ids step further than 16 bits hold', () => {
    const json = JSON.stringify([100, 2, { 0: { 300: 1, 70000: 2 } }, { 1: '-3', 2: '7' }, {}, {}]);
    expect(() => packMachine(json)).toThrow('69700 does not fit a Uint16Array');
  });

  it.each([
    ['the same lexicon', false, (list: string[]) => list],
    // The same size, every id past the second moved by one: a lexicon numbered otherwise.
    ['a word put in after the first two and the last one left out', true, (list: string[]) => [...list.slice(0, 2), 'aaaab', ...list.slice(2, -1)]],
    ['a word more at the end', true, (list: string[]) => [...list, 'zzyzx']],
  ])('with %s, takes the model\'s own machine: %s', (_name, fromModel, change) => {
    let asked = false;
    const changed = change(words);
    const tables = sentimentTables(changed, changed.length, () => {
      asked = true;
      return modelJson;
    });
    expect(asked).toBe(fromModel);
    expect(tables).toEqual(machineTables(modelJson));
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { lexiconHits } from '../src/wink';
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

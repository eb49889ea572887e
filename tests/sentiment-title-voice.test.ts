// A song or film title holding "I" with a clitic ("I'll Stand By You") is no first person: news
// that names such titles is not the writer speaking.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline';
import { resolveOptions } from '../src/options';

/** Whether the one sentence of `text` speaks in the writer's first person. */
function firstPersonOf(text: string): boolean {
  const [s] = runPipeline(text, resolveOptions(undefined)).sentiment.sentences;
  return s?.voice.firstPerson ?? false;
}

describe('first person: a title-case title with "I" and a clitic is no writer speaking', () => {
  it.each<[string, boolean]>([
    ["The band's cover of I'll Be Waiting Forever went in at number six.", false],
    ["Her new single I'm Not Sorry entered the chart at nine.", false],
    ["I'll admit the second verse drags.", true],
    ["I've heard better choruses.", true],
    ["Her single I've Got A Feeling topped the chart.", false],
    ['I Believe In Summer held on at number two.', false],
    ['I loved the bridge of the song.', true],
  ])('%s → first person %s', (text, firstPerson) => {
    expect(firstPersonOf(text)).toBe(firstPerson);
  });
});

// Plot and mood vocabulary tells what happens in a story, not what the writer thinks of the work:
// its lexicon score counts PLOT_WEIGHT times. Words that only say where something is or what caught
// the eye hold no opinion at all.
import { describe, expect, it } from 'vitest';
import { PLOT_WEIGHT } from '../src/data/sentiment-rules';
import { resolveOptions, runPipeline } from '../src/pipeline-stages';

/** The hit on `word` in `text`, or undefined when the word is no hit. */
function hitOn(text: string, word: string): { factor: number; value: number } | undefined {
  const { sentiment } = runPipeline(text, resolveOptions(undefined));
  return sentiment.hits.find((h) => text.slice(h.start, h.end).toLowerCase() === word);
}

describe('plot and mood words count PLOT_WEIGHT times', () => {
  it.each<[string, string]>([
    ['battle', 'The siege ends in a long battle by the river.'],
    ['terror', 'Terror grips the little fishing town.'],
    ['terrorists', 'Two terrorists board the night ferry.'],
    ['missing', 'Her younger son goes missing after the fair.'],
    ['suspect', 'The inspector questions a second suspect.'],
    ['dark', 'It is a dark tale of two rival bakers.'],
    ['afraid', 'The twins are afraid of the old mill.'],
    // Suffering and strife a story is made of.
    ['pain', 'The old sailor hides his pain from the crew.'],
    ['sadness', 'A quiet sadness hangs over the family farm.'],
    ['suffering', 'The war brings suffering to the valley.'],
    ['evil', 'An evil sorcerer rules the northern hills.'],
    ['combat', 'The cadets train for combat on the moon.'],
    ['enemies', 'The two clans have been enemies for ages.'],
  ])('%s in %j', (word, text) => {
    const hit = hitOn(text, word);
    expect(hit).toMatchObject({ factor: PLOT_WEIGHT });
    // The lexicon reads each as blame; as plot it stays blame, at half strength at most.
    expect(hit!.value).toBeLessThan(0);
    expect(hit!.value).toBeGreaterThanOrEqual(-PLOT_WEIGHT);
  });
  it('leaves the writer\'s own words of blame at full weight', () => {
    expect(hitOn('The ending is dreadful.', 'dreadful')).toMatchObject({ factor: 1 });
  });
});

describe('words of place, direction and notice hold no opinion', () => {
  it.each<[string, string]>([
    ['behind', 'The real story behind the lighthouse is simple.'],
    ['behind', 'She spent a decade behind the camera.'],
    ['struck', 'What struck me first was the quiet score.'],
    ['struck', 'The old oak is struck by lightning.'],
    ['down', 'The twins ran down the hill to the quay.'],
    ['down', 'Once the storm dies down the ferry sails again.'],
  ])('%s in %j is no hit', (word, text) => {
    expect(hitOn(text, word)).toBeUndefined();
  });
});

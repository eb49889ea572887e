import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const characters = (text: string): string[] => analyzeReview(text).characters.map((e) => e.name);
const named = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

// Each text is a review of an anime written without "I" or "my", the voice the names stage reads as
// news, where a lone capitalised word no cue names is taken for a band, a firm or a place. A review
// wholly about animation names its characters by one word; its places, makers and headings stay out.
describe('a lone name in a third-person review wholly about animation', () => {
  it.each([
    ['The anime follows a crew of sky pirates over three seasons, and the animation stays bright from the first episode to the last. Tavrin gets the best fights of the series, and the final arc gives Tavrin a proper send-off. Fans of the manga will find the pacing faithful and the music strong.', 'Tavrin'],
    ['The anime follows two sisters on a long trip across the northern islands, and the animation of the sea is lovely. Mireko carries the plot, and the last episode leaves Mireko alone on the shore. The manga ends the same way, with a quieter final chapter.', 'Mireko'],
  ])('%j has the character %j', (text, name) => {
    expect(characters(text)).toContain(name);
  });
  it.each([
    // a place: after a word of place
    ['The anime spends most of its second season in the mountains, and the animation of the snow is the best part. The heroes travel from Kelmora to the coast, and the old walls of Kelmora look grim in every episode. The manga draws them the same way.', 'Kelmora'],
    // a maker: near a word of making the work
    ['The anime is short and the animation is cheap, but the story holds up. The art of Haruzen carries every episode, and the character designs by Haruzen are the reason to watch it. The manga has the same look and pacing throughout the run.', 'Haruzen'],
    // a word the text also writes in lower case
    ['The anime mixes comedy and drama in every episode, and the animation is smooth. The drama works best in the middle arc, when the crew splits up, and the Drama of the last arc feels rushed. The manga handles that part with more care.', 'Drama'],
    // a report on an animated film names its studios the news way
    ['The anime film won the top prize at the festival on Sunday, the organisers said. The animation studio Brightmoor said the award was a surprise, and a spokesman said Brightmoor would start a sequel next year. The director was not at the ceremony.', 'Brightmoor'],
  ])('%j has no %j', (text, name) => {
    expect(named(text)).not.toContain(name);
  });
});

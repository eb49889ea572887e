import { describe, expect, it } from 'vitest';
import { worksTable as table } from './helpers/works-table';
import { WordFacts } from '../src/stages/word-facts';
import { scanWords } from '../src/text/words';

/** The word facts of `text`, read without wink: the counts read the words alone. */
const facts = (text: string) => new WordFacts(scanWords(text, text.toLowerCase()), { tokens: [], sentences: [], hits: [], wordCount: 0, voiceTokens: [] }, text);

describe('a numbered sequel in news and reviews of animated films', () => {
  table([
    // "animation", "animated", "cartoon", a studio's name: any animation, whose films have sequels.
    { text: 'The new superhero film has beaten Puddle Dogs 2 at the animation awards and was named best animated feature.', found: ['Puddle Dogs 2'], none: ['Puddle Dogs'] },
    { text: 'This cartoon sequel is a delight. Moss Giants 2 has brighter animation than the first film, and the animated songs are funnier.', found: ['Moss Giants 2'] },
    { text: 'Pixar and DreamWorks fought all year: Tin Robots 3 beat every animated rival, and the animation prize went to it.', found: ['Tin Robots 3'] },
  ]);
});

describe('anime and manga talk numbers arcs and chapters, not sequels', () => {
  table([
    { text: 'The anime season is great and the manga is better; the Lantern Keep 3 arc is the best arc of the anime.', found: [] },
    { text: 'The animation is lovely and the manga fans cheered, since this anime adapts the Salt Tower 2 chapters well.', found: [] },
    { text: 'I watched the anime after the manga. The animation is fluid and Cobalt Fleet 4 is where the film finally gets good.', found: [] },
  ]);
});

describe('readsAsAnime counts only the words of anime and manga fandom', () => {
  it.each([
    ['The anime and the manga differ.', true, true],
    ['Two cartoons on Saturday, then an animated film.', false, true],
    ['The animation is lovely and the animated songs are fun.', false, true],
    ['A shonen anime with a mecha finale.', true, true],
    ['The anime is mentioned once, with one animated scene.', false, true],
  ])('%j: anime %s, animation %s', (text, anime, animation) => {
    const f = facts(text);
    expect([f.readsAsAnime(), f.readsAsAnimation()]).toEqual([anime, animation]);
  });
});

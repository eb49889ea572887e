import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/**
 * A review told mostly in the third person, with two first-person words near its end and a lone
 * name (`Odile`) that no casting, family or acting cue marks; `TITLE` stands where the work's title
 * goes. Near the word count where two first-person words stop making a review and start making a
 * report, so a title's words, if they were counted as the writer's, would turn the voice.
 */
const REVIEW = `"TITLE" opens on a grey harbour town where the fishing boats have stopped going out. The keeper of the old light is a quiet widow, and the story keeps close to her routine for most of its first hour: the stairs, the oil, the long watch over black water. When a stranger washes up on the rocks, the town decides he is a smuggler, and the film turns into a slow siege of gossip and fear.

Odile was the one neighbour who never believed the rumours, and the script gives her the sharpest lines. The keeper sends Odile to the mainland for medicine in the second act, and the crossing is the most gripping stretch of the whole picture, shot in rain and near darkness with almost no music. There is real craft in the way the camera stays low on the waves, and the editing never hurries a single scene of the storm.

The weaker half is the ending. The plot ties every thread too neatly, the villain gets a speech that explains what we already knew, and a late twist about the stranger's past lands with a thud. Still, the performances carry it, and the sound design is superb throughout. Fans of patient, moody dramas will find plenty here, and the final image of Odile and the keeper on the gallery stays with me. I would watch "TITLE" again for the crossing alone.`;

/** The names of every character and person the analysis of `text` holds, sorted. */
function namesOf(text: string): string[] {
  const out = analyzeReview(text);
  return [...out.characters.map((c) => c.name), ...out.people.map((p) => p.name)].sort();
}

describe("a work title's length does not change which names a text has", () => {
  // Each case: what it shows, the short title, the long one, a name both analyses must hold.
  it.each<[string, string, string, string]>([
    ['a title written with many more words', 'The Lantern', 'The Lantern at the Edge of the Grey Harbour Town', 'Odile'],
    ['a title with a long subtitle', 'The Lantern', 'The Lantern: A Story of the Grey Harbour in Winter', 'Odile'],
  ])('%s', (_what, short, long, name) => {
    const shortText = REVIEW.replaceAll('TITLE', short);
    const longText = REVIEW.replaceAll('TITLE', long);
    expect(analyzeReview(longText).works.map((w) => w.title)).toContain(long);
    const names = namesOf(shortText);
    expect(names).toContain(name);
    expect(namesOf(longText)).toEqual(names);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

// A character's name that the words beside one of its mentions use as a work's title (watched,
// a kind of work after it, a work's part and `of` before it) is the work named after the
// character there: that mention moves to a work, the character keeps the others.
describe('a character named by its work: the mentions used as a title are the work', () => {
  const cases: readonly { text: string; work?: string; at?: number; character: string; left: number }[] = [
    {
      text: 'I watched Brannoc with my nephew last weekend. Brannoc lives alone in a lighthouse and his sister visits him every winter.',
      work: 'Brannoc', at: 10, character: 'Brannoc', left: 1,
    },
    {
      text: 'The first Brannoc film is the best one. Brannoc lives alone in a lighthouse and his sister visits him every winter.',
      work: 'Brannoc', at: 10, character: 'Brannoc', left: 1,
    },
    {
      text: 'I have seen all 300 episodes of Kestrel. Kestrel trains with her father and she never gives up.',
      work: 'Kestrel', at: 32, character: 'Kestrel', left: 1,
    },
    // Someone of the story watches him: he is no work there.
    { text: 'Mira watched Brannoc from the window. Brannoc lives alone in a lighthouse and his sister visits him.', character: 'Brannoc', left: 2 },
    // A verb after the name: he is watched doing something.
    { text: 'We kept watching Brannoc fight the storm. Brannoc lives alone in a lighthouse and his sister visits him.', character: 'Brannoc', left: 2 },
    // An indefinite article makes the name a kind of film, not one film's title.
    { text: 'It is a typical Brannoc film. Brannoc lives alone in a lighthouse and his sister visits him.', character: 'Brannoc', left: 2 },
    // Two names joined before a kind of work are its makers or stars.
    { text: 'My nephew loves an Orrin and Brannoc film. Brannoc lives alone and his sister visits him.', character: 'Brannoc', left: 2 },
    // One given name is someone watched as often as a work.
    { text: 'We watched Lucy at the harbour. Lucy lives alone in a lighthouse and her sister visits her.', character: 'Lucy', left: 2 },
    // A player in brackets after it makes it the part.
    { text: 'She plays Brannoc (Tilda Verne) in the first season of Brannoc (Tilda Verne). Brannoc lives alone and his sister visits him.', character: 'Brannoc', left: 3 },
  ];
  it.each(cases)('$text', ({ text, work, at, character, left }) => {
    const a = analyzeReview(text);
    const w = a.works.find((x) => x.title === work);
    if (work) expect(w?.mentions.map((m) => m.start)).toEqual([at]);
    else expect(a.works.map((x) => x.title)).not.toContain(character);
    expect(a.characters.find((c) => c.name === character)?.mentions.length).toBe(left);
  });
});

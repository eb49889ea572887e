// A part's name often opens on an abbreviated rank ("Gen. Vane", "Pvt. R. Holt"): its dot ends no
// sentence, and the rank joins the name after it, so the whole titled name is the part the actor
// plays and not a lone "Gen" or "Pvt". Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every character as its name and the name of the one who plays it. */
function links(text: string): [string, string | null][] {
  const a = analyzeReview(text);
  return a.characters.map((c) => [c.name, a.people.find((p) => p.id === c.playedBy)?.name ?? null]);
}

describe('an abbreviated rank opening a part', () => {
  it.each([
    ['a general after `as`', 'Marcus Dane as Gen. Orrin Vane is the best thing in the film.', 'Gen. Orrin Vane', 'Marcus Dane'],
    ['a private with an initial after `as`', 'The squad is fun, and Lena Forde as Pvt. R. Holt steals every scene.', 'Pvt. R. Holt', 'Lena Forde'],
    ['a major after `plays`', 'Tobias Wren plays Maj. Kell, the cruel camp commander, with quiet menace.', 'Maj. Kell', 'Tobias Wren'],
    ['an admiral in brackets after the actor', 'The cast is strong: Ruth Aldane (Adm. Sorrel) holds the bridge scenes together.', 'Adm. Sorrel', 'Ruth Aldane'],
    ['a brigadier in brackets before the actor', 'The old man, Brig. Harlow (Peter Venn), barks every order.', 'Brig. Harlow', 'Peter Venn'],
    ['a superintendent after `as`', 'Nadia Crest as Supt. Joan Marr runs the inquiry with a cold eye.', 'Supt. Joan Marr', 'Nadia Crest'],
  ] as const)('is the part, whole: %s', (_, text, part, actor) => {
    const found = links(text);
    expect(found).toContainEqual([part, actor]);
    // The rank alone is no one.
    expect(found.some(([name]) => /^(?:Gen|Pvt|Maj|Adm|Brig|Supt)$/.test(name))).toBe(false);
  });
});

// A two-word name written once the other way round is a form of the full name (family name first
// or last, as reviews of Japanese works write it), and a style after describing words ("Guild
// Master", "Jedi Master") belongs to a role phrase, so the full name after it is the name; a
// polite title stays the name's; "X Vs Y" names two. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every entity as its name and aliases, sorted. */
function entities(text: string): string[][] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => [e.name, ...e.aliases].sort());
}

describe('a two-word name written once the other way round', () => {
  it.each([
    ['family name first once, set off by commas', 'We follow Haruto Senba through the war. Haruto loses his home early. Senba Haruto, as the manga calls him, grows cold. Haruto wins in the end.', ['Haruto', 'Haruto Senba', 'Senba Haruto']],
    ['family name first once, opening a sentence', 'The hero, Daichi Kurobane, wants to be a pilot. Daichi trains every night. Kurobane Daichi, in the dub, sounds older. Daichi is still a great lead.', ['Daichi', 'Daichi Kurobane', 'Kurobane Daichi']],
  ] as const)('is one entity: %s', (_, text, want) => {
    expect(entities(text)).toContainEqual([...want]);
  });
});

describe('a rank after describing words', () => {
  it.each([
    ['a master of a guild', 'The old Guild Master Tarek Osei trains the boy. Tarek is harsh but kind.', ['Tarek', 'Tarek Osei']],
  ] as const)('leaves the name after it, its given name alone a form of it: %s', (_, text, want) => {
    const found = entities(text);
    expect(found).toContainEqual([...want]);
    // The describing words are no one's name and no one's form.
    expect(found.flat().some((f) => /Guild|Master/.test(f))).toBe(false);
  });

  it('a listed given name before a title word keeps the run: the title word is a surname', () => {
    const found = entities('Yesterday I read Stephen King Carrie again, and Stephen King still scares me.');
    expect(found.some((forms) => forms.includes('Stephen King'))).toBe(true);
  });
});

describe('two sides of a fight', () => {
  it('are two names, neither a form of the other', () => {
    const found = entities('The best fight is Kenzo Vs Arata in the final arc. Kenzo wins, but Arata gets the last word, and Kenzo leaves.');
    expect(found).toContainEqual(['Kenzo']);
    expect(found).toContainEqual(['Arata']);
    expect(found.flat().some((f) => /Vs/.test(f))).toBe(false);
  });
});

// A two-word name written once the other way round is a form of the full name (family name first
// or last, as reviews of Japanese works write it), and a rank or style after describing words
// ("Space Captain", "Guild Master") belongs to a role phrase, so the full name after it is the
// name; before a lone word a rank stays the form's; "X Vs Y" names two. Sentences are made up.
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
    ['a ship rank', 'The rebels trust Space Captain Orrin Vale with the fleet. Orrin keeps them alive, and the battle at the end belongs to Orrin.', ['Orrin', 'Orrin Vale']],
    ['a police rank', 'The farm is quiet until Chief Inspector Ruth Calder drives up. Ruth finds the ledger in the barn.', ['Ruth', 'Ruth Calder']],
  ] as const)('leaves the name after it, its given name alone a form of it: %s', (_, text, want) => {
    const found = entities(text);
    expect(found).toContainEqual([...want]);
    // The describing words are no one's name and no one's form.
    expect(found.flat().some((f) => /Guild|Master|Space|Captain|Chief|Inspector/.test(f))).toBe(false);
  });

  it.each([
    ['a fleet rank', 'Then Fleet Commander Ives takes the bridge, and Ives is cold to the young pilots.', ['Commander Ives', 'Ives']],
    ['a navy rank', 'Near the end, Rear Admiral Sorrel gives the order, and Sorrel goes down with the ship.', ['Admiral Sorrel', 'Sorrel']],
  ] as const)('before one word, a rank is the form the text calls them by, and the words before it are no form: %s', (_, text, want) => {
    expect(entities(text)).toContainEqual([...want]);
  });

  it('a listed given name before a title word keeps the run: the title word is a surname', () => {
    const found = entities('Yesterday I read Stephen King Carrie again, and Stephen King still scares me.');
    expect(found.some((forms) => forms.includes('Stephen King'))).toBe(true);
  });
});

describe('a common family name that is also a stop word, after a rarer first name', () => {
  it.each([
    ['The chart was topped by Usher, Tayshawn West and Nelly this week.', 'Tayshawn West'],
    ['The label signed Dashiell King and two other rappers last year.', 'Dashiell King'],
    ['Among the winners were Keziah May and the Blue Lanterns.', 'Keziah May'],
  ])('%j names %j', (text, name) => {
    expect(entities(text)).toContainEqual([name]);
  });

  it('not a town or a nation after the rarer first name', () => {
    expect(entities('The drama is set in Tudor England, far from the court.').flat()).toEqual([]);
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

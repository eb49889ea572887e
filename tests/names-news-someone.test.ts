import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

// Each text is written in the third person (no "I" or "my"), the voice in which a lone capitalised
// word no cue names is taken for a band, a firm or a place.
describe('a lone name in third-person text that the story introduces or speaks of as someone', () => {
  it.each([
    // introduced by a family word after someone's possessive
    ["The film follows a fisherman through one hard winter on the coast. Tomas's cousin Brenna keeps the boat running while the storms go on, and Brenna never complains about the cold.", 'Brenna'],
    // introduced as the story's character
    ['The adaptation is slow. Its main character, Quorrin, is a clerk who spies on the family. The novel gave Quorrin more to do, and the change does not work at all.', 'Quorrin'],
    // an appositive with "who"
    ['The film follows a fisherman through one hard winter on the coast. Orvald, a stubborn old man who will not sell his boat, loses two nets in a week, and Orvald still goes out every dawn.', 'Orvald'],
    ['The film follows a fisherman through one hard winter on the coast. Orvald, who will not sell his boat, loses two nets in a week, and Orvald still goes out every dawn to fish.', 'Orvald'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each([
    // a town takes "which", not "who"
    ['The story moves from the harbour to the mountains and back again. The ship stops at Varrow, which is a grey port town, and Varrow gets most of the rain and fog in the film.', 'Varrow'],
    ['The story moves from the harbour to the mountains, and back again. The ship stops at Varrow for a week. Varrow is a grey town, and the film makes the most of its rain and its fog.', 'Varrow'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});

// A title before one name word marks someone in a story told in the third person (a review, a
// novel); a report titles songs, shops and figures of legend as often, so there the title alone
// keeps nothing.
describe('a titled lone name in third-person text that tells a story', () => {
  it.each([
    ['The series opens in a port town after a long strike. The dock workers distrust Inspector Vance from the start, and the harbour office burns before Inspector Vance can read the ledger.', 'Inspector Vance'],
    ['Nothing in the second season works as well as the scenes at the desert base, where the supplies run low and Dr Okafor keeps the wounded alive with almost nothing at hand.', 'Dr Okafor'],
    ['The crossing takes most of the film. The crew begin to doubt Captain Reyes once the storm hits, and only the cook stays loyal to Captain Reyes until the end of the voyage.', 'Captain Reyes'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each([
    // a name word the text also writes in lower case is no name (`who`)
    ['The new series of Dr Who keeps the old music, and the viewers who loved the last run of episodes will find Dr Who much the same as it ever was.', 'Dr Who'],
    // a report: the title alone keeps nothing
    ['The council said on Monday that the old shop would close in March after forty years. Shoppers told reporters that Madame Fleury had been part of the high street for decades, and the owners said Madame Fleury would reopen across town.', 'Madame Fleury'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});

// A lone word met once at the start of a sentence is a name when `, who` follows it: the sentence
// is about someone, where a town or a firm takes `which`.
describe('a once-named word opening a sentence before ", who"', () => {
  it.each([
    ['The story stays in a mountain village through a long, hard winter. Ottoline, who keeps the only inn, hides a stranger in the cellar and lies to the soldiers about him.', 'Ottoline'],
    ['The crew is small and the ship is old. Brannock, whose temper sinks every plan, ends up steering the boat through the worst of the storm.', 'Brannock'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each([
    ['The story moves from the harbour to the mountains and back again. Varrow, which is a grey port town, gets most of the rain and fog in the film.', 'Varrow'],
    ['The vote was close in the end. MPs, who had argued for weeks, went home for the long summer break.', 'MPs'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});

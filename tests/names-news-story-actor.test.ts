import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

// Each text is written in the third person (no "I" or "my"), the voice in which a lone capitalised
// word no cue names is taken for a band, a firm or a place. A review that retells its story in
// that voice (it speaks of the plot, the scenes, the villain) names its characters so too: a lone
// word that acts there (`Morvane betrays`) or owns a thing (`Morvane's plan`) is kept.
describe('a lone name acting in a third-person retelling of a story', () => {
  it.each([
    // the subject of a verb in the present tense
    ['The plot is thin but the scenes at sea are lovely to watch. Morvane betrays the crew halfway through the voyage, and the villain never gets a better moment than when Morvane laughs at the storm.', 'Morvane'],
    // the subject of a verb in the past tense
    ['The first episode sets up the plot with care. Tesk wanted the farm for himself, and the best scenes show how far Tesk pushed his brothers before the harvest came in.', 'Tesk'],
    // owning a common noun
    ["The plot hangs on one stolen letter. Ildra's scheme falls apart in the last act, and the final scenes leave Ildra's temper as the only thing the hero cannot beat.", 'Ildra'],
  ])('%j has %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each([
    // a place: named after a preposition of place
    ['The plot moves slowly and the scenes drag. Most of the film is set in Harrowdeep, a mining town, and the miners of Harrowdeep spend the whole winter waiting for the company to pay.', 'Harrowdeep'],
    // the same acting word in a report: the reporting verbs keep it a firm or a band
    ['The company said on Monday that the plot of land would be sold. Pellcorp wants the site for new scenes of its studio, and the council told the firm that Pellcorp needs a licence first.', 'Pellcorp'],
    // no talk of a story: a text about a firm keeps the old reading
    ['The shares rose sharply again over the week. Vandrell sells most of its parts to carmakers in the north, and analysts expect Vandrell to raise its prices before the year is out.', 'Vandrell'],
    // the last word of a longer proper name
    ['The plot follows two sisters across the ocean. The scenes at the Statue of Liberty are lovely, and Liberty looks grand in the evening light when the boat sails into the harbour at last.', 'Liberty'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});

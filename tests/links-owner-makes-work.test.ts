// A maker's possessive before a name the words call a work ("Ann Vale's Salt Roads, a novel"), or
// the possessive of a surname the text gives a maker ("director Vale … Vale's Nora Hale"), owns a
// work, not a part; an actor's possessive before a part keeps its link. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The casting links of `text`, as "actor->part". */
function links(text: string): string[] {
  const a = analyzeReview(text);
  const id = new Map(a.people.map((p) => [p.id, p.name]));
  return a.characters.filter((c) => c.playedBy).map((c) => `${id.get(c.playedBy as string)}->${c.name}`);
}

describe("a maker's possessive owns a work", () => {
  it.each([
    ['a comma and a novel after the owned name', "The prize list named Harriet Wolcott's Edmund Tarrow, a novel about a lighthouse keeper and his debts."],
    ['a title running on over `and` before the comma', "The panel praised Harriet Wolcott's Edmund Tarrow and Mr Bellweather, a sprawling novel set in old Bristol."],
    ['the surname alone called a director elsewhere', "Nadia Corrow's Mabel Finchley opens in a snowed-in station. The director Corrow shot it in one winter."],
    ['a copula and a work noun', "Every year someone revives Desmond Fairleigh's Lottie Marchbank. Desmond Fairleigh's Lottie Marchbank is a tedious comedy of manners."],
  ] as const)('no link: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });

  it("keeps an actor's possessive before a part (a describing apposition, no work noun)", () => {
    expect(links("Nobody forgets Quentin Hallworth's Silas Grebe, the cold banker who ruins the town.")).toEqual(['Quentin Hallworth->Silas Grebe']);
  });

  it("keeps an actor's possessive before a part the subject of a verb", () => {
    expect(links("I loved the chase, and Quentin Hallworth's Silas Grebe is terrifying from his first scene.")).toEqual(['Quentin Hallworth->Silas Grebe']);
  });

  it("keeps a part whose appositive names the film's hero (the work noun owns a noun)", () => {
    expect(links("Quentin Hallworth's Silas Grebe, the film's villain, steals every scene.")).toEqual(['Quentin Hallworth->Silas Grebe']);
  });
});

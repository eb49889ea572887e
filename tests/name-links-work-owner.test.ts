// A work's possessive before the part after a casting verb, as news writes it ("who played
// Harbour Lights' Marie Jackson"). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Each character's name with its player's name, `character <- actor`. */
function links(text: string): string[] {
  const a = analyzeReview(text);
  const names = new Map(a.people.map((p) => [p.id, p.name]));
  return a.characters.filter((c) => c.playedBy !== null).map((c) => `${c.name} <- ${names.get(c.playedBy as string) ?? '?'}`);
}

describe("a work's possessive before the part", () => {
  it.each([
    ['after who played', 'The soap Harbour Lights ran for ten years. Anna Keller, who played Harbour Lights\' Marie Jackson, died on Saturday.', ['Marie Jackson <- Anna Keller']],
    ['after plays', 'The film Night Watch opens on Friday. Tom Vell plays Night Watch\'s Sam Pike.', ['Sam Pike <- Tom Vell']],
  ] as const)('casts the part %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it("not a person's possessive, which names whose the part is", () => {
    expect(links('Tom Vell plays Anna Rusk\'s father, Chris Dunn.')).toEqual(['Chris Dunn <- Tom Vell']);
  });
});

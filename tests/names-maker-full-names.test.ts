import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const people = (text: string): { name: string; roles: readonly string[] }[] => analyzeReview(text).people.map((p) => ({ name: p.name, roles: p.roles }));
const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe("a two-word proper name once, with a maker's work after its possessive", () => {
  it.each([
    ["This is Tarquin Vell's masterpiece and nothing he made later comes close.", 'Tarquin Vell'],
    ["I went in knowing only Osric Manderly's earlier films, and none of them prepared me.", 'Osric Manderly'],
    ["It has all the marks of Merrow Quaile's later pictures, for good and ill.", 'Merrow Quaile'],
    ["Everyone should read Ysolde Carrack's novel before seeing this.", 'Ysolde Carrack'],
  ])('%j has %j', (text, name) => {
    expect(people(text).map((p) => p.name)).toContain(name);
  });

  it('a lone word keeps its masterpiece too', () => {
    expect(people("It is plainly Darrowby's masterpiece, whatever the critics said.").map((p) => p.name)).toContain('Darrowby');
  });

  it.each([
    // A possessive with no work of a maker after it says nothing.
    ["The whole town hates Tarquin Vell's dog and so do I.", 'Tarquin Vell'],
    // A capitalised word after the possessive is a name or a title, not a work noun.
    ["We visited Osric Manderly's Folly on the way home.", 'Osric Manderly'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});

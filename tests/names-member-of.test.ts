import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a name put before a role noun and another name is a band, a work or a firm', () => {
  it.each([
    ['Gordon Vellacott frontman Margot Ellery has asked for more money for music lessons.', 'Gordon Vellacott', 'Margot Ellery'],
    ['Last night Harold Pellow actress Dorothy Fennimore walked the red carpet in silver.', 'Harold Pellow', 'Dorothy Fennimore'],
  ])('%j has no %j, and has %j', (text, band, member) => {
    expect(found(text)).not.toContain(band);
    expect(found(text)).toContain(member);
  });
  it('keeps a person whose own role noun comes after the name once of several mentions', () => {
    const text = 'Margot Ellery sang first. Later Margot Ellery and Dorothy Fennimore danced, and Margot Ellery singer friends cheered.';
    expect(found(text)).toContain('Margot Ellery');
  });
});

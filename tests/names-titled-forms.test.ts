import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

describe('a titled full name also lists its form without the title', () => {
  it.each([
    ['Forensic pathologist Dr Tamsin Crouse said the show misleads juries.', 'Dr Tamsin Crouse', 'Tamsin Crouse'],
    ['The jury included director Sir Anselm Kowar and two critics.', 'Sir Anselm Kowar', 'Anselm Kowar'],
  ])('%j', (text, name, bare) => {
    const a = analyzeReview(text);
    const e = [...a.characters, ...a.people].find((x) => x.name === name);
    expect(e?.aliases).toContain(bare);
  });
  it('keeps a title before one word as it is', () => {
    const a = analyzeReview('Mr Kowar left early, and Mr Kowar came back.');
    expect([...a.characters, ...a.people].flatMap((x) => x.aliases)).not.toContain('Kowar');
  });
});

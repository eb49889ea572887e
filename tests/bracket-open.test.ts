import { describe, expect, it } from 'vitest';
import { bracketOpenAfter } from '../src/text/bracket-open';

describe('bracketOpenAfter', () => {
  it.each([
    ['Rosa Lind (Mara) sings', 9, 10],
    ['Rosa Lind(Mara) sings', 9, 9],
    ['Rosa Lind  (Mara) sings', 9, -1],
    ['Rosa Lind, (Mara) sings', 9, -1],
    ['Rosa Lind', 9, -1],
    ['Rosa Lind ', 9, -1],
  ])('in %j after offset %i gives %i', (view, end, want) => {
    expect(bracketOpenAfter(view, end)).toBe(want);
  });
});

import { describe, expect, it } from 'vitest';
import { winkText } from '../src/wink/wink-text';

describe('winkText', () => {
  it.each([
    ['prose with short runs', 'The pilot drags, then the finale soars.\nTen out of ten.', 'The pilot drags, then the finale soars.\nTen out of ten.'],
    ['a run of 63 letters', 'x'.repeat(63), 'x'.repeat(63)],
    ['a run of 100 letters', `go ${'y'.repeat(100)} on`, `go ${'y'.repeat(100)} on`],
    ['a run of 101 letters: a space in place of the last', 'z'.repeat(101), `${'z'.repeat(100)} `],
    ['63 marks', `so${'!'.repeat(63)}`, `so${'!'.repeat(63)}`],
    ['64 marks after a word', `so${'!'.repeat(64)}`, `so${' '.repeat(64)}`],
    ['a rule of dashes between lines', `top\n${'-'.repeat(70)}\nend`, `top\n${' '.repeat(70)}\nend`],
    ['marks broken by letters every 40', `${'?'.repeat(40)}a${'?'.repeat(40)}`, `${'?'.repeat(40)}a${'?'.repeat(40)}`],
    ['a long run of letters and digits, no marks', `${'ab12'.repeat(20)} ok`, `${'ab12'.repeat(20)} ok`],
  ])('gives %s to wink as expected', (_, view, expected) => {
    const out = winkText(view);
    expect(out).toBe(expected);
    expect(out).toHaveLength(view.length);
  });

  it('returns the caller’s own string when no run is long enough to guard', () => {
    const view = `${'word '.repeat(1000)}end`;
    expect(winkText(view)).toBe(view);
  });
});

import { describe, expect, it } from 'vitest';
import { normalize } from '../src/stages/1-normalize';

describe('normalize', () => {
  it.each([
    ['\uFEFFTitle', ' Title'],
    ['a\u00a0b', 'a b'],
    ['line\r\nnext', 'line \nnext'],
    ['one\r\n\r\ntwo', 'one\n\n  two'],
    ['one \n\u00a0\ntwo', 'one\n\n  two'],
    ['one\n\n\ntwo', 'one\n\n two'],
    ['one\n\ntwo', 'one\n\ntwo'],
    ['old\rmac', 'old\nmac'],
    ['one<br />two', 'one\n     two'],
    ['one<BR>two', 'one\n   two'],
    ['a\u2028b', 'a\nb'],
    ['bell\u0007', 'bell '],
    ['lone\ud800x', 'lone\ufffdx'],
    ['emoji 😀 stays', 'emoji 😀 stays'],
  ])('keeps the length of %j', (text, view) => {
    const n = normalize(text);
    expect(n.view).toBe(view);
    expect(n.view.length).toBe(text.length);
    expect(n.lower.length).toBe(text.length);
  });
  it('lower-cases one code unit at a time', () => {
    const text = 'İstanbul ÀB';
    const n = normalize(text);
    expect(n.lower.length).toBe(text.length);
    expect(n.lower.endsWith('àb')).toBe(true);
  });
});

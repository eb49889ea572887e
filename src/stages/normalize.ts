/**
 * Stage 1: normalize.
 *
 * Builds a view of the text with exactly the same length, so every later offset is an offset
 * into the caller's text. Characters that would confuse wink or the line rules become plain
 * white space; nothing moves.
 */
import type { NormalizedText } from './stage-types';

/** Code units that become a space: BOM, no-break and other odd spaces, zero-width marks, controls. */
function toSpace(code: number): boolean {
  return (
    code === 0xfeff ||
    code === 0x00a0 ||
    code === 0x202f ||
    code === 0x2007 ||
    code === 0x200b ||
    code === 0x2060 ||
    code === 0x0085 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    (code < 0x20 && code !== 0x0a && code !== 0x09) ||
    code === 0x7f
  );
}

/** Length of a `<br>`, `<br/>` or `<br />` tag at `i`, else 0. */
function brTagLength(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x3c) return 0;
  const b = text.charCodeAt(i + 1) | 0x20;
  const r = text.charCodeAt(i + 2) | 0x20;
  if (b !== 0x62 || r !== 0x72) return 0;
  let j = i + 3;
  while (j < i + 6 && (text[j] === ' ' || text[j] === '/')) j++;
  return text[j] === '>' ? j + 1 - i : 0;
}

/** Stage 1: the same-length view and its lower-case twin. Linear in the text. */
export function normalize(text: string): NormalizedText {
  const out: string[] = [];
  const low: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 0x3c) {
      const br = brTagLength(text, i);
      if (br > 0) {
        // `<br />` becomes a newline padded with spaces, so `<br /><br />` is a paragraph break.
        const pad = '\n' + ' '.repeat(br - 1);
        out.push(pad);
        low.push(pad);
        i += br;
        continue;
      }
    }
    let ch: string;
    if (code === 0x0d) ch = text.charCodeAt(i + 1) === 0x0a ? ' ' : '\n';
    else if (code === 0x2028 || code === 0x2029) ch = '\n';
    else if (toSpace(code)) ch = ' ';
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        const pair = text.slice(i, i + 2);
        out.push(pair);
        low.push(pair);
        i += 2;
        continue;
      }
      ch = '\ufffd';
    } else if (code >= 0xdc00 && code <= 0xdfff) ch = '\ufffd';
    else ch = text[i] as string;
    out.push(ch);
    const lc = ch.toLowerCase();
    low.push(lc.length === 1 ? lc : ch);
    i++;
  }
  return { text, view: out.join(''), lower: low.join('') };
}

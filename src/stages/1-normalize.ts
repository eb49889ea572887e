/**
 * Stage 1: normalize.
 *
 * Builds a view of the text with exactly the same length, so every later offset is an offset
 * into the caller's text. Characters that would confuse wink or the line rules become plain
 * white space; nothing moves. One regular-expression pass, each match replaced by a string of
 * its own length.
 */
import type { NormalizedText } from './stage-types';
import { lowerSameLength } from '../text/lower-same-length';

/**
 * What the view replaces: `<br>` tags, CR, line and paragraph separators, BOM, odd spaces,
 * zero-width marks, control characters (tab and newline aside) and lone surrogates.
 */
const SPECIAL =
  // eslint-disable-next-line no-control-regex
  /<br ?\/?>|\r\n?|[\u0000-\u0008\v\f\u000e-\u001f\u007f\u0085\u00a0\u2000-\u200b\u2028\u2029\u202f\u2060\u3000\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gi;

function replacement(match: string): string {
  const c = match.charCodeAt(0);
  if (c === 0x3c) return '\n' + ' '.repeat(match.length - 1); // `<br />`: a line break, padded
  if (c === 0x0d) return match.length === 2 ? ' \n' : '\n';
  if (c === 0x2028 || c === 0x2029) return '\n';
  if (c >= 0xd800 && c <= 0xdfff) return '\ufffd';
  return ' ';
}

/**
 * Writes every paragraph break as wink expects it: a run of white space holding two line breaks or
 * more (`" \n \n"` from CRLF, `"\n\n\n"`, blank lines with spaces) becomes `"\n\n"` and spaces,
 * the only form at which wink ends its sentence and its negation scope. One linear scan, from line
 * break to line break.
 */
function closeParagraphBreaks(view: string): string {
  const space = (c: number): boolean => c === 32 || c === 9 || c === 10;
  let out = '';
  let from = 0;
  // Where the last white-space run looked at ends: runs never overlap, so no character is read twice.
  let scanned = 0;
  // Only runs holding a line break matter: go from line break to line break.
  for (let i = view.indexOf('\n'); i >= 0; i = view.indexOf('\n', scanned)) {
    let start = i;
    while (start > scanned && space(view.charCodeAt(start - 1))) start--;
    let end = i;
    let breaks = 0;
    while (end < view.length && space(view.charCodeAt(end))) {
      if (view.charCodeAt(end) === 10) breaks++;
      end++;
    }
    scanned = end;
    const length = end - start;
    if (breaks >= 2 && !(length === 2 && breaks === 2)) {
      out += view.slice(from, start) + '\n\n' + ' '.repeat(length - 2);
      from = end;
    }
  }
  return from === 0 ? view : out + view.slice(from);
}

/** Stage 1: the same-length view and its lower-case twin. Linear in the text. */
export function normalize(text: string): NormalizedText {
  const control = { first: -1, count: 0 };
  const loneSurrogate = { first: -1, count: 0 };
  const note = (o: { first: number; count: number }, at: number): void => {
    if (o.first < 0) o.first = at;
    o.count++;
  };
  const replaced = text.replace(SPECIAL, (match: string, at: number) => {
    const c = match.charCodeAt(0);
    if (c >= 0xd800 && c <= 0xdfff) note(loneSurrogate, at);
    else if ((c < 0x20 && c !== 0x0d && c !== 0x0a && c !== 0x09) || c === 0x7f) note(control, at);
    return replacement(match);
  });
  const view = closeParagraphBreaks(replaced);
  return { text, view, lower: lowerSameLength(view), oddities: { control, loneSurrogate } };
}

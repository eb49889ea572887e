/** Quote marks: which opening mark each closing mark answers. */

/** Opening mark → the closing marks that may end it. */
export const QUOTE_PAIRS: ReadonlyMap<string, readonly string[]> = new Map([
  ['“', ['”', '“']], // “…” (some writers close with a second “)
  ['„', ['“', '”']], // German style „…“
  ['"', ['"']],
  ['‘', ['’', '‘']],
  ["'", ["'"]],
  ['«', ['»']],
  ['»', ['«']],
  ['‹', ['›']],
  ['「', ['」']],
  ['『', ['』']],
  ['〝', ['〞', '〟']],
]);

/** Marks that can also be apostrophes inside or at the end of a word. */
export const APOSTROPHE_MARKS: ReadonlySet<string> = new Set(["'", '’', '‘']);

/** Every character that can open or close a quote. */
export const QUOTE_CHARS: ReadonlySet<string> = new Set([...QUOTE_PAIRS.keys(), ...[...QUOTE_PAIRS.values()].flat()]);

/** {@link QUOTE_CHARS} as a table by UTF-16 code (1 for a quote mark), for scans over every character. */
export const QUOTE_CODES: Uint8Array = (() => {
  const table = new Uint8Array(0x3020);
  for (const ch of QUOTE_CHARS) table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** Words an apostrophe cuts short at their start; `‘em` and `'n'` open no quote. Lower case. */
export const ELISIONS: ReadonlySet<string> = new Set([
  'em', 'n', 'til', 'till', 'cause', 'cos', 'bout', 'round', 'tis', 'twas', 'ere', 'nuff', 'kay', 'sup', 'ya', 's',
]);

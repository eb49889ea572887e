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

/** Words an apostrophe cuts short at their start; `‘em` and `'n'` open no quote. Lower case. */
export const ELISIONS: ReadonlySet<string> = new Set([
  'em', 'n', 'til', 'till', 'cause', 'cos', 'bout', 'round', 'tis', 'twas', 'ere', 'nuff', 'kay', 'sup', 'ya', 's',
]);

/**
 * Labels of a review's parts set before a colon at a line's start ("Sound: The dub is …",
 * "Enjoyment: …"): a rated aspect, never a speaker of a script line.
 */
export const REVIEW_ASPECT_LABELS: ReadonlySet<string> = new Set([
  'story', 'plot', 'art', 'animation', 'visuals', 'graphics', 'sound', 'music', 'soundtrack', 'character', 'characters',
  'enjoyment', 'overall', 'verdict', 'acting', 'cast', 'direction', 'pacing', 'pros', 'cons', 'summary', 'conclusion',
  'rating', 'score', 'note', 'update', 'edit', 'spoilers', 'final thoughts',
  // a reviewer's own headings: the grade, the cast, the moments picked out
  'grade', 'my grade', 'eye candy', 'starring', 'best moment', 'worst moment', 'best scene', 'worst scene', 'best quote', 'bottom line',
]);

/** Marks that end a sentence or a clause, right before a straight double mark glued to the next word. */
export const GLUED_STOPS: ReadonlySet<string> = new Set(['.', '!', '?', '…', ',']);

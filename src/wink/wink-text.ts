/**
 * The text wink is given: guards against inputs wink's tokenizer reads slowly. Knows nothing of
 * wink's API; ./read applies it before every read.
 */

/** The longest run without white space wink is given: its tokenizer is quadratic in token length. */
const MAX_RUN = 100;

/**
 * The longest run of punctuation marks wink is given: wink makes a token of nearly every mark, so a
 * long run costs several times what text of its length costs, and carries no word a stage reads.
 */
export const MAX_MARK_RUN = 64;

/** True for a punctuation mark: ASCII's, general punctuation (quotes, dashes, …), « », CJK brackets. */
function isPunctuationCode(c: number): boolean {
  if (c < 128) return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
  return (c >= 0x2010 && c <= 0x205e) || c === 0xab || c === 0xbb || (c >= 0x3008 && c <= 0x3011);
}

/** The shortest run without white space either guard may change (a run of marks is one too). */
const SHORTEST_GUARDED_RUN = Math.min(MAX_RUN + 1, MAX_MARK_RUN);

/**
 * The text wink reads: `view`, of the same length, with a space put into every run of more than
 * {@link MAX_RUN} characters without white space (a 1 MB line of base64 would otherwise take
 * minutes), and every run of {@link MAX_MARK_RUN} or more punctuation marks blanked (a line of
 * quote marks or dashes). Tokens stay substrings of the view, so they still align. Linear.
 */
export function winkText(view: string): string {
  // A run of marks is a run without white space too: text whose runs without white space are all
  // shorter than both limits (nearly all prose) is given as it is, after one cheap pass.
  let run = 0;
  for (let i = 0; i < view.length; i++) {
    const c = view.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9) run = 0;
    else if (++run >= SHORTEST_GUARDED_RUN) return guardedText(view);
  }
  return view;
}

/** {@link winkText} of a text with a run without white space of {@link SHORTEST_GUARDED_RUN} or more. */
function guardedText(view: string): string {
  let out = '';
  let from = 0;
  let run = 0;
  let marks = 0;
  for (let i = 0; i < view.length; i++) {
    const c = view.charCodeAt(i);
    // Most characters are ASCII letters: no mark, no space, a longer run.
    if (marks === 0 && (c | 32) >= 97 && (c | 32) <= 122) {
      if (++run > MAX_RUN) {
        out += `${view.slice(from, i)} `;
        from = i + 1;
        run = 0;
      }
      continue;
    }
    const mark = isPunctuationCode(c);
    // A blanked run of marks ends here: its characters go out as spaces.
    if (!mark && marks >= MAX_MARK_RUN) {
      out += ' '.repeat(i - from);
      from = i;
    }
    marks = mark ? marks + 1 : 0;
    if (c === 32 || c === 10 || c === 9) {
      run = 0;
      continue;
    }
    if (marks === MAX_MARK_RUN) {
      // Copy the text before the run (a break below may already have copied part of it).
      const first = Math.max(i + 1 - MAX_MARK_RUN, from);
      out += view.slice(from, first);
      from = first;
    }
    if (marks >= MAX_MARK_RUN) {
      run = 0;
      continue;
    }
    run++;
    // Never split a surrogate pair: wait for its second half.
    if (run > MAX_RUN && !(c >= 0xdc00 && c <= 0xdfff)) {
      out += `${view.slice(from, i)} `;
      from = i + 1;
      run = 0;
    }
  }
  if (marks >= MAX_MARK_RUN) {
    out += ' '.repeat(view.length - from);
    from = view.length;
  }
  return from === 0 ? view : out + view.slice(from);
}

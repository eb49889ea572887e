/**
 * Step 3c of the index: a name the per-document stage accepted in several reviews of a work but
 * missed in another is still named there. In each document, every capitalised run of words that is
 * exactly a form of the work seen so far, written somewhere other than at a sentence's start (where
 * any word is capitalised), is a plain mention of that form. The counts live on the form's tally, so
 * memory grows with the forms of a work, not with its documents; a form counts them only when
 * {@link MIN_ACCEPTED_DOCUMENTS} documents accepted it (see finish-work.ts).
 */
import { capitalisedWords, type WordSpan } from './capitalised-words';

/** Documents that must accept a form before its plain mentions in other documents count. */
export const MIN_ACCEPTED_DOCUMENTS = 3;

/** Words a plain mention may have at most ("Monkey D. Luffy"). */
const MAX_RUN_WORDS = 3;

/** Whether the text before `at` (spaces, quotes and brackets skipped) ends a sentence or is empty. */
export function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && ' \t"“‘\'(['.includes(text[i] as string)) i--;
  if (i < 0) return true;
  const ch = text[i] as string;
  return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === '\r' || ch === ':' || ch === '…';
}

/** Whether `gap` (the text between two words) joins them into one name: a space, or an initial's period and a space. */
const joins = (gap: string): boolean => gap === ' ' || gap === '. ';

/**
 * Calls `visit(surface, atSentenceStart, start, end)` for every capitalised run of up to
 * {@link MAX_RUN_WORDS} words in `text` that `known` accepts, the longest known run at each word
 * first; the words of a run found are not read again. `words`: the text's
 * {@link capitalisedWords}. One pass over the words, a fixed few lookups each.
 */
export function readPlainMentions(
  text: string,
  known: (surface: string) => boolean,
  visit: (surface: string, atSentenceStart: boolean, start: number, end: number) => void,
  words: readonly WordSpan[] = capitalisedWords(text),
): void {
  for (let i = 0; i < words.length; ) {
    const first = words[i] as WordSpan;
    let taken = 0;
    let run = 1;
    while (run < MAX_RUN_WORDS && i + run < words.length && joins(text.slice((words[i + run - 1] as WordSpan).end, (words[i + run] as WordSpan).start))) run++;
    for (let k = run; k >= 1 && !taken; k--) {
      const end = (words[i + k - 1] as WordSpan).end;
      const surface = text.slice(first.start, end);
      if (known(surface)) {
        visit(surface, sentenceStart(text, first.start), first.start, end);
        taken = k;
      }
    }
    i += taken || 1;
  }
}

/** Marks that end a phrase: sentence ends, semicolons and colons, brackets, line breaks. */
const PHRASE_BREAKS = '.!?;:()[]\n';

/**
 * True when the gap between two words holds a mark that ends a phrase (`.`, `!`, `?`, `;`, `:`, a
 * bracket, a line break): the words after it belong to another phrase, so a cue read across the
 * gap (a casting verb and its `by`, a title and its name) does not hold. A comma is no break
 * here; callers for which it is one test it themselves.
 */
export function breaksPhrase(gap: string): boolean {
  for (const ch of gap) if (PHRASE_BREAKS.includes(ch)) return true;
  return false;
}

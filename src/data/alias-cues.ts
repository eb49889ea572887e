/**
 * Words that give a second name of someone right after a name ("Walter White, known as
 * Heisenberg"), read by the alias tie of stage 4c (`src/stages/4-names/tie-known-as.ts`). Lower case,
 * longest first, so "also known as" is read before "known as".
 */
export const ALIAS_CUES: readonly string[] = ['also known as', 'better known as', 'otherwise known as', 'known as', 'a.k.a.', 'a.k.a', 'aka', 'nicknamed', 'alias'];

/** What may stand between a name and an alias cue after it ("X aka", "X, aka", "X (known as"). */
export const BEFORE_ALIAS_CUE: readonly string[] = [', ', ' (', ' '];

/**
 * Words that give a second name of someone right after a name ("Walter White, known as
 * Heisenberg", "Tim, who claims to be Ben"), read by the alias tie of stage 4c
 * (`src/stages/4-names/tie-known-as.ts`). A false name someone takes is a name of theirs too, and
 * so is the name a stage name stands for ("X, real name Y", "X (born Y)", "X (née Y)"). Lower
 * case, longest first, so "also known as" is read before "known as".
 */
export const ALIAS_CUES: readonly string[] = [
  'also known as', 'better known as', 'otherwise known as', 'formerly known as', 'known as', 'a.k.a.', 'a.k.a', 'aka', 'nicknamed', 'alias',
  'who claims to be', 'claiming to be', 'who calls himself', 'who calls herself', 'calling himself', 'calling herself', 'posing as', 'going by the name',
  'whose real name is', 'real name', 'born', 'née', 'nee',
];

/** What may stand between a name and an alias cue after it ("X aka", "X, aka", "X (known as", "X - real name"). */
export const BEFORE_ALIAS_CUE: readonly string[] = [', ', ' (', ' - ', ' – ', ' — ', ' '];

/**
 * Last words of a hero's title-name (`Wonder Woman`, `Iron Man`, `Supergirl`, `Black Panther` is
 * not one: only the nouns of a person's sex and age and a ruler's titles), read by the hero-name
 * tie of stage 4c (`src/stages/4-names/tie-hero-names.ts`). A one-word name ending in one of them
 * (`Batman`, `Aquaman`) counts too. Lower case.
 */
export const HERO_NAME_ENDS: readonly string[] = ['man', 'woman', 'girl', 'boy', 'lady', 'kid', 'lad', 'lass', 'maiden', 'king', 'queen', 'knight'];

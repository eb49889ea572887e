/**
 * Words that give a second name of someone right after a name ("Walter White, known as
 * Heisenberg", "Tim, who claims to be Ben"), read by the alias tie of stage 4c
 * (`src/stages/4-names/tie-known-as.ts`). A false name someone takes is a name of theirs too, and
 * so is the name a stage name stands for ("X, real name Y", "X (born Y)", "X (née Y)"). Lower
 * case, longest first, so "also known as" is read before "known as".
 */
export const ALIAS_CUES: readonly string[] = [
  'also known as', 'better known as', 'otherwise known as', 'formerly known as', 'known as', 'a.k.a.', 'a.k.a', 'aka', 'nicknamed', 'alias',
  'who claims to be', 'claiming to be', 'who calls himself', 'who calls herself', 'calling himself', 'calling herself', 'posing as', 'going by the name of', 'going by the name', 'going by',
  'who goes by the name of', 'who goes by', 'goes by the name of', 'goes by',
  'whose real name is', 'real name', 'born', 'née', 'nee',
];

/**
 * Words that may lead a `known as` cue with an adverb in it ("otherwise known simply as", "more
 * commonly known as"), read by `knownAsWithAdverbAt` in `src/stages/4-names/alias-cue.ts`. Lower case.
 */
export const KNOWN_AS_LEADS: readonly string[] = ['also', 'better', 'otherwise', 'formerly', 'more', 'most'];

/** What may stand between a name and an alias cue after it ("X aka", "X, aka", "X (known as", "X - real name"). */
export const BEFORE_ALIAS_CUE: readonly string[] = [', ', ' (', ' - ', ' – ', ' — ', ' '];

/**
 * Last words of a hero's title-name (`Wonder Woman`, `Iron Man`, `Supergirl`, `Black Panther` is
 * not one: only the nouns of a person's sex and age and a ruler's titles), read by the hero-name
 * tie of stage 4c (`src/stages/4-names/tie-hero-names.ts`). A one-word name ending in one of them
 * (`Batman`, `Aquaman`) counts too. Lower case.
 */
export const HERO_NAME_ENDS: readonly string[] = ['man', 'woman', 'girl', 'boy', 'lady', 'kid', 'lad', 'lass', 'maiden', 'king', 'queen', 'knight'];

/**
 * Verbs of calling someone by a name, read by the calling phrases of stage 4c
 * (`src/stages/4-names/naming-call.ts`): "whom everyone calls Y", "(his friends call him Y)",
 * "X, or Y as everyone calls him". Lower case.
 */
export const CALL_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called']);

/**
 * Cues that give a second name only between commas or after a bracket ("X, called Y by her
 * friends", "X (simply called Y)"): with a bare space before them, "called" is mostly a verb of
 * its own ("Anna called Tom"). Lower case, longest first.
 */
export const CALLED_CUES: readonly string[] = ['also called', 'simply called', 'called'];

/**
 * First words of who does the calling in "whom everyone calls Y", "who his friends call Y",
 * "(they call him Y)": pronouns, quantifiers and determiners. Any other lower-case word there is
 * more often an adverb of a clause about calling someone up ("who then calls Tom").
 */
export const CALLER_OPENERS: ReadonlySet<string> = new Set([
  'everyone', 'everybody', 'people', 'they', 'he', 'she', 'we', 'i', 'you', 'all', 'most', 'many', 'some', 'the', 'his', 'her', 'their',
  'our', 'my', 'your', 'its', 'locals', 'friends', 'fans',
]);

/** Naming verbs taken with who hears the name ("known to everyone as Y", "known to the press as Y"). Lower case. */
export const AUDIENCE_NAMING: readonly string[] = ['also known to', 'better known to', 'known to'];

/** Words of the verb after "X, or Y as …" that make Y a second name of X ("as everyone calls him", "as he is known"). */
export const AS_NAMED_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'known']);

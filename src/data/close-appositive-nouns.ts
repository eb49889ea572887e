import { NAMED_PERSON_NOUNS, STORY_TIE_WORDS } from './name-cue-words';

/** Nouns of a person that qualify a capitalised word after them as often as they name someone. */
const NOT_CLOSE_APPOSITIVE: ReadonlySet<string> = new Set(['police', 'member', 'someone', 'somebody', 'person', 'baby', 'zombie', 'fellow']);

/**
 * Nouns of a person that a story puts right before a name, with no comma (`the young man X`,
 * `society deb X`, `supreme leader X`, `mercenary X`): a close appositive, the way a review
 * introduces its cast. The nouns of a person named or called ({@link NAMED_PERSON_NOUNS}), the ties
 * of a plot ({@link STORY_TIE_WORDS}) and the trades and types a plot summary gives its people.
 * Not the nouns that qualify a capitalised word as often as they name someone before it (`police
 * Academy`, `member States`, `someone Else`, `my fellow Otaku`).
 */
export const CLOSE_APPOSITIVE_NOUNS: ReadonlySet<string> = new Set(
  [
    ...NAMED_PERSON_NOUNS,
    ...STORY_TIE_WORDS,
    'deb', 'debutante', 'mercenary', 'employer', 'employee', 'hitman', 'assassin', 'cop', 'sheriff', 'gangster', 'thug',
    'pirate', 'ninja', 'samurai', 'warrior', 'wizard', 'witch', 'sorcerer', 'sidekick', 'bodyguard', 'henchman', 'inspector',
    'reporter', 'journalist', 'widow', 'widower', 'heiress', 'tycoon', 'millionaire', 'billionaire', 'cowboy', 'outlaw',
  ].filter((w) => !NOT_CLOSE_APPOSITIVE.has(w)),
);

/**
 * The writer's own possessives: a noun of a person after them (`my nephew X`, `our boy X`) names
 * someone in the writer's life or a real maker they cheer, not someone of the story.
 */
export const WRITER_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our']);

/** Words that tell what a real person is, and cues that a name is a real person. */
import type { PersonRole } from '../types';

/** Role nouns placed before or after a name ("filmmaker Lee Jae-Gyu", "the director"). */
export const ROLE_NOUNS: ReadonlyMap<string, PersonRole> = new Map<string, PersonRole>([
  ['actor', 'actor'], ['actress', 'actor'], ['actors', 'actor'], ['star', 'actor'], ['co-star', 'actor'],
  ['director', 'director'], ['filmmaker', 'director'], ['film-maker', 'director'], ['showrunner', 'director'],
  ['pd', 'director'], ['producer', 'other'], ['writer', 'writer'], ['screenwriter', 'writer'],
  ['scriptwriter', 'writer'], ['playwright', 'writer'], ['author', 'author'], ['novelist', 'author'],
  ['creator', 'author'], ['artist', 'author'], ['cartoonist', 'author'], ['critic', 'other'],
  ['singer', 'other'], ['composer', 'other'], ['presenter', 'other'], ['host', 'other'],
  ['comedian', 'other'], ['musician', 'other'], ['rapper', 'other'], ['songwriter', 'other'],
  ['dj', 'other'], ['journalist', 'other'], ['broadcaster', 'other'], ['chairman', 'other'],
  ['spokesman', 'other'], ['spokeswoman', 'other'], ['spokesperson', 'other'], ['executive', 'other'],
  ['boss', 'other'], ['frontman', 'other'], ['guitarist', 'other'], ['drummer', 'other'], ['dancer', 'other'],
  ['model', 'other'], ['designer', 'other'], ['novelist', 'author'], ['poet', 'author'], ['illustrator', 'author'],
]);

/**
 * Nouns that make a title-case phrase a descriptor of a character, not a name ("Assembly Woman",
 * "English Teacher", "The Scientist").
 */
export const DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set([
  'woman', 'man', 'girl', 'boy', 'lady', 'guy', 'mother', 'father', 'mom', 'dad', 'sister', 'brother',
  'daughter', 'son', 'wife', 'husband', 'teacher', 'scientist', 'doctor', 'nurse', 'student', 'soldier',
  'officer', 'detective', 'lawyer', 'president', 'principal', 'captain', 'agent', 'chief', 'leader',
  'boss', 'friend', 'villain', 'hero', 'heroine', 'killer', 'victim', 'king', 'queen', 'prince',
  'princess', 'member', 'assemblywoman', 'assemblyman', 'grandmother', 'grandfather', 'aunt', 'uncle',
  'ceo', 'manager', 'secretary', 'chairman', 'professor', 'prosecutor', 'judge', 'police', 'zombie',
]);

/** Verb phrases after an actor's name that lead to the role ("Yoon Chan-young starred as Cheong San"). */
export const PLAYS_CUES: readonly (readonly string[])[] = [
  ['starred', 'as'], ['stars', 'as'], ['starring', 'as'], ['plays'], ['played'], ['playing'],
  ['portrays'], ['portrayed'], ['portraying'], ['as'],
];

/** Words after a character's name that lead to the actor ("Jack Carver, played by Til Schweiger"). */
export const PLAYED_BY_CUES: readonly (readonly string[])[] = [
  ['played', 'by'], ['portrayed', 'by'], ['voiced', 'by'], ['performed', 'by'], ['brought', 'to', 'life', 'by'],
];

/** Words before a list of actors ("the cast included A, B, C"). */
export const CAST_LIST_CUES: readonly (readonly string[])[] = [
  ['cast', 'included'], ['cast', 'includes'], ['cast', 'include'], ['starring'], ['stars'], ['co-stars'],
];

/** Words right before a name that make the name an author ("webtoon by Joo Dong-geun"). */
export const BY_CUES: ReadonlySet<string> = new Set(['by']);

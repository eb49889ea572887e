/**
 * Names of parts and people readers know, read where the kind model meets a name: a full name many
 * texts cast as a part (`Harrison Ford as Han Solo`, `the role of Han Solo`) is a character where
 * a text names it bare, however much it looks like a real person's name; so is a one-word name many
 * fans' texts read as a character (`Luffy`), where a text writes it once; and a surname many texts
 * give a real person (`Spielberg`) is that person where a text names someone by it alone.
 */
import { KNOWN_PART_NAMES } from '../../data/part-names-known';
import { KNOWN_PART_WORDS } from '../../data/part-words-known';
import { KNOWN_PERSON_WORDS } from '../../data/person-words-known';
import { lettersKey } from '../../text/letters-key';

/** A name's key whatever its spacing and punctuation (`Obi-Wan Kenobi` = `Obi Wan Kenobi`): {@link lettersKey}. */
export const partNameKey: (text: string) => string = lettersKey;

/** The keys of the known part names ({@link KNOWN_PART_NAMES}). */
const KNOWN_PART_KEYS: ReadonlySet<string> = new Set(KNOWN_PART_NAMES.map(partNameKey));

/** What a known one word names, by its key: a part ({@link KNOWN_PART_WORDS}) or a real person ({@link KNOWN_PERSON_WORDS}). */
export type KnownWordKind = 'part' | 'person';

/**
 * The known one-word names by key. The two lists cannot share a word: each keeps only words the
 * corpus reads as the other kind in at most a small share of the documents it reads them as its own.
 */
const KNOWN_WORD_KINDS: ReadonlyMap<string, KnownWordKind> = new Map([
  ...KNOWN_PART_WORDS.map((w): [string, KnownWordKind] => [partNameKey(w), 'part']),
  ...KNOWN_PERSON_WORDS.map((w): [string, KnownWordKind] => [partNameKey(w), 'person']),
]);

/** False while {@link withoutKnownParts} runs. */
let known = true;

/** True when `text`, a name of two words or more as written, is a known part's name. */
export function isKnownPartName(text: string): boolean {
  return known && KNOWN_PART_KEYS.has(partNameKey(text));
}

/** What `text`, one word as written, names when it is a known word (`Luffy`: a part; `Spielberg`: a real person), else undefined. */
export function knownWordKind(text: string): KnownWordKind | undefined {
  return known ? KNOWN_WORD_KINDS.get(partNameKey(text)) : undefined;
}

/**
 * Runs `read` as if no part or person name were known: how the learning scripts
 * (`scripts/learn-part-names.mjs` and its kin) read the corpus, so the lists they learn do not
 * depend on the lists shipped (a name settled as a part changes how its neighbours are read, and
 * a list would then go round a cycle).
 */
export function withoutKnownParts<T>(read: () => T): T {
  const was = known;
  known = false;
  try {
    return read();
  } finally {
    known = was;
  }
}

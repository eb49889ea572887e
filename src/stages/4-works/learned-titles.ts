/**
 * The shape checks scripts/learn-work-titles.mjs runs on a title before it learns it: a bare title
 * in the known list names a work in any later text, so a run that is as often a name, a phrase or
 * a piece of a longer title must stay out. These read the title alone; the learner adds the
 * checks that need the corpus (common words, band cues, longer kept titles).
 */
import { ARTICLES, LABEL_WORDS, LEAD_DETERMINERS, SENTENCE_LEADS } from '../../data/work-cues';
import { NOT_KNOWN_WORK_TITLES } from '../../data/work-titles-not';
import { isListedFirstName } from '../../text/listed-first-name';

/** Prepositions of place: a title ending "from/in <Place>" is a title with the writer's place after it. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'in']);

const HAND_EXCLUDED: ReadonlySet<string> = new Set(NOT_KNOWN_WORK_TITLES);

/** The title's words as written, split on spaces. */
const titleWords = (title: string): string[] => title.split(' ').filter(Boolean);

/** True when the word is written with a capital first letter. */
const capitalised = (w: string): boolean => w.length > 0 && w[0] !== w[0]!.toLowerCase();

/**
 * Why a learned title must not be kept, read from its words alone, or undefined when it may be:
 * - `lead`: its first word opens sentences or is a determiner ("But Alien", "Most One Piece");
 * - `place`: it ends "from/in <Place>" after two words or more ("The Sea Inside from Spain");
 * - `part`: it starts at a part number and a colon ("II: Attack of the Clones");
 * - `label`: it starts with a review's label word and a colon ("Grade: D", "Verdict: Skip");
 * - `person`: two words, a given name and a capitalised one ("Vera Drake", "Mary Poppins");
 * - `excluded`: it is on the hand list {@link NOT_KNOWN_WORK_TITLES}.
 */
export function learnedTitleFault(title: string): 'lead' | 'place' | 'part' | 'label' | 'person' | 'excluded' | undefined {
  if (HAND_EXCLUDED.has(title)) return 'excluded';
  const words = titleWords(title);
  const first = (words[0] ?? '').toLowerCase();
  if (words.length > 1 && (SENTENCE_LEADS.has(first) || LEAD_DETERMINERS.has(first))) return 'lead';
  const n = words.length;
  if (n >= 4 && PLACE_PREPOSITIONS.has(words[n - 2]!) && capitalised(words[n - 1]!)) return 'place';
  if (n > 1 && /^[IVX]+:$/.test(words[0]!)) return 'part';
  if (n > 1 && words[0]!.endsWith(':') && LABEL_WORDS.has(words[0]!.slice(0, -1).toLowerCase())) return 'label';
  if (n === 2 && !ARTICLES.has(first) && isListedFirstName(first) && capitalised(words[1]!) && /^\p{L}+$/u.test(words[1]!)) return 'person';
  return undefined;
}


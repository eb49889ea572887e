/**
 * A lone word once, the subject of a verb whose object opens with `his` or `her` and a noun (`when
 * X finally makes her appearance`, `while X is living his adventure`): the verb's own subject owns
 * the thing, so the word is someone. A place, a firm or a work owns nothing so; a possessive far
 * from the name may speak of another owner (`the X's computer … her lines`), so the pronoun must
 * open the verb's object, past adverbs and auxiliaries only.
 */
import type { Word } from '../../text/words';
import type { NameContext } from './context';

/** Possessive pronouns of one person. */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);

/** Tags that may stand between the subject and its verb (`X finally makes`, `X is living`). */
const BEFORE_VERB_TAGS: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);

/** The most adverbs and auxiliaries read between the subject and its verb. */
const MAX_BEFORE_VERB = 3;

/** True when a word tagged `tag` may head what `her` owns (`her appearance`, `her own path`). */
const ownedTag = (tag: string): boolean => tag === 'NOUN' || tag === 'ADJ';

/**
 * True when word `at`, a lone name, is the subject of a verb whose object is `his`/`her` and a noun
 * (or a describing word and a noun): every word between name and pronoun is an adverb, an
 * auxiliary or the one verb, one space apart, none capitalised.
 */
export function ownPronounObject(ctx: Pick<NameContext, 'words' | 'pos' | 'input'>, at: number): boolean {
  const { words, pos, input } = ctx;
  const name = words[at] as Word;
  if (name.possessive) return false;
  let k = at + 1;
  for (let n = 0; n < MAX_BEFORE_VERB && k < words.length && BEFORE_VERB_TAGS.has(pos[k] ?? ''); n++) k++;
  if (pos[k] !== 'VERB') return false;
  const pronoun = words[k + 1];
  if (!pronoun || !OWNER_PRONOUNS.has(pronoun.lower)) return false;
  for (let j = at + 1; j <= k + 1; j++) {
    const w = words[j] as Word;
    if (w.capitalised || input.view.slice((words[j - 1] as Word).end, w.start) !== ' ') return false;
  }
  const owned = pos[k + 2] ?? '';
  return ownedTag(owned) && (owned === 'NOUN' || pos[k + 3] === 'NOUN');
}

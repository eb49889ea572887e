/**
 * A two-word full name that a longer full name of the same text spells out is a form of it: its
 * first two words (`Tommy Lee` of `Tommy Lee Jones`), its last two (`Lee Jones`), or its first and
 * last (`Tommy Jones`). A writer shortens a three-part name after giving it once; two people whose
 * names share two words are rare enough that one longer name fitting is taken for the same person.
 * Not when the text does not say which: two longer names fit; nor a given name and a surname the
 * text also uses alone (`Dana Moss … Moss`) as the first two words of a run that goes on. Not when the words the short form
 * leaves out are words the text also writes in lower case or nouns of a kind of work (`Karen
 * Carpenter` of `The Karen Carpenter Story`: a title, not a longer name), or an initial (`Peter Parker` and `Peter B.
 * Parker` are told apart by it). A longer name ending in a suffix (`Robert Downey Jr`) or holding a
 * particle claims none: `Robert Downey` may be the father, and a particle's tail has its own rule.
 */
import { NAME_PARTICLES, NAME_SUFFIXES } from '../../data/name-cue-words';
import { KIND_OF_WORK_NOUNS, WORK_NOUNS } from '../../data/work-cues';

/** A full name by its key and its core words, lower case (no title). */
export interface FullNameWords {
  key: string;
  words: readonly string[];
}

/** A two-word form of a longer name and the words it leaves out; `prefix` when it keeps the first two. */
interface ShortForm {
  pair: string;
  left: readonly string[];
  prefix: boolean;
}

/** The two-word forms a longer name `w` spells out, with the words each leaves out. */
function shortForms(w: readonly string[]): ShortForm[] {
  const n = w.length;
  const middle = w.slice(1, n - 1);
  const forms: ShortForm[] = [
    { pair: `${w[0]} ${w[1]}`, left: w.slice(2), prefix: true },
    { pair: `${w[n - 2]} ${w[n - 1]}`, left: w.slice(0, n - 2), prefix: false },
  ];
  if (!middle.some((x) => x.length === 1)) forms.push({ pair: `${w[0]} ${w[n - 1]}`, left: middle, prefix: false });
  return forms;
}

/**
 * The longer full name each two-word full name of `names` is a form of, by key: the one longer
 * name (three words or more, no suffix last, no particle) that spells it out, leaving out no word
 * `inLowerCase` holds nor a noun of a kind of work. The first two words of a longer name are not
 * taken for a form of it when the second stands `alone` as a name elsewhere: that is a surname, and
 * the longer run a name with a stray word after it. Linear in names.
 */
export function subFormOwners(names: readonly FullNameWords[], inLowerCase: ReadonlySet<string>, alone: ReadonlySet<string>): Map<string, string> {
  const plain = (w: string): boolean => inLowerCase.has(w) || WORK_NOUNS.has(w) || KIND_OF_WORK_NOUNS.has(w);
  const owners = new Map<string, string | null>();
  for (const { key, words } of names) {
    if (words.length < 3 || NAME_SUFFIXES.has(words[words.length - 1] as string) || words.some((w) => NAME_PARTICLES.has(w))) continue;
    for (const { pair, left, prefix } of shortForms(words)) {
      // "Dana Moss" with "Moss" alone elsewhere is a given name and a surname, not the first two
      // words of "Dana Moss Remembers".
      if (left.some(plain) || (prefix && alone.has(words[1] as string))) continue;
      const had = owners.get(pair);
      owners.set(pair, had === undefined || had === key ? key : null);
    }
  }
  const out = new Map<string, string>();
  for (const { key, words } of names) {
    if (words.length !== 2) continue;
    const owner = owners.get(`${words[0]} ${words[1]}`);
    if (typeof owner === 'string' && owner !== key) out.set(key, owner);
  }
  return out;
}

/**
 * The large first-name lists of `src/data/first-names.ts`, searchable, and the sex a name is borne by.
 */
import { FIRST_NAME_LIST, RARE_FIRST_NAME_LIST, WORD_FIRST_NAME_LIST } from '../data/first-names';
import { fnv1a } from './hash';
import { MINUS, PLUS, SortedWords } from './sorted-words';

/** Bits of a list's filter: eight per name of the large list, so the filter fits the processor's first cache. */
const FILTER_BITS = 1 << 16;
const FILTER_MASK = FILTER_BITS - 1;

/**
 * How many questions a list answers from its sorted string before it builds its set and filter:
 * building them splits and hashes every name, which a process that analyses one short text never
 * earns back (a cost of its start-up), and which a long run does once its code is compiled.
 */
const FILTER_AFTER = 5000;

/**
 * A list of names whose `has` is searched in the list's sorted string for its first questions, then
 * asks a Bloom filter (two bits of an 8 KB array) before a set of the names: the names stage asks
 * about most capitalised words, few of which are names, and a miss in a hash set of thousands reads
 * memory the rest of the pass has pushed out of the cache. Every answer is the list's own: the
 * list is sorted and each name appears in it once, with at most a `+` or `-` after it.
 */
class NameSet implements Pick<ReadonlySet<string>, 'has'> {
  private readonly sorted: SortedWords;
  private set: Set<string> | null = null;
  private bits: Uint32Array | null = null;
  /** Questions answered before the set and filter were built. */
  private asked = 0;

  constructor(private readonly list: string) {
    this.sorted = new SortedWords(list);
  }

  /** True when `name` is in the list. */
  has(name: string): boolean {
    if (this.bits === null) {
      if (++this.asked < FILTER_AFTER) return this.sorted.has(name);
      this.build();
    }
    const bits = this.bits as Uint32Array;
    const h = fnv1a(name);
    const a = h & FILTER_MASK;
    const b = (h >>> 16) & FILTER_MASK;
    return ((bits[a >>> 5] as number) & (1 << (a & 31))) !== 0 && ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0 && (this.set as Set<string>).has(name);
  }

  /** Builds the set of names and sets each name's two bits. */
  private build(): void {
    const names = this.list.replace(/[+-]/g, '').split(' ');
    const bits = new Uint32Array(FILTER_BITS >>> 5);
    for (const name of names) {
      const h = fnv1a(name);
      const a = h & FILTER_MASK;
      const b = (h >>> 16) & FILTER_MASK;
      bits[a >>> 5] = (bits[a >>> 5] as number) | (1 << (a & 31));
      bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
    }
    this.set = new Set(names);
    this.bits = bits;
  }
}

const read = (list: string): Pick<ReadonlySet<string>, 'has'> => new NameSet(list);

/** Lower-case English first names that are not also English words. */
export const FIRST_NAMES: Pick<ReadonlySet<string>, 'has'> = read(FIRST_NAME_LIST);

/** Lower-case English first names that are also words: a name only with more evidence. */
export const WORD_FIRST_NAMES: Pick<ReadonlySet<string>, 'has'> = read(WORD_FIRST_NAME_LIST);

/**
 * Lower-case rarer first names of birth records, in neither list above nor words ("Mikhail",
 * "Tyra"): one leads a full name, never a name alone. Searched in its sorted string: only a run's
 * first word is asked, and a set of its names cost more at start-up than all its questions.
 */
export const RARE_FIRST_NAMES: Pick<ReadonlySet<string>, 'has'> = new SortedWords(RARE_FIRST_NAME_LIST);

/**
 * Bits of a {@link NameSexes}' filter: many per name it holds, so two bits rule out nearly every
 * other word, and few enough that the filter stays in the processor's cache where the map would not.
 */
const SEX_FILTER_BITS = 1 << 19;
const SEX_FILTER_MASK = SEX_FILTER_BITS - 1;

/**
 * The sex the marked names of some sorted lists are borne by (see {@link firstNameSex}), each
 * name's sex the one its last list marks it with. Its first questions are searched in the lists'
 * sorted strings; only after `buildAfter` questions does it split the lists into a map of the
 * marked names with a filter before it: splitting and hashing the tens of thousands of names cost a
 * process that analyses one short text more than all its questions (a cost of its start-up).
 */
export class NameSexes {
  private readonly lists: readonly SortedWords[];
  /** Sex by name, once built. */
  private sexes: Map<string, 'm' | 'f'> | null = null;
  /** Bit `h & mask` and bit `(h >>> 13) & mask` of each marked name's FNV-1a hash `h`, once built. */
  private filter: Uint32Array | null = null;
  /** Questions answered before the map and filter were built. */
  private asked = 0;

  /**
   * @param texts - the lists as `src/data` writes them, a later list's mark taking precedence.
   * @param buildAfter - how many questions are searched in the strings before the map is built.
   */
  constructor(
    private readonly texts: readonly string[],
    private readonly buildAfter: number,
  ) {
    this.lists = texts.map((t) => new SortedWords(t));
  }

  /** The sex the last list that marks `name` gives it, or undefined when none marks it. */
  sexOf(name: string): 'm' | 'f' | undefined {
    if (this.filter === null) {
      if (++this.asked <= this.buildAfter) return this.searched(name);
      this.build();
    }
    const h = fnv1a(name);
    const a = h & SEX_FILTER_MASK;
    const b = (h >>> 13) & SEX_FILTER_MASK;
    const bits = this.filter as Uint32Array;
    if (((bits[a >>> 5] as number) & (1 << (a & 31))) === 0 || ((bits[b >>> 5] as number) & (1 << (b & 31))) === 0) return undefined;
    return (this.sexes as Map<string, 'm' | 'f'>).get(name);
  }

  /** {@link NameSexes.sexOf} by binary search in the lists, the last one first. */
  private searched(name: string): 'm' | 'f' | undefined {
    for (let k = this.lists.length - 1; k >= 0; k--) {
      const mark = (this.lists[k] as SortedWords).markOf(name);
      if (mark === PLUS) return 'm';
      if (mark === MINUS) return 'f';
    }
    return undefined;
  }

  /** Builds the map of the marked names and sets each one's two bits. */
  private build(): void {
    const sexes = new Map<string, 'm' | 'f'>();
    const bits = new Uint32Array(SEX_FILTER_BITS >>> 5);
    for (const entry of this.texts.join(' ').split(/\s+/u)) {
      const mark = entry[entry.length - 1];
      if (mark !== '+' && mark !== '-') continue;
      const marked = entry.slice(0, -1);
      sexes.set(marked, mark === '+' ? 'm' : 'f');
      const h = fnv1a(marked);
      const a = h & SEX_FILTER_MASK;
      const b = (h >>> 13) & SEX_FILTER_MASK;
      bits[a >>> 5] = (bits[a >>> 5] as number) | (1 << (a & 31));
      bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
    }
    this.sexes = sexes;
    this.filter = bits;
  }
}

/** The sexes of the three lists' marked names (a rare name's the last word). */
const SEXES = new NameSexes([FIRST_NAME_LIST, WORD_FIRST_NAME_LIST, RARE_FIRST_NAME_LIST], FILTER_AFTER);

/**
 * The sex a name of the two stdlib lists is borne by only, or the one most bearers of a rarer name
 * have (`m` or `f`), or undefined. The names stage asks about every cut of a given name and most
 * of them are no name: once built, the filter answers those without a cache miss in the large map.
 */
export function firstNameSex(name: string): 'm' | 'f' | undefined {
  return SEXES.sexOf(name);
}

/**
 * True unless the name lists give the two names two sexes (`Eric` and `Erica`, `Paul` and
 * `Paula`): a name told of one sex is no form of a name told of the other. A name the lists do not
 * know, or know of no one sex, agrees with any.
 */
export function sexesAgree(a: string, b: string): boolean {
  const sa = firstNameSex(a);
  const sb = firstNameSex(b);
  return sa === undefined || sb === undefined || sa === sb;
}

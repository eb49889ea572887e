/**
 * What a wink model learns while it reads, kept out of later reads: see {@link LearnedWords}.
 * Knows nothing of wink itself but the shape of its word cache; the wink adapter (./engine) hands
 * it over.
 */
import { copyOf, MAX_COPIED_LENGTH, textNumbers, type TextNumbers } from './map-record';
import { ABSENT, NONE, TextIds } from './text-ids';

/** The part of wink's word cache (its lexicon) that {@link LearnedWords} reads and wraps. */
export interface WinkWordCache {
  /** Numbers `text` (learning it, with its lower-case form, when new) and returns its number. */
  add(text: string, category: number): number;
  /** `text`'s number (several numbers for a contraction), or null when unknown. */
  lookup(text: string): number[] | null;
}

/** One of wink's learnable tables (lexemes, prefixes, suffixes, shapes): values numbered in order. */
export interface FeatureTable {
  hash: Record<string, number | undefined>;
  list: unknown[];
}

/**
 * The most texts {@link LearnedWords}' look-up memo holds before it starts again: the tokens a
 * process meets grow with its vocabulary.
 */
const MAX_MEMO = 100_000;

/**
 * wink adds every word it has not met to its lexicon, and its tokenizer reads a known word
 * differently ("T.V." stays one token once "T.V" is known): left alone, a document's analysis
 * would depend on what the process read before it. This makes every read see the lexicon as a
 * fresh process would — the model's own words and the words learned *in this read* — while wink
 * keeps what it learned (learning a word again costs more than the rest of its reading):
 * - a learned word that this read has not met yet is unknown to the tokenizer's look-ups;
 * - when the read meets it, it is known from then on, as in a fresh process;
 * - a word learned with another category than the one it now comes with is learned anew, since
 *   wink derives the facts it keeps (part of speech, type) from the category.
 *
 * The tables grow with the vocabulary a process meets: {@link LearnedWords.grown} says by how much,
 * for the caller to load the model afresh past a bound.
 */
export class LearnedWords {
  /** How many lexemes the model ships: a lower number is one of its own words. */
  private readonly shipped: number;
  /** The read each learned lexeme was last met in, by its number less {@link shipped}. */
  private metIn = new Int32Array(1024);
  /** The category each learned lexeme was learned with, plus one (0: not known), by the same place. */
  private learnedAs = new Uint8Array(1024);
  /**
   * The number of each learned lexeme's lower-case form, plus one (0: not noted), by the same place;
   * its own number when it is in lower case. Spares a learned word met again its lower-casing and a
   * look-up.
   */
  private lowerOf = new Int32Array(1024);
  /** 1 for a learned lexeme whose text was taken out of the look-up to be learned anew, by the same place. */
  private relearned = new Uint8Array(1024);
  /** The current read's number (reads start at 1: 0 in {@link metIn} is never met). */
  private read = 0;
  /** For each of the model's words: 0 not asked yet, 1 its lower-case form is the model's too, 2 not. */
  private readonly lowerShipped: Uint8Array;
  /** More than 0 while wink adds a word: its own look-ups then see everything. */
  private adding = 0;
  private readonly hash: FeatureTable['hash'];
  /** {@link LearnedWords.hash}'s numbers, asked without going through the object (see `mapRecord`). */
  private readonly numbers: TextNumbers;
  private readonly list: unknown[];
  /**
   * What the lexeme table gives each short text looked up ({@link NONE}: none). wink's table is an
   * object with one property per word, and reading a property by a string cut from the text first
   * looks the string up among the engine's own strings; this table only hashes the string.
   */
  private readonly ids = new TextIds();
  /** How many lexemes the table held when {@link LearnedWords.ids} last saw it. */
  private synced: number;

  /**
   * @param cache - wink's word cache; its `add` and `lookup` are wrapped in place.
   * @param lexemes - wink's lexeme table (the one `cache` numbers words in).
   * @param tables - every table wink learns into, for {@link LearnedWords.grown}.
   */
  constructor(
    cache: WinkWordCache,
    lexemes: FeatureTable,
    private readonly tables: readonly FeatureTable[],
  ) {
    this.hash = lexemes.hash;
    this.numbers = textNumbers(lexemes.hash);
    this.list = lexemes.list;
    this.shipped = lexemes.list.length;
    this.synced = this.shipped;
    this.lowerShipped = new Uint8Array(this.shipped);
    this.sizes = tables.map((t) => t.list.length);
    const add = cache.add.bind(cache);
    const lookup = (this.winkLookup = cache.lookup.bind(cache));
    const contraction = (this.contraction = new Uint8Array(this.shipped));
    // The answer for a word of one lexeme, the same array each time: every caller in wink reads it
    // at once (its length and first number, or only whether it is null) and keeps none, so the
    // tokenizer's look-up of every token makes no array.
    const one = [0];
    // The tokenizer looks up every token: wink's look-up is asked once per model word (whether it
    // is a contraction), and otherwise answered from the lexeme table the same way.
    cache.lookup = (text) => {
      const id = this.idOf(text);
      if (id === undefined) return null;
      if (id < this.shipped) {
        const kind = contraction[id];
        if (kind === 1) {
          one[0] = id;
          return one;
        }
        const found = lookup(text);
        if (kind === 0) contraction[id] = found !== null && found.length !== 1 ? 2 : 1;
        return found;
      }
      if (this.adding === 0 && !this.visible(id)) return null;
      one[0] = id;
      return one;
    };
    cache.add = (text, category) => {
      const known = this.idOf(text);
      // wink's add of a word it has, with its lower-case form, only numbers it again: the number is
      // returned here without wink's second look-up of both. That holds for most of the model's own
      // words (nothing to mark either), and for a learned word this read has met: it was met by an
      // add, which met its lower-case form too, and neither can have been learned anew since.
      if (known !== undefined && (known < this.shipped ? this.shipsLowerCase(known, text) : this.visible(known))) return known;
      // A learned word met again in a later read, with the category it was learned with: wink's
      // add would number it and its lower-case form again, learning nothing, so both are only met.
      if (known !== undefined && known >= this.shipped) {
        const lowerId = this.unchangedLowerCase(known, category);
        if (lowerId >= 0) {
          this.meet(known);
          this.meet(lowerId);
          return known;
        }
      }
      const lower = text.toLowerCase();
      this.relearnIfOtherCategory(text, known, category);
      // The lower-case form's number, looked up once: kept unless it is to be learned anew.
      let lowerId = lower === text ? undefined : this.numbers.get(lower);
      if (lowerId !== undefined && this.relearnIfOtherCategory(lower, lowerId, category)) lowerId = undefined;
      const before = this.list.length;
      this.adding++;
      let id: number;
      try {
        id = add(text, category);
      } finally {
        this.adding--;
      }
      if (this.list.length > before) this.noteNew(before, category);
      this.meet(id);
      if (lower !== text) lowerId ??= this.numbers.get(lower) as number;
      if (lowerId !== undefined) this.meet(lowerId);
      if (id >= this.shipped) this.lowerOf[id - this.shipped] = (lowerId ?? id) + 1;
      return id;
    };
  }

  /** For each of the model's words: 0 not asked yet, 1 one lexeme, 2 a contraction (several). */
  private readonly contraction: Uint8Array;
  /** wink's own look-up, as the tokenizer asked it before {@link LearnedWords} wrapped it. */
  private readonly winkLookup: WinkWordCache['lookup'];

  /**
   * True when `text`, numbered `id`, is one of the model's own words and one lexeme (not a
   * contraction of several): read alone, wink makes it one token of that lexeme. wink's look-up is
   * asked once per word, as the tokenizer's is.
   */
  isOneShippedLexeme(id: number, text: string): boolean {
    if (id >= this.shipped) return false;
    let kind = this.contraction[id] as number;
    if (kind === 0) {
      const found = this.winkLookup(text);
      kind = found !== null && found.length !== 1 ? 2 : 1;
      this.contraction[id] = kind;
    }
    return kind === 1;
  }

  /** Each table's length as shipped. */
  private readonly sizes: number[];

  /** Starts a new read: the words learned before it are unknown to its tokenizer until met. */
  beginRead(): void {
    this.read++;
  }

  /** True when lexeme `id` is one of the model's own words (not learned by a read). */
  isShipped(id: number): boolean {
    return id < this.shipped;
  }

  /** How many values the tables hold past the model's own. */
  get grown(): number {
    let n = 0;
    for (let t = 0; t < this.tables.length; t++) n += (this.tables[t] as FeatureTable).list.length - (this.sizes[t] as number);
    return n;
  }

  /**
   * `text`'s number in the lexeme table, as the table gives it, through {@link LearnedWords.ids}.
   * The table only grows by words wink appends to its list (and loses only those
   * {@link LearnedWords.relearnIfOtherCategory} takes out): the memo forgets each appended word
   * before it answers again.
   */
  private idOf(text: string): number | undefined {
    if (text.length > MAX_COPIED_LENGTH) return this.numbers.get(text);
    if (this.list.length !== this.synced) {
      for (let i = this.synced; i < this.list.length; i++) {
        const value = this.list[i];
        if (typeof value === 'string') this.ids.delete(value);
      }
      this.synced = this.list.length;
    }
    let id = this.ids.get(text);
    if (id === ABSENT) {
      id = this.numbers.get(text) ?? NONE;
      if (this.ids.size >= MAX_MEMO) this.ids.clear();
      this.ids.set(text, id);
    }
    return id === NONE ? undefined : id;
  }

  /** True when the model's own word `text`, numbered `id`, has its lower-case form among them too. */
  private shipsLowerCase(id: number, text: string): boolean {
    let answer = this.lowerShipped[id] as number;
    if (answer === 0) {
      const lower = this.numbers.get(text.toLowerCase());
      answer = lower !== undefined && lower < this.shipped ? 1 : 2;
      this.lowerShipped[id] = answer;
    }
    return answer === 1;
  }

  /** True when the tokenizer may know lexeme `id` in this read. */
  private visible(id: number): boolean {
    return id < this.shipped || this.metIn[id - this.shipped] === this.read;
  }

  /**
   * The number of learned lexeme `id`'s lower-case form when wink's add of `id`'s text with
   * `category` would learn nothing (the text and that form still numbered as noted, neither to be
   * learned anew): then the add changes nothing but what this read has met. -1 otherwise.
   */
  private unchangedLowerCase(id: number, category: number): number {
    const at = id - this.shipped;
    const lowerId = (this.lowerOf[at] as number) - 1;
    if (lowerId < 0 || this.learnedAs[at] !== category + 1) return -1;
    if (lowerId === id || lowerId < this.shipped) return lowerId;
    const lowerAt = lowerId - this.shipped;
    if (this.relearned[lowerAt] === 1) return -1;
    return this.visible(lowerId) || this.learnedAs[lowerAt] === category + 1 ? lowerId : -1;
  }

  /** Marks lexeme `id` as met in this read. */
  private meet(id: number): void {
    if (id >= this.shipped) this.metIn[id - this.shipped] = this.read;
  }

  /**
   * Takes `text`, numbered `id` (undefined: not known), out of the look-up when an earlier read
   * learned it with another category, so that wink learns it again as a fresh process would (its
   * old number stays, unused). True when it did.
   */
  private relearnIfOtherCategory(text: string, id: number | undefined, category: number): boolean {
    if (id === undefined || this.visible(id) || this.learnedAs[id - this.shipped] === category + 1) return false;
    delete this.hash[text];
    this.ids.delete(text);
    this.relearned[id - this.shipped] = 1;
    return true;
  }

  /**
   * Notes the category of the lexemes learned from number `from` on, and replaces long ones by
   * copies: a long word wink read may be a view into the whole document, which the lexicon would
   * otherwise keep alive.
   */
  private noteNew(from: number, category: number): void {
    const end = this.list.length - this.shipped;
    if (end > this.metIn.length) {
      const size = Math.max(end, this.metIn.length * 2);
      const metIn = new Int32Array(size);
      metIn.set(this.metIn);
      this.metIn = metIn;
      const learnedAs = new Uint8Array(size);
      learnedAs.set(this.learnedAs);
      this.learnedAs = learnedAs;
      const lowerOf = new Int32Array(size);
      lowerOf.set(this.lowerOf);
      this.lowerOf = lowerOf;
      const relearned = new Uint8Array(size);
      relearned.set(this.relearned);
      this.relearned = relearned;
    }
    for (let i = from; i < this.list.length; i++) {
      this.learnedAs[i - this.shipped] = category + 1;
      const value = this.list[i];
      if (typeof value === 'string' && value.length > MAX_COPIED_LENGTH) this.list[i] = copyOf(value);
    }
  }
}

/**
 * The annotate stage's token record, packed: a long document has one per wink token, so the record
 * keeps three fields and derives the rest. Its POS tag, type and sentence share one small integer;
 * its text, normal form and word number are one record shared by every token of the same lexeme
 * (the wink adapter's {@link TokenText}), and its end is its start plus its text's length. Every
 * field of an object takes a word of memory, and a long document's tokens are most of what the
 * pipeline holds while it runs, so their size sets the heap V8 grows to.
 */
import type { TokenText } from '../wink';
import type { Token } from './stage-types';

/** Bits of the packed number for the type's number, then as many for the tag's. */
const KIND_BITS = 6;
const KIND_MASK = (1 << KIND_BITS) - 1;
/** The sentence index is the packed number over this (tag and type below it). */
const SENTENCE_UNIT = 1 << (2 * KIND_BITS);

/** A table of the few strings of one kind (wink's types, wink's tags), each by a small number. */
class KindTable {
  readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The number of `name`, added at its first use. */
  numberOf(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.names.length;
      // wink's tag set and type set are small and fixed: more names than the bits hold is a bug.
      if (n > KIND_MASK) throw new Error(`review-lens: more than ${KIND_MASK + 1} token kinds (${name})`);
      this.names.push(name);
      this.numbers.set(name, n);
    }
    return n;
  }
}

const TYPES = new KindTable();
const TAGS = new KindTable();
const TYPE_NAMES = TYPES.names;
const TAG_NAMES = TAGS.names;

/** A {@link Token} in three fields (see the module's comment). */
export class PackedToken implements Token {
  readonly start: number;
  /** The token's text, normal form and word number, shared with the other tokens of its lexeme. */
  private readonly text: TokenText;
  /** The sentence times {@link SENTENCE_UNIT}, plus the tag's number shifted by the type's bits, plus the type's number. */
  private readonly bits: number;

  constructor(start: number, text: TokenText, pos: string, type: string, sentence: number) {
    this.start = start;
    this.text = text;
    this.bits = sentence * SENTENCE_UNIT + ((TAGS.numberOf(pos) << KIND_BITS) | TYPES.numberOf(type));
  }

  /** One past the token's last code unit: the token is its value, as written. */
  get end(): number {
    return this.start + this.text.value.length;
  }

  /** The token as written. */
  get value(): string {
    return this.text.value;
  }

  /** wink's normal form. */
  get normal(): string {
    return this.text.normal;
  }

  /** The word number of the normal form. */
  get number(): number {
    return this.text.number;
  }

  /** Universal POS tag from wink. */
  get pos(): string {
    return TAG_NAMES[(this.bits >>> KIND_BITS) & KIND_MASK] as string;
  }

  /** wink's token type. */
  get type(): string {
    return TYPE_NAMES[this.bits & KIND_MASK] as string;
  }

  /** Index into the annotation's sentences. */
  get sentence(): number {
    return Math.floor(this.bits / SENTENCE_UNIT);
  }
}

/**
 * The annotate stage's token record, packed: a long document has one per wink token, so the record
 * keeps six fields and derives the rest. Its POS tag, type and sentence share one small integer.
 * Its end is kept, not derived from its value's length: the passes over every token read the
 * end, and the value is a string elsewhere in memory, met again for each token.
 */
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

/** A {@link Token} in six fields (see the module's comment). */
export class PackedToken implements Token {
  readonly start: number;
  /** One past the token's last code unit: the token is its value, as written. */
  readonly end: number;
  readonly value: string;
  readonly normal: string;
  readonly number: number;
  /** The sentence times {@link SENTENCE_UNIT}, plus the tag's number shifted by the type's bits, plus the type's number. */
  private readonly bits: number;

  constructor(start: number, value: string, normal: string, pos: string, type: string, sentence: number, number: number) {
    this.start = start;
    this.end = start + value.length;
    this.value = value;
    this.normal = normal;
    this.number = number;
    this.bits = sentence * SENTENCE_UNIT + ((TAGS.numberOf(pos) << KIND_BITS) | TYPES.numberOf(type));
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

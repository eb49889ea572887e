/**
 * The distinct lower-case forms of one scan, numbered in order of first use, looked up by a range
 * of the text: see {@link FormTable}.
 */
import { FNV_OFFSET, fnvStep, mix32 } from './hash';

/** Slots the table starts with (a power of two). */
const FIRST_SLOTS = 256;

/**
 * Numbers the lower-case forms of a scan's words (0 for the first form met, then 1, …), asked by
 * the range of the lower-case text a word covers. A long text repeats its words: a word whose form
 * is known costs a hash of its code units and one comparison in place, with no string cut from the
 * text (a slice per word would be a new string each time, hashed again for a `Map` look-up). Only a
 * new form is sliced, once. Open addressing with linear probing over a typed array of form
 * numbers plus one (0: empty), kept at most half full.
 */
export class FormTable {
  /** Each form's one string, by its number. */
  readonly forms: string[] = [];
  /** Each slot's form number plus one (0: empty). */
  private slots = new Int32Array(FIRST_SLOTS);
  /** Each form's hash, by its number (so that growing needs no hash of the strings again). */
  private hashes: number[] = [];

  /** The number of the form `text.slice(start, end)`, numbered now when it is new. */
  formAt(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = fnvStep(h, text.charCodeAt(i));
    h = mix32(h);
    const mask = this.slots.length - 1;
    const length = end - start;
    let s = h & mask;
    for (;;) {
      const stored = this.slots[s] as number;
      if (stored === 0) break;
      const form = this.forms[stored - 1] as string;
      if (this.hashes[stored - 1] === h && form.length === length && text.startsWith(form, start)) return stored - 1;
      s = (s + 1) & mask;
    }
    const form = this.forms.length;
    this.forms.push(text.slice(start, end));
    this.hashes.push(h);
    this.slots[s] = form + 1;
    if (2 * this.forms.length > this.slots.length) this.grow();
    return form;
  }

  /** Lays the forms out again in a table twice the size. */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let form = 0; form < this.hashes.length; form++) {
      let s = (this.hashes[form] as number) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = form + 1;
    }
    this.slots = slots;
  }
}

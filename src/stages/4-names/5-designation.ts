/**
 * Step 5: a designation of letters and digits that names someone in a story (`R2-D2`, `BB-8`,
 * `K2SO`). A capitalised form with a digit is mostly no one: a rating, a season, a sequel, a model
 * or a band (`PG-13`, `S2`, `T2`, `U2`); a droid's, an android's or a clone's designation is told
 * apart by the words around it, as a person's name is.
 */
import type { Word } from '../../text/words';
import type { Span } from '../../types';
import type { NameContext } from './context';
import type { KindMention } from './kind-document';
import { introducedInStory, someoneAround, storyDocument } from './4-repetition';


/**
 * A droid's designation by its shape: one capital, digits, then capitals again, maybe hyphenated
 * (`R2-D2`, `C-3PO`, `K2SO`). Ratings, seasons, sequels and models put their digits last (`PG-13`,
 * `S2`, `T2`) or write the letter after them in lower case (`W810i`).
 */
const DROID_SHAPE = /^\p{Lu}[-‐‑]?\d+[-‐‑]?\p{Lu}{1,2}\d?$/u;

/** The gaps of a list of names: a comma, `and`, `&`. */
const LIST_GAPS: readonly string[] = [', ', ' and ', ', and ', ' & '];

/**
 * True when an entity whose forms hold a digit is someone in a story: a mention has a droid's
 * shape ({@link DROID_SHAPE}), or by the words around a mention it is introduced as one (`the droid character K2SO`, `a robot named X`), a story told of it
 * (`X is a likable character`, `X escapes`, `X's owner`), or listed right beside the mention of a
 * name with no digit (`Rey and BB-8`, `Chewie, C3P0 and R2`): a rating, a season or a sequel is
 * never one of a list of people. `names` holds where the mentions of the other entities whose forms
 * hold no digit start and end ({@link nameEdges}).
 */
export function designatesSomeone(ctx: NameContext, mentions: readonly KindMention[], names: NameEdges): boolean {
  const { view } = ctx.input;
  if (mentions.some((m) => DROID_SHAPE.test(view.slice(m.start, (ctx.words[m.last] as Word).end)))) return true;
  const { starts, ends } = names;
  const doc = storyDocument(ctx);
  for (const m of mentions) {
    if (introducedInStory(ctx, m) || someoneAround(doc, m)) return true;
    const end = (ctx.words[m.last] as Word).end;
    for (const gap of LIST_GAPS) {
      if (ends.has(m.start - gap.length) && view.slice(m.start - gap.length, m.start) === gap) return true;
      if (starts.has(end + gap.length) && view.slice(end, end + gap.length) === gap) return true;
    }
  }
  return false;
}

/** Where a set of name mentions start and end, for the list test of {@link designatesSomeone}. */
export interface NameEdges {
  /** The start offset of each mention. */
  readonly starts: ReadonlySet<number>;
  /** The end offset of each mention. */
  readonly ends: ReadonlySet<number>;
}

/**
 * The edges of `names`, built once per document: a text with many forms holding a digit asks
 * about the same names for each of them.
 */
export function nameEdges(names: readonly Span[]): NameEdges {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const s of names) {
    starts.add(s.start);
    ends.add(s.end);
  }
  return { starts, ends };
}

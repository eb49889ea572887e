/**
 * What the index keeps per work while documents stream in: one {@link FormTally} per distinct name
 * form (by merge key), the ties documents make between forms, and section co-occurrences. Its size
 * grows with the distinct forms of a work, not with its documents.
 */
import type { PersonRole, SentimentLabel } from '../types';
import type { DistinctSketch } from './distinct-count';
import { newFormContext, type FormContext } from './form-context';
import type { FormParts } from './form-key';
import type { WordCounts } from './word-counts';

/** A quote held for an entity, with its rank (higher is better). */
export interface RankedQuote {
  /** Document id. */
  document: string;
  /** The quoted words. */
  text: string;
  /** How good a line it is: speech over scare quotes, surer speakers first. */
  rank: number;
  /** Input order, for a stable tie-break. */
  order: number;
}

/** What is counted the same way for an accepted form and a weak one, over the documents writing it. */
export interface FormCounts {
  /** Surface spellings, with the documents (accepted forms) or mentions (weak forms) using each. */
  surfaces: Map<string, number>;
  /** Documents naming it. */
  docs: DistinctSketch;
  /** The first document ids, capped, with their input order. */
  docIds: Array<[order: number, id: string]>;
  /** The last document number counted, so a document counts once. */
  lastDoc: number;
  /** Its mentions (of the document entities whose name it is; mid-sentence ones for a weak form). */
  mentions: number;
  /** What the words around its mentions say (see form-context.ts). */
  context: FormContext;
}

/** Everything known about one name form (one merge key) of one work. */
export interface FormTally extends FormCounts {
  /** The form's parts. */
  parts: FormParts;
  /** Document entities whose own name this form is: the readings below are theirs. */
  readings: number;
  /** Kind votes, each weighted by the document's own confidence. */
  votes: { character: number; person: number };
  /** Roles given, with counts. */
  roles: Map<PersonRole, number>;
  /** Keys of the forms documents say play this one, with counts. */
  playedBy: Map<string, number>;
  /** Keys of the forms documents say this one plays, with counts. */
  plays: Map<string, number>;
  /** Sum of the sentiment scores read, and the labels. */
  sentiment: { sum: number; n: number } & Record<SentimentLabel, number>;
  /** The best quotes, capped. */
  quotes: RankedQuote[];
  /**
   * For a one-word form, the capitalised words the texts write right after it, or right before it
   * when that word was no form of the work yet ("Uryu Ishida": `ishida` for `uryu`, or `uryu` for
   * `ishida`), as merge keys, with the documents doing so; at most {@link MAX_BESIDE_WORDS} of them,
   * the first met.
   */
  beside: Map<string, number>;
  /**
   * The forms of the work the texts list this one with ("Zabuza and Haku", "Alabasta, Skypiea",
   * "Kakashi/Zabuza"), as merge keys, with the documents doing so; at most
   * {@link MAX_BESIDE_WORDS} of them, the first met.
   */
  listedWith: Map<string, number>;
  /**
   * Plain mentions (see plain-mentions.ts): the documents that write the form, capitalised and not
   * only at a sentence's start, without accepting it; their mentions; their first ids, capped.
   */
  plain: { docs: DistinctSketch; mentions: number; docIds: Array<[order: number, id: string]> };
}

/** A capitalised run no document of the work accepted, as the documents write it. */
export interface WeakForm extends FormCounts {
  /** Mentions of the last document counted whose surrounding words were read. */
  read: number;
  /** Mentions read that a list puts beside a work the analysis found ("Inuyasha and Yu Yu Hakusho"). */
  besideWorks: number;
}

/** The most words beside a form a tally keeps. */
export const MAX_BESIDE_WORDS = 16;

/** One work while documents stream in. */
export interface WorkTally {
  /** The title first given, and every other title seen or given (merge key → spelling). */
  title: string;
  /** Other titles. */
  aliases: Map<string, string>;
  /** Documents about the work. */
  documents: number;
  /** Name forms by merge key. */
  forms: Map<string, FormTally>;
  /** Ties documents make between two forms (one entity, two forms): key → key → documents. */
  ties: Map<string, Map<string, number>>;
  /** Sections naming two characters: "keyA\nkeyB" (sorted) → sections. */
  cooccurrence: Map<string, number>;
  /** Titles the documents list as works (merge key → documents): a name that is mostly a title is a work. */
  workTitles: Map<string, number>;
  /** Each spelling read once: spelling → its parts (as many as the distinct spellings). */
  parsed: Map<string, FormParts>;
  /**
   * Whether a spelling a document's entity carries names no one (see not-entities.ts), asked once
   * per spelling: the same few spellings come back in most documents of a work, and reading one
   * folds and splits it. As many as the distinct spellings of the work's entities.
   */
  namesNoOne: Map<string, boolean>;
  /**
   * The first word of each spelling in {@link WorkTally.parsed} (up to its first space or period):
   * a run of a text's capitalised words whose first word is none of these is no spelling of the
   * work, and its longer runs need not be copied out to be looked up (see plain-mentions.ts).
   */
  firstWords: Set<string>;
  /**
   * Two one-word forms one slip apart that a document accepts and writes as two names, in one
   * sentence ("Brook and Brock") or each twice or more: "keyA\nkeyB" (sorted) → documents. As many
   * as such pairs, which are few.
   */
  twoSpellings: Map<string, number>;
  /** Capitalised runs no document accepted, by their lower-case spelling, at most `MAX_WEAK_FORMS` (see weak-forms.ts). */
  weak: Map<string, WeakForm>;
  /** The document number at which `weak` was last pruned (-1: never). */
  weakPruned: number;
  /** Lower-case words the documents write, with their uses, in bounded memory (see word-counts.ts). */
  lowerWords: WordCounts;
}

/** A new, empty tally of a form. */
export function newFormTally(parts: FormParts): FormTally {
  return {
    parts,
    surfaces: new Map(),
    docs: [],
    docIds: [],
    lastDoc: -1,
    readings: 0,
    mentions: 0,
    votes: { character: 0, person: 0 },
    roles: new Map(),
    playedBy: new Map(),
    plays: new Map(),
    sentiment: { sum: 0, n: 0, positive: 0, negative: 0, neutral: 0, mixed: 0 },
    quotes: [],
    context: newFormContext(),
    beside: new Map(),
    listedWith: new Map(),
    plain: { docs: [], mentions: 0, docIds: [] },
  };
}

/** Adds `by` to `key`'s count in `map`. */
export function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Keeps the `cap` best quotes of `quotes`, best first. */
export function capQuotes(quotes: RankedQuote[], cap: number): RankedQuote[] {
  return quotes.sort((x, y) => y.rank - x.rank || x.order - y.order).slice(0, cap);
}

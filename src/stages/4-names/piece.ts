/**
 * The candidate names the passes of the names stage hand on: a piece of capitalised words, what its
 * shape says of it (step 2), and what the cues of step 3 recorded on it.
 */
import type { PersonRole, Span } from '../../types';

/** A run of capitalised words that may be a name, as step 1 cuts it: words `first..last` (inclusive). */
export interface Candidate extends Span {
  first: number;
  last: number;
  /** The first word is a title joined to the name (`Mrs.Park`, `Dr. Watson`); a piece of any shape may have one. */
  titled: boolean;
}

/** A judged candidate: its key, and what the cues of step 3 record on every piece, whatever its shape. */
interface Cued extends Candidate {
  /** The key of its text (`nameKey`): case, hyphens and spaces do not count. */
  key: string;
  /** Roles the cues give it (`filmmaker X`: director; `A as C`: actor). */
  roles: PersonRole[];
  /** The piece a casting cue names as the one who plays this one. */
  playedBy: Piece | null;
  /** A casting cue names this piece as a role. */
  character: boolean;
  /** `playedBy` comes from words that say so (`C, played in the film by A`), not from a bracket's order. */
  playedInWords: boolean;
  /**
   * A casting verb whose subject is a player the text does not name casts this piece ("the
   * actress who plays C", "in his next role, playing C"): a part, though no actor is linked. Kept
   * apart from `character`, which the kind model weighs, so that the words settle the kind after
   * the model instead of moving what it learned.
   */
  castUnnamed: boolean;
  /**
   * Counts for repetition (see {@link PlainPiece}); false on every other shape. Every piece carries
   * every field, set in one order, so all pieces share one object shape and the passes over them
   * read each field the same way whatever the piece's shape.
   */
  repeatable: boolean;
  /** The full name a nickname stands inside (see {@link NicknamePiece}); null on every other shape. */
  fullName: Piece | null;
}

/** A name by its shape alone, at one mention: a title, a romanised given name, a full name, a script speaker. */
export interface StrongPiece extends Cued {
  readonly shape: 'strong';
}

/** Proper nouns with no name's shape: a name only by repetition (step 4) or by a cue. */
export interface PlainPiece extends Cued {
  readonly shape: 'plain';
  /** Counts for repetition: mid-sentence, outside headings, led by a word tagged a proper noun (`taggedAsName` in step 2). */
  repeatable: boolean;
}

/**
 * A piece with an acronym or a word the text also writes in lower case: kept for the cues
 * (`Park Ji-Hu as On Jo`), never a name by repetition, never joined to another piece.
 */
export interface CommonPiece extends Cued {
  readonly shape: 'common';
}

/** A quoted nickname inside a full name (`Cassie 'The Hyena' Mayweather`): another form of that name. */
export interface NicknamePiece extends Cued {
  readonly shape: 'nickname';
  /** The full name the nickname stands inside. */
  fullName: Piece;
}

/** A judged candidate name (step 2 on), told apart by its `shape`. */
export type Piece = StrongPiece | PlainPiece | CommonPiece | NicknamePiece;

/** A judged piece of candidate `c`, keyed `key`, with no cue read yet. */
export function pieceOf(c: Candidate, key: string, shape: 'strong' | 'common'): StrongPiece | CommonPiece {
  return { first: c.first, last: c.last, start: c.start, end: c.end, key, titled: c.titled, roles: [], playedBy: null, character: false, playedInWords: false, castUnnamed: false, shape, repeatable: false, fullName: null };
}

/** A plain piece of candidate `c`, keyed `key`, with no cue read yet. */
export function plainPieceOf(c: Candidate, key: string, repeatable: boolean): PlainPiece {
  return { first: c.first, last: c.last, start: c.start, end: c.end, key, titled: c.titled, roles: [], playedBy: null, character: false, playedInWords: false, castUnnamed: false, shape: 'plain', repeatable, fullName: null };
}

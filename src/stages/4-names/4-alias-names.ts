/**
 * Step 4, names given twice: a piece, a bracket opened by an alias cue and a piece right after the
 * cue ("Osric Penn (aka Ludo Varga)", "Izuku Midoriya (nicknamed Deku)", "Mara Voss (born Mara
 * Kettering)"). The bracket says both are names of one being, whatever their shapes, so both are
 * names; stage 4c ties them as one entity (`tie-known-as.ts`). After a comma the cue is as often
 * said of a pair or of someone named earlier ("A and B, known as C and D"; "the villain of the
 * Sky Arc, known as Mr. Zero"), so only the bracket counts, and only one that closes right after
 * the second name (past its closing quote mark): a bracket that goes on tells more than a name
 * ("(nicknamed 'Mags' after her aunt)"). A piece with an acronym or a
 * lower-case form in the text (`common`) is left to the other steps. Linear in pieces.
 */
import { CLOSE_QUOTES } from '../../data/name-marks';
import { secondNameAfter } from './alias-cue';
import type { NameContext } from './context';
import type { Piece } from './piece';

/** Adds to `acceptedKeys` the keys of both pieces of every `X (aka Y)` (see the file comment). */
export function acceptAliasNames(ctx: NameContext, pieces: readonly Piece[], acceptedKeys: Set<string>): void {
  const { view, lower } = ctx.input;
  const startAt = new Map<number, Piece>();
  for (const p of pieces) startAt.set(p.start, p);
  for (const p of pieces) {
    if (p.shape === 'common') continue;
    const second = secondNameAfter(view, lower, p.end);
    const q = second?.bracketed ? startAt.get(second.start) : undefined;
    if (!q || q === p || q.shape === 'common' || !closesAfter(view, q.end)) continue;
    acceptedKeys.add(p.key);
    acceptedKeys.add(q.key);
  }
}

/** True when the bracket closes at `end`, or right after a closing quote mark there. */
function closesAfter(view: string, end: number): boolean {
  return view[end] === ')' || (CLOSE_QUOTES.includes(view[end] as string) && view[end + 1] === ')');
}

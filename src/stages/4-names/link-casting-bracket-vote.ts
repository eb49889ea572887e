/**
 * Stage 4c, casting: which side of `X (Y)` holds the actor, read from the shapes of the two names
 * and, where those say nothing, from the text's other pairs. An actor is named in full, a given
 * name and a surname, where a part is often one name ("Ruth (Dana Moss)", "Dana Moss (Ruth)", in
 * reviews and news alike), and a text keeps to one order: a pair of two full names ("Ruth Pike
 * (Dana Moss)") takes the side the text's telling pairs give.
 *
 * A lone word in the bracket after a full name tells only when it is a listed given name or a
 * titled form ("Dana Moss (Ruth)", "Dana Moss (Mrs. Pike)"): reviews write an actor's surname there
 * too ("John Hale (Moss)"). Where the shapes say nothing, a partner's `opposite` right before the
 * outside name makes it the actor ("plays Ruth opposite Dana Moss (Tess Pike)").
 */
import { ACTOR_LEAD_WORDS } from '../../data/casting-vocab';
import { HONORIFICS } from '../../data/honorifics';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Span } from '../../types';
import type { EntityDraft } from '../stage-types';
import { isKnownPartName } from './known-parts';
import { titledName } from './link-casting-orient';
import { bracketAfter, endsBracketName, wordBefore } from './link-casting-words';

/** The side of `X (Y)` that holds the actor: `inside` for `C (A)`, `outside` for `A (C)`. */
export type ActorSide = 'inside' | 'outside';

/** How one name of a pair is written: one word, a title and a name, or two words or more. */
type NameShape = 'lone' | 'titled' | 'full';

/** The shape of the mention `m`. */
function shapeOf(view: string, lower: string, m: Span): NameShape {
  if (titledName(view, lower, m)) return 'titled';
  return view.slice(m.start, m.end).includes(' ') ? 'full' : 'lone';
}

/** True when the lone mention `m` is a listed given name and no title: a part's name, not an actor's surname. */
function lonePart(lower: string, m: Span): boolean {
  const word = lower.slice(m.start, m.end);
  return isListedFirstName(word) && !HONORIFICS.has(word);
}

/**
 * The side the shapes of one pair give: `inside` for a lone or titled name before a full one, `outside`
 * for a full name before a titled one or a lone given name; undefined otherwise.
 */
function sideOfShapes(view: string, lower: string, outside: Span, inside: Span): ActorSide | undefined {
  const x = shapeOf(view, lower, outside);
  const y = shapeOf(view, lower, inside);
  if (y === 'full' && x !== 'full') return 'inside';
  if (x === 'full' && (y === 'titled' || (y === 'lone' && lonePart(lower, inside)))) return 'outside';
  return undefined;
}

/**
 * The side the learned list of parts gives a pair whose shapes say nothing: `outside` when the
 * bracket holds a full name many texts cast as a part ("Dana Moss (Darth Maul)"), `inside` when the
 * outside name is one, undefined when neither or both are. Surnames readers know as real people's
 * are no evidence here: a common one ends a part's name as often ("Dorothy Smith").
 */
function sideOfKnownPart(view: string, outside: Span, inside: Span): ActorSide | undefined {
  const x = isKnownPartName(view.slice(outside.start, outside.end));
  const y = isKnownPartName(view.slice(inside.start, inside.end));
  return x === y ? undefined : y ? 'outside' : 'inside';
}

/** `outside` when a word of {@link ACTOR_LEAD_WORDS} stands right before the outside name at `start` ("opposite A (C)"). */
function ledSide(view: string, start: number): ActorSide | undefined {
  const before = view[start - 1] === ' ' ? wordBefore(view, start - 1) : null;
  return before && ACTOR_LEAD_WORDS.has(before.word) ? 'outside' : undefined;
}

/**
 * Every `X (Y)` of the text (a mention, its possessive or not, one space or none, `(`, a mention
 * of another entity that fills the bracket alone, its `)` right after it or after the dot of a
 * suffix or an initial the mention leaves out, or a comment after a comma before it) and the side of each that holds the actor: its own shapes' side, else the
 * side a known part's name gives it, else the side most of the text's pairs give by their shapes,
 * else none. Keyed by the start of the outside mention. Linear in mentions.
 */
export function bracketSides(view: string, lower: string, entities: readonly EntityDraft[], startAt: ReadonlyMap<number, number>, endOf: ReadonlyMap<number, number>): Map<number, ActorSide> {
  const own = new Map<number, ActorSide | undefined>();
  let vote = 0;
  entities.forEach((e, x) => {
    for (const m of e.mentions) {
      const open = bracketAfter(view, lower, m.end, m.start);
      if (open < 0) continue;
      const y = startAt.get(open + 1);
      const end = endOf.get(open + 1);
      if (y === undefined || y === x || end === undefined) continue;
      if (!endsBracketName(view, end)) continue;
      const inside = { start: open + 1, end };
      const side = sideOfShapes(view, lower, m, inside) ?? ledSide(view, m.start);
      // A known part settles its own pair but casts no vote: a text that mostly writes one order
      // keeps it for its unknown pairs.
      own.set(m.start, side ?? sideOfKnownPart(view, m, inside));
      if (side) vote += side === 'inside' ? 1 : -1;
    }
  });
  const sides = new Map<number, ActorSide>();
  const textSide: ActorSide | undefined = vote > 0 ? 'inside' : vote < 0 ? 'outside' : undefined;
  for (const [start, side] of own) {
    const s = side ?? textSide;
    if (s) sides.set(start, s);
  }
  return sides;
}

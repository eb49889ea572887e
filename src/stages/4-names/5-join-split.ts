/**
 * Step 5, first: one name split in pieces by a lower-case particle (`Pepe le Moko`) or a quoted
 * nickname (`Cassie 'The Hyena' Mayweather`) becomes one piece, and so does a part's name and its
 * epithet after `the` where a casting cue ties either half to an actor (`as Johnny the Priest`,
 * `Drax the Destroyer (A)`): the cue names the whole part, not the half it stands beside.
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { NAME_PARTICLES } from '../../data/name-cue-words';
import { isUpper } from '../../text/chars';
import { nameKey } from '../../text/name-key';
import type { Word } from '../../text/words';
import { isQuote, type NameContext } from './context';
import type { NicknamePiece, Piece } from './piece';

/** The longest gap (particles or a quoted nickname, with its spaces) that joins two pieces. */
const MAX_JOIN_GAP = 34;
const MAX_NICKNAME_WORDS = 3;

/** The longest gap of particles: two of the longest, each after a space, and a space. */
const MAX_PARTICLE_GAP = 2 * Math.max(...[...NAME_PARTICLES].map((p) => p.length + 1)) + 1;

/** True when `gap` is one or two lower-case particles between single spaces (` le `, ` van der `). */
function isParticleGap(gap: string): boolean {
  if (gap.length < 3 || gap.length > MAX_PARTICLE_GAP || gap[0] !== ' ' || gap[gap.length - 1] !== ' ') return false;
  const parts = gap.slice(1, -1).split(' ');
  return parts.length <= 2 && parts.every((w) => NAME_PARTICLES.has(w));
}

/** The nickname inside `gap` when it is ` 'The Hyena' ` (capitalised words in quote marks), else null. */
function nicknameInGap(gap: string): string | null {
  if (gap.length < 5 || gap[0] !== ' ' || gap[gap.length - 1] !== ' ' || !isQuote(gap[1]) || !isQuote(gap[gap.length - 2])) return null;
  const inner = gap.slice(2, -2);
  const parts = inner.split(' ');
  if (parts.length > MAX_NICKNAME_WORDS || [...inner].some((ch) => isQuote(ch))) return null;
  return parts.every((w) => w.length > 0 && isUpper(w[0] as string)) ? inner : null;
}

/**
 * True when `a`, one word, and `b` are a part's name and its epithet (` the ` between them), one
 * of the two cast by a cue (`as Johnny the Priest`, `Drax the Destroyer (A)`). Without a cue the
 * shape is as often a title (`Burn the Witch`, `Meet the Parents`).
 */
function castEpithet(a: Piece, b: Piece, gap: string): boolean {
  return gap === ' the ' && a.first === a.last && !a.titled && a.roles.length === 0 && b.roles.length === 0 && (a.playedBy === null) !== (b.playedBy === null);
}

/** Pieces `a` and `b` (neither common) as one, keyed by `key`: strong when either is, its cues the two's. */
function joined(a: Piece, b: Piece, key: string): Piece {
  const roles = [...new Set([...a.roles, ...b.roles])];
  const playedBy = a.playedBy ?? b.playedBy;
  const character = a.character || b.character;
  const playedInWords = a.playedBy ? a.playedInWords : b.playedInWords;
  const castUnnamed = a.castUnnamed || b.castUnnamed;
  // Literals with every field in the order of `pieceOf`, not a spread: the joined piece has the shape of every other.
  if (a.shape === 'strong' || b.shape === 'strong') {
    return { first: a.first, last: b.last, start: a.start, end: b.end, key, titled: a.titled, roles, playedBy, character, playedInWords, castUnnamed, shape: 'strong', repeatable: false, fullName: null };
  }
  const repeatable = (a.shape === 'plain' && a.repeatable) || (b.shape === 'plain' && b.repeatable);
  return { first: a.first, last: b.last, start: a.start, end: b.end, key, titled: a.titled, roles, playedBy, character, playedInWords, castUnnamed, shape: 'plain', repeatable, fullName: null };
}

/**
 * The pieces with each split name joined; the nickname becomes a piece of its own, another form of
 * the full one. A link to a joined part now points at the joined piece; joined keys are accepted.
 * Bounded: each piece looks at most four pieces ahead, within a short gap.
 */
export function joinSplitNames(ctx: NameContext, pieces: readonly Piece[], acceptedKeys: Set<string>): Piece[] {
  const { words, input } = ctx;
  const out: Piece[] = [];
  const replaced = new Map<Piece, Piece>();
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i] as Piece;
    let done = false;
    if (a.shape !== 'common' && a.last - a.first <= 1 && !(words[a.last] as Word).possessive) {
      for (let j = i + 1; j < pieces.length && j <= i + 4; j++) {
        const b = pieces[j] as Piece;
        if (b.start - a.end > MAX_JOIN_GAP) break;
        if (b.shape === 'common' || b.titled || b.first !== b.last) continue;
        const gap = input.view.slice(a.end, b.start);
        const particles = j === i + 1 && (isParticleGap(gap) || castEpithet(a, b, gap));
        const nickname = particles ? null : nicknameInGap(gap);
        if (nickname === null && !particles) continue;
        const given = GIVEN_NAMES.has((words[a.titled ? a.first + 1 : a.first] as Word).lower);
        if (!given && !acceptedKeys.has(a.key) && !acceptedKeys.has(b.key) && a.shape !== 'strong' && b.shape !== 'strong') break;
        // Keyed without the quote marks: `Michael "Mac" Byrne` and `Michael Mac Byrne` are one form.
        const piece = joined(a, b, nameKey(nickname === null ? input.view.slice(a.start, b.end) : `${input.view.slice(a.start, a.end)} ${nickname} ${input.view.slice(b.start, b.end)}`));
        acceptedKeys.add(piece.key);
        out.push(piece);
        replaced.set(a, piece);
        replaced.set(b, piece);
        if (nickname !== null) {
          const start = a.end + 2;
          const end = start + nickname.length;
          let first = -1;
          let last = -1;
          for (let k = a.last + 1; k < b.first; k++) {
            const w = words[k] as Word;
            if (w.start >= start && w.end <= end) {
              if (first < 0) first = k;
              last = k;
            }
          }
          if (first >= 0) {
            const nick: NicknamePiece = {
              first, last, start, end, key: nameKey(nickname), titled: false, roles: [], playedBy: null, character: false, playedInWords: false, castUnnamed: false, shape: 'nickname', repeatable: false, fullName: piece,
            };
            acceptedKeys.add(nick.key);
            out.push(nick);
          }
        }
        i = j;
        done = true;
        break;
      }
    }
    if (!done) out.push(a);
  }
  if (replaced.size > 0) for (const p of out) if (p.playedBy) p.playedBy = replaced.get(p.playedBy) ?? p.playedBy;
  return out;
}
